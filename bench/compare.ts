import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph } from '../src/neo4j/connect';
import { seedIfEmpty } from '../src/seed/seed-if-empty';
import { repoPath } from '../src/shared/repo-path';
import { freePort } from '../test/helpers/free-port';
import { renderRatioChart } from './compare-chart';

/**
 * `npm run bench:compare [-- --quick] [--rounds N] [--duration S] [--connections 1,16] [--only a,b]`
 *
 * Side by side on ONE embedded Neo4j seeded from seeds/: (A) this API (its build, as a child
 * process, load shedding and rate limits off), (B) a @neo4j/graphql 7 server (bench/neo4j-graphql,
 * its own pinned package.json, installed on first use) and (C) a raw-Cypher floor (one
 * hand-written, parameterised statement per query, same JSON). The query set is
 * bench/compare-queries.json. It first checks that the three give the same answers (and stops if
 * not), then runs each query with autocannon at each concurrency, interleaved A B C A B C, for
 * several rounds, and writes bench/RESULTS.md and bench/results-ratios.svg. Timings are reported,
 * never asserted. `--quick`: 3 rounds of 1 s cells, under 3 minutes. `--baseline DIR` adds a fourth
 * target, another checkout's build of this API (e.g. main), measured in the same interleaving.
 */
interface QuerySpec {
  title: string;
  ours: string;
  library: string;
  libraryList?: boolean;
  cypher: string | null;
  params: Record<string, unknown>;
}

interface Target {
  name: 'ours' | 'library' | 'floor' | 'baseline';
  url: string;
  child: ChildProcess;
}

/** One autocannon cell: a query on a target at a concurrency in a round. */
interface Cell {
  query: string;
  target: Target['name'];
  connections: number;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

const BENCH_DIR = repoPath('bench');
const LIBRARY_DIR = path.join(BENCH_DIR, 'neo4j-graphql');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The q-quantile of `values` (nearest rank). */
function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Starts a child process and resolves with the URL it prints on its ready line. */
function startChild(name: Target['name'], args: string[], env: NodeJS.ProcessEnv, ready: RegExp, cwd: string): Promise<Target> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<Target>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ name, url: match[1], child });
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${out}`)));
  });
}

/** The request a target gets for a query: GraphQL for A and B, the statement's parameters for C. */
function requestFor(target: Target, name: string, spec: QuerySpec): { url: string; body: string } {
  if (target.name === 'floor') return { url: `${target.url}/${name}`, body: JSON.stringify(spec.params) };
  return { url: target.url, body: JSON.stringify({ query: target.name === 'library' ? spec.library : spec.ours }) };
}

/** The answer of a target to a query, in the shape ours returns (the library lists by-id lookups). */
async function answer(target: Target, name: string, spec: QuerySpec): Promise<unknown> {
  const { url, body } = requestFor(target, name, spec);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`${target.name} failed on ${name}: ${JSON.stringify(json.errors ?? json)}`);
  if (target.name === 'library' && spec.libraryList) {
    return Object.fromEntries(Object.entries(json.data).map(([key, value]) => [key, (value as unknown[])[0] ?? null]));
  }
  return json.data;
}

/**
 * One cell: a fixed number of requests, sized from the warm-up latency to last about `seconds`
 * but never fewer than 3 per connection (a time-boxed cell of a slow query would finish nothing).
 */
async function measure(target: Target, name: string, spec: QuerySpec, connections: number, seconds: number, round: number, latencyMs: number): Promise<Cell> {
  const { url, body } = requestFor(target, name, spec);
  const amount = Math.max(connections * 3, Math.min(20000, Math.round((seconds * 1000 * connections) / Math.max(latencyMs, 0.2))));
  // Own clock and own latency samples: autocannon's duration is whole seconds and its percentiles
  // whole milliseconds, too coarse for cells of a second or two.
  const latencies: number[] = [];
  const begun = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, amount, timeout: 30, method: 'POST', headers: { 'content-type': 'application/json' }, body },
      (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const elapsed = (performance.now() - begun) / 1000;
  return {
    query: name, target: target.name, connections, round,
    rps: result['2xx'] / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Installs the library server's pinned dependencies on first use (kept out of the project's). */
function ensureLibraryInstalled(): void {
  if (existsSync(path.join(LIBRARY_DIR, 'node_modules', '@neo4j', 'graphql'))) return;
  process.stderr.write('installing bench/neo4j-graphql (npm ci)...\n');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: LIBRARY_DIR, stdio: 'inherit' });
}

function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

/** Median and per-round min-max of a per-round series, e.g. "0.52 (0.48-0.55)". */
function spread(values: number[], digits = 2): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return '-';
  return `${fmt(median(finite), digits)} (${fmt(Math.min(...finite), digits)}-${fmt(Math.max(...finite), digits)})`;
}

function report(cells: Cell[], queries: Record<string, QuerySpec>, meta: string[]): { markdown: string; ratios: { label: string; values: number[] }[] } {
  const lines: string[] = [...meta, ''];
  const chart: { label: string; values: number[] }[] = [];
  const concurrencies = [...new Set(cells.map((c) => c.connections))];
  const rounds = [...new Set(cells.map((c) => c.round))];
  const pick = (q: string, t: string, n: number, r: number) => cells.find((c) => c.query === q && c.target === t && c.connections === n && c.round === r);
  lines.push('## Ratios (median over rounds, min-max of the per-round ratios in brackets)', '');
  lines.push('Throughput ratio > 1: ours serves more requests per second. p50 ratio < 1: ours answers faster.', '');
  const withBaseline = cells.some((c) => c.target === 'baseline');
  lines.push(`| query | c | throughput ours / library | p50 ours / library | p99 ours / library | p50 ours / floor | throughput ours / floor |${withBaseline ? ' throughput ours / baseline | p50 ours / baseline |' : ''}`);
  lines.push(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |${withBaseline ? ' ---: | ---: |' : ''}`);
  for (const name of Object.keys(queries)) {
    for (const n of concurrencies) {
      const per = (metric: 'rps' | 'p50' | 'p99', other: string) => rounds.map((r) => {
        const a = pick(name, 'ours', n, r);
        const b = pick(name, other, n, r);
        return a && b && b[metric] > 0 ? a[metric] / b[metric] : NaN;
      });
      const tput = per('rps', 'library');
      chart.push({ label: `${name} c=${n}`, values: tput });
      lines.push(`| ${name} | ${n} | ${spread(tput)} | ${spread(per('p50', 'library'))} | ${spread(per('p99', 'library'))} | ${spread(per('p50', 'floor'))} | ${spread(per('rps', 'floor'))} |${withBaseline ? ` ${spread(per('rps', 'baseline'))} | ${spread(per('p50', 'baseline'))} |` : ''}`);
    }
  }
  lines.push('', '## Medians per target (min-max over rounds in brackets)', '');
  lines.push('| query | c | target | req/s | p50 ms | p99 ms | failed requests |', '| --- | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const name of Object.keys(queries)) {
    for (const n of concurrencies) {
      for (const target of ['ours', 'baseline', 'library', 'floor']) {
        const own = cells.filter((c) => c.query === name && c.target === target && c.connections === n);
        if (!own.length) continue;
        lines.push(`| ${name} | ${n} | ${target} | ${spread(own.map((c) => c.rps), 0)} | ${spread(own.map((c) => c.p50), 1)} | ${spread(own.map((c) => c.p99), 1)} | ${own.reduce((s, c) => s + c.failures, 0)} |`);
      }
    }
  }
  lines.push('', '## Queries', '');
  for (const [name, spec] of Object.entries(queries)) {
    lines.push(`- **${name}**: ${spec.title}. Ours: \`${spec.ours}\``);
  }
  return { markdown: `${lines.join('\n')}\n`, ratios: chart };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const rounds = Number(option('rounds', quick ? '3' : '5'));
  const seconds = Number(option('duration', quick ? '1' : '5'));
  const connectionsList = option('connections', '1,16').split(',').map(Number);
  const all = JSON.parse(readFileSync(path.join(BENCH_DIR, 'compare-queries.json'), 'utf8')) as Record<string, QuerySpec>;
  const only = option('only', '');
  const queries = only ? Object.fromEntries(Object.entries(all).filter(([name]) => only.split(',').includes(name))) : all;
  const out = option('out', path.join(BENCH_DIR, 'RESULTS.md'));
  const chartOut = option('chart', path.join(BENCH_DIR, 'results-ratios.svg'));
  ensureLibraryInstalled();

  const logger = createLogger('warn');
  const home = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-compare-'));
  const config = loadConfig({ neo4jUri: undefined, neo4jDataDir: home, neo4jBoltPort: await freePort(), neo4jHeap: '1g', neo4jPageCache: '256m' }, {});
  const graph = await connectGraph(config, logger);
  const targets: Target[] = [];
  const started = Date.now();
  try {
    await seedIfEmpty(graph.db, logger);
    const neo4jEnv = { NEO4J_URI: graph.uri, NEO4J_USER: config.neo4jUser, NEO4J_PASSWORD: config.neo4jPassword };
    targets.push(await startChild('ours', [repoPath('dist/src/index.js')], {
      ...neo4jEnv, PORT: String(await freePort()), SEED_ON_START: 'false', LOG_LEVEL: 'error', MAX_IN_FLIGHT: '0', RATE_LIMIT_MAX: '0', METRICS_ENABLED: 'false', OTEL_ENABLED: 'false',
    }, /GraphQL API at (\S+)/, repoPath('.')));
    const baseline = option('baseline', '');
    if (baseline) {
      targets.push(await startChild('baseline', [path.resolve(baseline, 'dist/src/index.js')], {
        ...neo4jEnv, PORT: String(await freePort()), SEED_ON_START: 'false', LOG_LEVEL: 'error', MAX_IN_FLIGHT: '0', RATE_LIMIT_MAX: '0', METRICS_ENABLED: 'false', OTEL_ENABLED: 'false',
      }, /GraphQL API at (\S+)/, path.resolve(baseline)));
    }
    targets.push(await startChild('library', [path.join(LIBRARY_DIR, 'server.mjs')], { ...neo4jEnv, PORT: String(await freePort()) }, /GraphQL API at (\S+)/, LIBRARY_DIR));
    targets.push(await startChild('floor', [path.join(LIBRARY_DIR, 'floor.mjs')], { ...neo4jEnv, PORT: String(await freePort()) }, /Floor at (\S+)/, LIBRARY_DIR));

    for (const [name, spec] of Object.entries(queries)) {
      const ours = await answer(targets[0], name, spec);
      for (const target of targets.slice(1)) {
        if (target.name === 'floor' && !spec.cypher) continue;
        const theirs = await answer(target, name, spec);
        if (!isDeepStrictEqual(ours, theirs)) {
          throw new Error(`${target.name} answers ${name} differently from ours:\nours: ${JSON.stringify(ours).slice(0, 800)}\n${target.name}: ${JSON.stringify(theirs).slice(0, 800)}`);
        }
      }
      process.stderr.write(`same answers: ${name} (${JSON.stringify(ours).length} bytes)\n`);
    }

    // Warm-up, off the clock (query plans, JIT, pools); its last latency sizes the cells.
    const warmLatency = new Map<string, number>();
    for (const [name, spec] of Object.entries(queries)) {
      for (const target of targets) {
        if (target.name === 'floor' && !spec.cypher) continue;
        const times: number[] = [];
        for (let i = 0; i < 6; i += 1) {
          const begun = performance.now();
          await answer(target, name, spec);
          times.push(performance.now() - begun);
        }
        warmLatency.set(`${name} ${target.name}`, median(times.slice(1)));
      }
    }
    const load = os.loadavg();
    const cells: Cell[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const connections of connectionsList) {
        for (const [name, spec] of Object.entries(queries)) {
          for (const target of targets) {
            if (target.name === 'floor' && !spec.cypher) continue;
            const cell = await measure(target, name, spec, connections, seconds, round, warmLatency.get(`${name} ${target.name}`)!);
            cells.push(cell);
            process.stderr.write(`round ${round} c=${connections} ${name} ${target.name}: ${fmt(cell.rps, 0)} req/s p50 ${fmt(cell.p50)} ms p99 ${fmt(cell.p99)} ms${cell.failures ? ` FAILED ${cell.failures}` : ''}\n`);
          }
        }
      }
    }
    const cpus = os.cpus();
    const meta = [
      '# bench:compare results',
      '',
      `Generated by \`npm run bench:compare${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString()}.`,
      '',
      `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}.`,
      `- Load average at the start of the measurement: ${load.map((l) => l.toFixed(2)).join(' ')}; at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}. The machine is shared, so the spread matters more than any one figure.`,
      `- One embedded Neo4j seeded from seeds/; targets: ours (\`dist/src/index.js\`, MAX_IN_FLIGHT=0), library (@neo4j/graphql ${libraryVersion()} on Apollo Server, bench/neo4j-graphql/server.mjs), floor (one hand-written Cypher statement per query, bench/neo4j-graphql/floor.mjs).`,
      `- autocannon, a fixed number of requests per cell sized from the warm-up latency to last about ${seconds} s (at least 3 per connection), ${rounds} rounds, concurrency ${connectionsList.join(' and ')}, interleaved A B C per query; answers checked equal first. Total ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    const { markdown, ratios } = report(cells, queries, meta);
    writeFileSync(out, markdown);
    writeFileSync(chartOut, renderRatioChart(ratios, 'Throughput ours / @neo4j/graphql (median, min-max over rounds)'));
    process.stdout.write(markdown);
  } finally {
    for (const target of targets) target.child.kill('SIGTERM');
    await graph.close();
    rmSync(home, { recursive: true, force: true });
  }
}

function libraryVersion(): string {
  return (JSON.parse(readFileSync(path.join(LIBRARY_DIR, 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8')) as { version: string }).version;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
