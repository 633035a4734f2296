// JSON logs, one line per event; child loggers carry the request id.
import pino, { type Logger } from 'pino';
import { env } from './env';
import { serializeError } from './log-errors';

const KEY = Symbol.for('statline.logger');
type Holder = { [KEY]?: Logger };

export function logger(): Logger {
  const g = globalThis as Holder;
  g[KEY] ??= pino({
    level: env().LOG_LEVEL,
    base: { app: 'statline' },
    serializers: { err: serializeError },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'], remove: true },
  });
  return g[KEY];
}
