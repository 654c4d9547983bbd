import 'reflect-metadata';
import { startApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';

/** Entry point: config -> graph -> schema -> server; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let app;
  try {
    app = await startApp(config, logger);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    logger.fatal({ code }, message);
    process.stderr.write(`innovation-graph could not start${code ? ` [${code}]` : ''}: ${message}\n`);
    process.exit(1);
  }
  logger.info({ url: app.url }, 'GraphQL API ready');
  process.stdout.write(`innovation-graph: GraphQL API at ${app.url}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
