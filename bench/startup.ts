import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/free-port';

/**
 * Start-up and idle-memory benchmark of the whole system (`npm run bench`): starts the built API
 * (`node dist/src/index.js`) with the embedded Neo4j in a fresh temporary data directory (cold:
 * store created and seeds loaded), stops it with SIGTERM, starts it again on the same data
 * (warm), and reports for each run the time to the Neo4j READY log line, the time until the API
 * prints its URL, and the resident memory (current and peak) of the Node and JVM processes after
 * 10 s idle.
 */
const IDLE_MS = 10000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-bench-'));
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    PORT: String(await freePort()),
    LOG_LEVEL: 'info',
  };
  try {
    for (const run of ['cold', 'warm']) {
      const result = await measureRun(env);
      console.log(JSON.stringify({ run, ...result }));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureRun(env: NodeJS.ProcessEnv) {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'src', 'index.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let neo4jReadyMs = -1;
  let seeded = false;
  const apiReadyMs = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.includes('"embedded Neo4j ready"')) neo4jReadyMs = Date.now() - started;
        if (line.includes('"seeds loaded"')) seeded = true;
        if (line.startsWith('innovation-graph: GraphQL API at')) resolve(Date.now() - started);
      }
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code} before it was ready`)));
  });
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const jvm = childPids(child.pid!).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Neo4jLauncher'));
  const memory = { node: memoryOf(child.pid!), jvm: jvm ? memoryOf(jvm) : null };
  await stop(child);
  return { neo4jReadyMs, apiReadyMs, seeded, idleMemoryMiB: memory };
}

function childPids(parent: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === parent;
      } catch {
        return false;
      }
    });
}

function memoryOf(pid: number): { rss: number; peakRss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kib('VmRSS') / 1024), peakRss: Math.round(kib('VmHWM') / 1024) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

void main();
