import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph } from '../src/neo4j/connect';
import { planGraph, countPlan } from '../src/seed/plan-graph';
import { createProgress } from '../src/seed/progress';
import { readSeedDirectories } from '../src/seed/read-seeds';
import { SeedValidationError } from '../src/seed/seed-issue';
import { validateSeeds } from '../src/seed/validate-seeds';
import { ProgressSink, writeGraph } from '../src/seed/write-graph';
import { freePort } from '../test/helpers/free-port';
import { generateSyntheticSeeds, shardDirectories } from './generate-synthetic-seeds';

/**
 * `npm run bench:seed -- --scale N [--reload]`: generates (or reuses) N times the real seeds
 * (`--dir DIR` loads DIR instead, e.g. the real seeds),
 * starts a fresh embedded Neo4j in a temporary home (NEO4J_HEAP, NEO4J_PAGECACHE apply; or uses
 * BENCH_NEO4J_URI, whose graph it REPLACES), loads everything in one transaction, and prints
 * the time of each step and nodes+relationships per second. --reload loads a second time
 * (the idempotent path: every relationship is deleted and recreated).
 */
async function main(args: string[]): Promise<void> {
  const scale = Number(args.includes('--scale') ? args[args.indexOf('--scale') + 1] : 1);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer, but got: ${scale}`);
  const directory = path.join(os.tmpdir(), `synthetic-seeds-x${scale}`);
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    console.log(`${name}: ${Date.now() - started} ms (node rss ${mb(process.memoryUsage().rss)})`);
    return result;
  };

  const shards = args.includes('--dir')
    ? [args[args.indexOf('--dir') + 1]]
    : existsSync(directory)
      ? shardDirectories(directory, scale)
      : await step(`generate ${scale}x into ${directory}`, () => generateSyntheticSeeds(directory, scale));
  const { records, issues } = await step(`read ${shards.length} shard(s)`, () => readSeedDirectories(shards));
  issues.push(...(await step(`validate ${records.length} records`, () => validateSeeds(records))));
  if (issues.length) throw new SeedValidationError(issues.slice(0, 20));
  const plan = await step('plan', () => planGraph(records));
  records.length = 0;
  const counts = countPlan(plan);
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const nodes = total(counts.nodes);
  const relationships = total(counts.relationships);

  const home = process.env.BENCH_NEO4J_URI ? undefined : mkdtempSync(path.join(os.tmpdir(), 'seed-bench-neo4j-'));
  const config = loadConfig({
    seedOnStart: false,
    neo4jUri: process.env.BENCH_NEO4J_URI,
    neo4jDataDir: home,
    neo4jBoltPort: await freePort(),
    // The bench loads everything in one transaction: no per-transaction time or memory cap.
    neo4jTxTimeoutMs: 0,
    neo4jTxMemoryPerTx: '0',
  });
  console.log(`neo4j: ${config.neo4jUri ?? `embedded, heap ${config.neo4jHeap}, page cache ${config.neo4jPageCache}`}`);
  const graph = await step('start neo4j + migrations', () => connectGraph(config, createLogger('warn')));
  try {
    const loads = args.includes('--reload') ? 2 : 1;
    for (let run = 1; run <= loads; run++) {
      const started = Date.now();
      const phases = timedPhases(createProgress());
      await writeGraph(graph.db, plan, phases.sink);
      const ms = Date.now() - started;
      console.log(
        `  statements in phases ${phases.inPhases()} ms, between phases (id reads, counts) ${phases.lastEnd() - started - phases.inPhases()} ms, ` +
          `commit ${Date.now() - phases.lastEnd()} ms`,
      );
      const rate = Math.round(((nodes + relationships) * 1000) / ms);
      console.log(
        `load ${run} (one transaction): ${nodes} nodes + ${relationships} relationships in ${ms} ms = ${rate} nodes+relationships/s`,
      );
    }
  } finally {
    await graph.close();
    if (home) rmSync(home, { recursive: true, force: true });
  }
}

/** Wraps a progress sink to add up the time spent inside phases and note when the last one ended. */
function timedPhases(inner: ProgressSink) {
  let inPhases = 0;
  let started = 0;
  let lastEnd = Date.now();
  const sink: ProgressSink = {
    startPhase: (name, total) => {
      started = Date.now();
      inner.startPhase(name, total);
    },
    advance: (done) => inner.advance(done),
    endPhase: () => {
      lastEnd = Date.now();
      inPhases += lastEnd - started;
      inner.endPhase();
    },
  };
  return { sink, inPhases: () => inPhases, lastEnd: () => lastEnd };
}

main(process.argv.slice(2)).catch((error) => {
  console.error('bench failed:', error);
  process.exit(1);
});
