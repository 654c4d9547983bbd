import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { StatsOrder } from './stats-order.enum';
import { StatBucket } from './stats.type';
import { StatGrouping, statCypher } from './stats.cypher';

/** Reads one statistic's buckets in one statement. */
export async function findStatBuckets(
  db: Database,
  grouping: StatGrouping,
  order: StatsOrder,
  first: number | null,
): Promise<StatBucket[]> {
  const rows = await db.read(statCypher(grouping, order, first !== null), first !== null ? { first: neo4j.int(first) } : {});
  return rows.map((row) => ({ ...row, key: String(row.key ?? ''), label: String(row.label ?? row.key ?? '') }) as StatBucket);
}
