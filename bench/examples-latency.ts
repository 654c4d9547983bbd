import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { loadConfig } from '../src/config';
import { Context, createContext } from '../src/context';
import { createLogger } from '../src/logger';
import { connectGraph } from '../src/neo4j/connect';
import { createErrorFormatter } from '../src/plugins/mask-unexpected-errors';
import { buildPublicSchema } from '../src/schema';
import { seedIfEmpty } from '../src/seed/seed-if-empty';
import { repoPath } from '../src/shared/repo-path';
import { freePort } from '../test/helpers/free-port';

/**
 * `npm run bench:examples`: runs every operation in schema/examples against the seeded graph and
 * prints, per example, the p50 and p90 latency over BENCH_RUNS runs (default 20, after 2 warm-up
 * runs), and the Cypher statements one run takes. Each run is a whole request through Apollo
 * (executeOperation: parse, validate, execute) with a fresh per-request context, without HTTP.
 *
 * Neo4j: NEO4J_URI if set (seeded first if its graph is empty); otherwise an embedded Neo4j in a
 * fresh temporary directory, seeded from seeds/ and removed afterwards. BENCH_ANSWERS=<dir>
 * also writes each example's answer there as JSON (for the README's query cookbook).
 */
const EXAMPLES_DIR = repoPath('schema/examples');
const WARM_UP_RUNS = 2;

/** The q-quantile of `values` (nearest rank). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 20);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive integer, but got: ${process.env.BENCH_RUNS}`);
  const answersDir = process.env.BENCH_ANSWERS;
  const logger = createLogger('warn');
  const home = process.env.NEO4J_URI ? undefined : mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-bench-'));
  const config = loadConfig(home ? { neo4jDataDir: home, neo4jBoltPort: await freePort(), neo4jHeap: '1g', neo4jPageCache: '256m' } : {});
  const graph = await connectGraph(config, logger);
  const server = new ApolloServer<Context>({ schema: buildPublicSchema(), formatError: createErrorFormatter(logger) });
  try {
    await seedIfEmpty(graph.db, logger);
    await server.start();
    const files = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.graphql')).sort();
    if (answersDir) mkdirSync(answersDir, { recursive: true });
    const rows: string[] = [];
    for (const file of files) {
      const query = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      let statements = 0;
      const stop = graph.db.onStatement(() => statements++);
      const times: number[] = [];
      let answer: unknown;
      try {
        for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
          statements = 0;
          const started = process.hrtime.bigint();
          const response = await server.executeOperation({ query }, { contextValue: createContext(graph.db) });
          const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
          if (response.body.kind !== 'single') throw new Error(`${file}: expected a single result`);
          const { data, errors } = response.body.singleResult;
          if (errors) throw new Error(`${file}: ${JSON.stringify(errors)}`);
          if (run >= WARM_UP_RUNS) times.push(elapsed);
          answer = data;
        }
      } finally {
        stop();
      }
      if (answersDir) writeFileSync(path.join(answersDir, file.replace(/\.graphql$/, '.json')), `${JSON.stringify(answer, null, 2)}\n`);
      rows.push(`| \`${file}\` | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.9).toFixed(1)} | ${statements} |`);
    }
    process.stdout.write(
      `Examples against ${home ? 'an embedded Neo4j seeded from seeds/' : graph.uri}: ${runs} runs each after ${WARM_UP_RUNS} warm-up runs, ms\n\n` +
        '| example | p50 ms | p90 ms | statements |\n| --- | ---: | ---: | ---: |\n' +
        `${rows.join('\n')}\n`,
    );
  } finally {
    await server.stop();
    await graph.close();
    if (home) rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
