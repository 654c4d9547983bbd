import pino, { Logger } from 'pino';

/** Structured JSON logs on stdout (pino); one logger per process. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'innovation-graph' } });
}
