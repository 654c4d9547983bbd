import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph } from '../src/neo4j/connect';
import { seedIfEmpty } from '../src/seed/seed-if-empty';
import { repoPath } from '../src/shared/repo-path';
import { freePort } from '../test/helpers/free-port';

/**
 * `npm run bench:load [-- --baseline DIR] [--connections 50,200] [--duration 20] [--rounds 2] [--out FILE]`
 *
 * Load on the whole API over loopback HTTP with autocannon: a mix of representative queries at
 * each concurrency, on one embedded Neo4j seeded from seeds/. Each API under test is its own
 * process (`node <dir>/dist/src/index.js`, this checkout's build, and with --baseline another
 * checkout's build, e.g. the commit before issue 10), measured interleaved in the same run
 * (ours, baseline, ours, baseline ...). Reported per API and concurrency: admitted throughput
 * (2xx/s), p50/p99 latency of admitted requests, refusals by status, timeouts, a trivial one-row
 * read's latency from another client during the load, and the peak RSS of the API and the JVM.
 * Figures are printed (and written to --out), never asserted.
 */
const MIX = [
  '{ project(id: "project:no-wrong-door") { id name summary } }',
  '{ projects(first: 50) { edges { node { id name leadCouncils { name } themes { name } } } } }',
  '{ councils(first: 100, where: { region: { some: { name: { eq: "London" } } } }) { totalCount edges { node { id name } } } }',
  '{ lineage(projectId: "project:no-wrong-door", maxDepth: 5) { depth steps { project { id name } mode year } } }',
  '{ neighbourhood(id: "council:E10000015", depth: 2) { nodes { id type label } edges { source target type } } }',
  '{ search(text: "family safeguarding") { score type } }',
  '{ scaledAdoptions(originRound: 1, adoptionRound: 2) { council { name } originProject { name } derivedProject { name } } }',
];
const PROBE = '{ project(id: "project:no-wrong-door") { name } }';

interface Target {
  name: string;
  url: string;
  child: ChildProcess;
}

interface Measurement {
  target: string;
  connections: number;
  round: number;
  seconds: number;
  admitted: number[];
  statuses: Record<string, number>;
  timeouts: number;
  probe: number[];
  rssNode: number;
  rssJvm: number;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function startApi(name: string, dir: string, neo4jUri: string): Promise<Target> {
  const entry = path.join(dir, 'dist', 'src', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build that checkout first (npm run build)`);
  const env = { ...process.env, NEO4J_URI: neo4jUri, PORT: String(await freePort()), SEED_ON_START: 'false', LOG_LEVEL: 'error', ROUTER_SECRET: 'bench' };
  const child = spawn(process.execPath, [entry], { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL API at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${out}`)));
  });
  child.stdout!.resume();
  return { name, url, child };
}

async function measure(target: Target, connections: number, seconds: number, round: number, jvmPid: number | undefined): Promise<Measurement> {
  const admitted: number[] = [];
  const statuses: Record<string, number> = {};
  const probe: number[] = [];
  let rssNode = 0;
  let rssJvm = 0;
  let running = true;
  const sampler = setInterval(() => {
    rssNode = Math.max(rssNode, rssMb(target.child.pid) || 0);
    rssJvm = Math.max(rssJvm, rssMb(jvmPid) || 0);
  }, 250);
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PROBE }), signal: AbortSignal.timeout(30000) });
        await response.text();
      } catch {
        // counted by its latency: a timeout shows as 30 s
      }
      probe.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: target.url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: MIX.map((query) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
    }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) admitted.push(responseTime);
    });
  });
  running = false;
  await probing;
  clearInterval(sampler);
  return { target: target.name, connections, round, seconds, admitted, statuses, timeouts: result.timeouts, probe, rssNode, rssJvm };
}

function row(m: Measurement): string {
  const refused = Object.entries(m.statuses).filter(([status]) => !status.startsWith('2')).map(([status, count]) => `${status}: ${(count / m.seconds).toFixed(1)}/s`).join(', ') || '-';
  return `| ${m.target} | ${m.connections} | ${m.round} | ${(m.admitted.length / m.seconds).toFixed(1)} | ${quantile(m.admitted, 0.5).toFixed(0)} | ${quantile(m.admitted, 0.99).toFixed(0)} | ${refused} | ${m.timeouts} | ${quantile(m.probe, 0.5).toFixed(0)} / ${quantile(m.probe, 0.99).toFixed(0)} | ${m.rssNode.toFixed(0)} | ${m.rssJvm.toFixed(0)} |`;
}

async function main(): Promise<void> {
  const connectionsList = option('connections', '50,200').split(',').map(Number);
  const seconds = Number(option('duration', '20'));
  const rounds = Number(option('rounds', '2'));
  const baseline = process.argv.includes('--baseline') ? path.resolve(option('baseline', '')) : undefined;
  const out = process.argv.includes('--out') ? option('out', '') : undefined;
  const loadBefore = os.loadavg();
  const logger = createLogger('warn');
  const home = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-load-'));
  const config = loadConfig({ neo4jUri: undefined, neo4jDataDir: home, neo4jBoltPort: await freePort(), neo4jHeap: '1g', neo4jPageCache: '256m' }, {});
  const graph = await connectGraph(config, logger);
  const targets: Target[] = [];
  try {
    await seedIfEmpty(graph.db, logger);
    targets.push(await startApi('ours', repoPath('.'), graph.uri));
    if (baseline) targets.push(await startApi('baseline', baseline, graph.uri));
    for (const target of targets) {
      for (const query of MIX) await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    }
    const rows: string[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const connections of connectionsList) {
        for (const target of targets) {
          const measured = await measure(target, connections, seconds, round, graph.embedded()?.pid);
          rows.push(row(measured));
          process.stderr.write(`${row(measured)}\n`);
          await new Promise((resolve) => setTimeout(resolve, 3000));
        }
      }
    }
    const report = [
      `Load on ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${new Date().toISOString()}, load average at the start ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, at the end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')};`,
      `${seconds} s per cell, autocannon over loopback, mix of ${MIX.length} queries; probe: one-row read every 200 ms from another client.`,
      '',
      '| API | connections | round | admitted req/s | p50 ms (admitted) | p99 ms (admitted) | refused | timeouts | probe p50 / p99 ms | peak RSS Node MB | peak RSS JVM MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
    process.stdout.write(report);
    if (out) writeFileSync(out, report);
  } finally {
    for (const target of targets) target.child.kill('SIGTERM');
    await graph.close();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
