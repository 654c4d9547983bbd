import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../shared/repo-path';

/** The launcher's Maven project. */
const LAUNCHER_DIR = repoPath('neo4j-launcher');
const launcherJar = (dir: string) => path.join(dir, 'target', 'neo4j-launcher-1.0.0.jar');
const launcherLib = (dir: string) => path.join(dir, 'target', 'lib');
const MAIN_CLASS = 'org.innovationgraph.launcher.Neo4jLauncher';

/** The flags Neo4j's own neo4j.conf passes to the JVM, so that its off-heap I/O works on Java 17. */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

const ALTERNATIVES =
  'Alternatives: run `docker compose up` (see README), or set NEO4J_URI, NEO4J_USER and ' +
  'NEO4J_PASSWORD to an existing Neo4j 5 server.';

/** Raised when the embedded Neo4j cannot start; `code` says why in a machine-readable way. */
export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedNeo4jError';
  }
}

export interface EmbeddedNeo4jOptions {
  /** Data directory; created if missing and kept across restarts. */
  home: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Neo4j page cache, e.g. "512m". */
  pageCache: string;
  /** How long to wait for the READY line, ms. */
  timeoutMs: number;
  /** Memory all transactions together may hold, e.g. "12g" or "0" (no limit); Neo4j's default if unset. */
  txMemoryMax?: string;
  /** Neo4j terminates transactions running longer than this, ms (0: no limit); Neo4j's default (none) if unset. */
  txTimeoutMs?: number;
  /** Memory one transaction may hold, e.g. "256m" or "0" (no limit); Neo4j's default (none) if unset. */
  txMemoryPerTx?: string;
  /** Turns authentication on with this password for user neo4j (off by default: loopback only). */
  password?: string;
  /** Commands and launcher project to use; tests replace them to simulate a broken machine. */
  javaCommand?: string;
  mavenCommand?: string;
  launcherDir?: string;
}

type BuildOptions = Pick<EmbeddedNeo4jOptions, 'javaCommand' | 'mavenCommand' | 'launcherDir'>;

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after a grace period) and resolves once it exited. */
  stop(): Promise<void>;
  /** Calls `listener` if the JVM exits without stop() having been called (crash, kill -9). */
  onUnexpectedExit(listener: (code: number | null, signal: string | null) => void): void;
}

/**
 * Builds the launcher with Maven when its jar is missing. Fails with a clear, coded error when
 * Java or Maven is missing or Maven cannot fetch the artifacts; a failed build leaves no partial
 * jar behind (target/ is removed on failure).
 */
export function ensureLauncherBuilt(options: BuildOptions = {}): void {
  const java = options.javaCommand ?? 'java';
  const maven = options.mavenCommand ?? 'mvn';
  const dir = options.launcherDir ?? LAUNCHER_DIR;
  requireCommand(java, ['-version'], 'JAVA_MISSING', 'Java 17 (the `java` command)');
  if (isLauncherBuilt(dir)) return;
  requireCommand(maven, ['-v'], 'MAVEN_MISSING', 'Maven (the `mvn` command)');
  const build = spawnSync(maven, ['-B', '-q', 'package'], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0 || !isLauncherBuilt(dir)) {
    rmSync(path.join(dir, 'target'), { recursive: true, force: true });
    const output = `${build.stdout ?? ''}${build.stderr ?? ''}`;
    const unreachable = /Could not (resolve|transfer)|could not be resolved|Cannot access central|Unknown host|Connection refused|Network is unreachable/i.test(output);
    throw new EmbeddedNeo4jError(
      unreachable ? 'MAVEN_CENTRAL_UNREACHABLE' : 'LAUNCHER_BUILD_FAILED',
      (unreachable
        ? 'Maven could not download Neo4j from Maven Central. '
        : 'Building the Neo4j launcher with Maven failed. ') +
        `${ALTERNATIVES}\n${lastLines(output, 15)}`,
    );
  }
}

/** Starts Neo4j in a child JVM and resolves once it prints READY (bounded by `timeoutMs`). */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt(options);
  const dir = options.launcherDir ?? LAUNCHER_DIR;
  const classpath = [launcherJar(dir), path.join(launcherLib(dir), '*')].join(path.delimiter);
  const child = spawn(
    options.javaCommand ?? 'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...NEO4J_JVM_FLAGS,
      '-cp',
      classpath,
      MAIN_CLASS,
      '--home',
      path.resolve(options.home),
      '--port',
      String(options.port),
      '--pagecache',
      options.pageCache,
      ...(options.password ? ['--password', options.password] : []),
      ...(options.txMemoryMax ? ['--tx-memory-max', options.txMemoryMax] : []),
      ...(options.txTimeoutMs !== undefined ? ['--tx-timeout-ms', String(options.txTimeoutMs)] : []),
      ...(options.txMemoryPerTx ? ['--tx-max', options.txMemoryPerTx] : []),
    ],
    // Its own process group, so a terminal's Ctrl-C reaches only us and we stop it in order; stdin
    // stays a pipe: the launcher exits when it closes, so a crashed parent leaves no JVM.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const uri = await waitForReady(child, options);
  let stopping = false;
  const exitListeners: ((code: number | null, signal: string | null) => void)[] = [];
  child.on('exit', (code, signal) => {
    if (!stopping) exitListeners.forEach((listener) => listener(code, signal));
  });
  return {
    uri,
    pid: child.pid ?? -1,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
    onUnexpectedExit: (listener) => exitListeners.push(listener),
  };
}

function waitForReady(child: ChildProcess, options: EmbeddedNeo4jOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (error: EmbeddedNeo4jError) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(
      () =>
        fail(
          new EmbeddedNeo4jError(
            'NEO4J_START_TIMEOUT',
            `Neo4j did not start within ${options.timeoutMs} ms.\n${lastLines(stderr, 15)}`,
          ),
        ),
      options.timeoutMs,
    );
    let ready = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /READY (bolt:\/\/\S+)/.exec(stdout);
      if (match && !ready) {
        ready = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => {
      if (ready) return;
      const coded = /ERROR (\w+) (.*)/.exec(stderr);
      if (coded?.[1] === 'PORT_IN_USE') {
        fail(
          new EmbeddedNeo4jError(
            'PORT_IN_USE',
            `${coded[2]}. Set NEO4J_BOLT_PORT to a free port, or stop what is using it.`,
          ),
        );
      } else {
        fail(
          new EmbeddedNeo4jError(
            coded?.[1] ?? 'NEO4J_EXITED',
            `Neo4j exited with code ${code} before it was ready.\n${lastLines(stderr, 15)}`,
          ),
        );
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function isLauncherBuilt(dir: string): boolean {
  return existsSync(launcherJar(dir)) && existsSync(launcherLib(dir)) && readdirSync(launcherLib(dir)).length > 0;
}

function requireCommand(command: string, args: string[], code: string, what: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new EmbeddedNeo4jError(
      code,
      `${what} is needed to run the embedded Neo4j but was not found. Install it, or use another way in. ${ALTERNATIVES}`,
    );
  }
}

function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

