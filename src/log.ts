import type { LogLevel } from './config.js';

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** Fields of a log record; values are serialised as JSON. */
export type LogFields = Record<string, unknown>;

/** A structured logger: one JSON object per line, with a level; secrets are redacted. */
export interface Logger {
  level: LogLevel;
  error(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  debug(msg: string, fields?: LogFields): void;
}

/** What a bot token looks like, wherever it appears (URLs of the Bot API hold it). */
const TOKEN = /\d{5,}:[A-Za-z0-9_-]{30,}/gu;

/** Replaces anything that looks like a bot token, and the given secrets, with a marker. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN, '<redacted-token>');
  for (const s of secrets) if (s) out = out.split(s).join('<redacted>');
  return out;
}

/**
 * Creates a logger writing to `sink` (stderr by default, so that stdout
 * stays the program's output). Every line passes through {@link redact}.
 */
export function createLogger(
  level: LogLevel,
  options: { secrets?: readonly string[]; sink?: (line: string) => void; clock?: () => Date } = {},
): Logger {
  const sink = options.sink ?? ((line: string) => process.stderr.write(line));
  const clock = options.clock ?? (() => new Date());
  const write = (at: LogLevel, msg: string, fields: LogFields = {}): void => {
    if (RANK[at] > RANK[logger.level]) return;
    const record = { time: clock().toISOString(), level: at, msg, ...fields };
    sink(`${redact(JSON.stringify(record, errorReplacer), options.secrets)}\n`);
  };
  const logger: Logger = {
    level,
    error: (m, f) => write('error', m, f),
    warn: (m, f) => write('warn', m, f),
    info: (m, f) => write('info', m, f),
    debug: (m, f) => write('debug', m, f),
  };
  return logger;
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}
