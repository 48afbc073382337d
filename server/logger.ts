import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** JSON logs, one line per event; secrets are redacted wherever they might appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'metmap' },
      redact: {
        paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'req.headers.cookie', 'headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
