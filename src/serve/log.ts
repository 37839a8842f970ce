import pino, { type Logger } from 'pino';
import { scrub, scrubValue } from '../config/secrets.ts';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type { Logger };

/**
 * JSON lines on stderr (fd 2 by default), written synchronously so the last line before an exit is not lost.
 * Every message and field goes through scrub(): a secret read from env or a file never reaches a log line.
 */
export function createLogger(level: LogLevel = 'info', destination: number | NodeJS.WritableStream = 2): Logger {
  const stream = typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination;
  return pino({
    level,
    base: { name: 'vnet-probe' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrubValue(object),
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>);
      },
    },
  }, stream);
}
