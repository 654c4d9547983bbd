import 'reflect-metadata';
import net from 'node:net';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { connectGraph } from '../neo4j/connect';
import { Database } from '../neo4j/database';
import { exportGraph } from './export-graph';
import { formatSummary } from './format-summary';
import { checkSeeds, DEFAULT_SEED_DIR, planSeeds, writeSeedPlan } from './load-seeds';
import { createProgress } from './progress';
import { SeedValidationError } from './seed-issue';

const USAGE = `usage:
  npm run seed                       make the graph equal to seeds/
  npm run seed -- DIR [DIR ...]      make the graph equal to seeds/ plus each DIR (same format)
  npm run seed -- --only DIR [...]   make the graph equal to the given directories alone
  npm run seed -- --export DIR       write the whole graph to DIR in the seed format
  npm run seed -- --check [DIR ...]  validate seeds/ (and each DIR) without a database
A load validates everything first (nothing is written on any invalid record), then replaces the
seeded graph in one transaction: nodes and relationships no longer in the files are removed.`;

/** The seed command: check, load (validated, one transaction) or export. Exit 1 on any error. */
async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  if (argv[0] === '--check') {
    const directories = [DEFAULT_SEED_DIR, ...argv.slice(1)];
    console.log(formatSummary(`${directories.join(', ')} valid; a load would write`, { ...checkSeeds(directories) }));
    return;
  }
  if (argv[0] === '--export') {
    if (!argv[1]) throw new Error(`--export needs a directory\n${USAGE}`);
    const counts = await withGraph((db) => exportGraph(db, argv[1]));
    console.log(`exported to ${argv[1]}:`, counts);
    return;
  }
  const started = Date.now();
  const directories = argv[0] === '--only' ? argv.slice(1) : [DEFAULT_SEED_DIR, ...argv];
  // Validate before starting or reaching Neo4j: an invalid record fails fast and writes nothing.
  const plan = planSeeds(directories);
  const summary = await withGraph((db) => writeSeedPlan(db, plan, createProgress(), started));
  console.log(formatSummary(`loaded ${directories.join(', ')}`, summary));
}

/** Connects (to the running embedded instance if there is one), runs `work`, lets go. */
async function withGraph<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig({ seedOnStart: false });
  // A running embedded instance already holds the data directory: talk to it over Bolt.
  if (!config.neo4jUri && (await isListening(config.neo4jBoltPort))) {
    config.neo4jUri = `bolt://127.0.0.1:${config.neo4jBoltPort}`;
  }
  const graph = await connectGraph(config, createLogger('warn'));
  try {
    return await work(graph.db);
  } finally {
    await graph.close();
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof SeedValidationError) {
    console.error(error.message);
  } else {
    // Coded errors keep the driver's own code in extensions.detail (e.g. a transaction memory limit).
    const { code, message, extensions } = error as { code?: string; message: string; extensions?: Record<string, unknown> };
    const detail = extensions?.detail ? ` (${String(extensions.detail)})` : '';
    console.error(`seed failed${code ?? extensions?.code ? ` [${String(code ?? extensions?.code)}]` : ''}: ${message}${detail}; the graph was not changed`);
  }
  process.exit(1);
});
