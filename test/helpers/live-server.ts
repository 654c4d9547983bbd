import { Config, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';

/**
 * Starts the whole API in this process on a free port, against the test run's Neo4j, as
 * `NODE_ENV=nodeEnv npm start` would (Apollo reads NODE_ENV while it is built; it is restored
 * afterwards). `env` adds environment variables, read through loadConfig as in production.
 */
export async function startLiveServer(nodeEnv: string | undefined, env: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<RunningApp> {
  const saved = process.env.NODE_ENV;
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  try {
    const config = loadConfig({ port: 0, seedOnStart: false, ...overrides }, { ...process.env, ...env });
    return await startApp(config, createLogger('silent'));
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}
