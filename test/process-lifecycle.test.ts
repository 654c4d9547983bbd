import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './helpers/free-port';
import { waitFor } from './helpers/http';

const ROOT = path.join(__dirname, '..');

/** Pids of the embedded launcher JVMs whose command line names `dataDir`. */
function launcherPids(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmdline.includes('Neo4jLauncher') && cmdline.includes(dataDir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/**
 * Starts the API with an embedded Neo4j in `dataDir`: the built entry point directly (what
 * `npm start` runs after its `prestart` build), or through `npm start` itself.
 */
async function startApi(dataDir: string, via: 'node' | 'npm' = 'node'): Promise<{ child: ChildProcess; url: string }> {
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    PORT: String(await freePort()),
    SEED_ON_START: 'false',
  };
  const child =
    via === 'npm'
      ? spawn('npm', ['start', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL API at (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`API exited with ${code}:\n${out}`)));
  });
  return { child, url };
}

/** Pids of API processes (node running dist/src/index.js) started with NEO4J_DATA_DIR=`dataDir`. */
function apiPids(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
        return cmdline.includes('dist/src/index.js') && environ.split('\0').includes(`NEO4J_DATA_DIR=${dataDir}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function isListening(url: string): Promise<boolean> {
  try {
    await fetch(url.replace('/graphql', '/health'));
    return true;
  } catch {
    return false;
  }
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * The process as `npm start` runs it: a signal stops the API and its JVM in order (exit code 0),
 * and even a parent killed with SIGKILL leaves no orphan JVM (the launcher exits when its stdin
 * closes). Needs the compiled build, which beforeAll makes.
 */
describe('process lifecycle of npm start', () => {
  const dirs: string[] = [];

  beforeAll(() => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' });
  }, 180000);

  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each(['SIGTERM', 'SIGINT'] as const)('stops the API and Neo4j cleanly on %s, exit code 0, no JVM left', async (signal) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `lifecycle-${signal}-`));
    dirs.push(dataDir);
    const { child, url } = await startApi(dataDir);
    expect((await fetch(url.replace('/graphql', '/ready'))).status).toBe(200);
    expect(launcherPids(dataDir)).toHaveLength(1);
    const exited = exitOf(child);
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(launcherPids(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'data'))).toBe(true);
  }, 240000);

  it.each(['SIGTERM', 'SIGINT'] as const)('stops the API and Neo4j when %s is sent to the npm start process', async (signal) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `lifecycle-npm-${signal}-`));
    dirs.push(dataDir);
    const { child, url } = await startApi(dataDir, 'npm');
    expect((await fetch(url.replace('/graphql', '/ready'))).status).toBe(200);
    expect(launcherPids(dataDir)).toHaveLength(1);
    const exited = exitOf(child);
    child.kill(signal);
    // npm passes the signal to the API (the script execs node) and exits with the API's code.
    expect(await exited).toBe(0);
    expect(launcherPids(dataDir)).toEqual([]);
    expect(apiPids(dataDir)).toEqual([]);
    expect(await isListening(url)).toBe(false);
  }, 240000);

  it('leaves no orphan JVM when the API process is killed outright', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lifecycle-kill-'));
    dirs.push(dataDir);
    const { child } = await startApi(dataDir);
    expect(launcherPids(dataDir)).toHaveLength(1);
    child.kill('SIGKILL');
    await waitFor(async () => launcherPids(dataDir).length === 0, 60000, 'the launcher JVM to exit');
  }, 240000);
});
