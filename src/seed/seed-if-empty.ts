import { Logger } from 'pino';
import { Database } from '../neo4j/database';
import { DEFAULT_SEED_DIR, loadSeeds } from './load-seeds';

/** Loads the shipped seeds when the graph has no nodes (first start); otherwise does nothing. */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<void> {
  const [{ count }] = await db.read('MATCH (n) RETURN count(n) AS count');
  if ((count as number) > 0) return;
  logger.info({ dir: DEFAULT_SEED_DIR }, 'graph is empty: loading seeds');
  const summary = await loadSeeds(db, [DEFAULT_SEED_DIR]);
  logger.info(summary, 'seeds loaded');
}
