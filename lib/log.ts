/** Structured logs with pino. Only `main.ts` files create loggers; everything else receives one. */
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * @param name the service name, added to every line
 * @param level @default 'info' (`LOG_LEVEL` is read by callers' config, not here)
 */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name } });
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
