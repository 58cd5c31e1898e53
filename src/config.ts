import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ConfigError } from './errors.js';

/** Everything the program reads from its environment, read in one place. */
export interface Config {
  /** The bot's token from @BotFather; absent means console mode. */
  botToken: string | null;
  /** Base URL of the Bot API server; Telegram's own by default. */
  apiRoot: string;
  /** Folder of articles. */
  seedsDir: string;
  /** Folder of intent files. */
  intentsDir: string;
  /** Public HTTPS URL for webhook mode; null means long polling. */
  webhookUrl: string | null;
  /** Secret Telegram sends with each webhook call. */
  webhookSecret: string | null;
  /** Port the webhook server listens on. */
  port: number;
  /** Port of the health endpoint in polling mode; null means none (webhook mode serves it on `port`). */
  healthPort: number | null;
  /** Folder of the files derived from jieba's dictionary and CC-CEDICT, built once and read at start. */
  cacheDir: string;
  /** Log level: error, warn, info or debug. */
  logLevel: LogLevel;
  /** How long a chat's last question may be leaned on by a follow-up (他…, 那X呢？), in ms; 0 turns follow-ups off. */
  followUpMs: number;
  /** Folder for the conversation state (grammY sessions), one file per chat; null keeps it in memory. */
  sessionDir: string | null;
  /** SQLite file recording each question's outcome (for `npm run misses`); null when recording is off. */
  missesDb: string | null;
  /** Salt of the hashed chat and person ids; null: a random one kept in `<missesDb>.salt`. */
  missesSalt: string | null;
}

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The derived caches' default folder: `.cache/` in the project (this file is
 * `src/config.ts` or `dist/config.js`, one level down). Not the temporary
 * folder: a container's is empty at every start, and the build fills this one.
 */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../.cache', import.meta.url));

/** Where the questions are recorded by default: `var/`, the project's folder for runtime state (git-ignored; `data/` holds the engine's tables). */
export const DEFAULT_MISSES_DB = fileURLToPath(new URL('../var/misses.sqlite', import.meta.url));

const TOKEN = /^\d+:[A-Za-z0-9_-]{20,}$/u;

/**
 * Reads the configuration from `env` (by default the process's, after
 * `.env` is loaded). Fails fast with a {@link ConfigError} naming the variable.
 */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const text = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const botToken = text('BOT_TOKEN');
  if (botToken !== null && !TOKEN.test(botToken)) {
    throw new ConfigError('BOT_TOKEN', 'BOT_TOKEN does not look like a bot token (digits, a colon, then 35 letters); get one from @BotFather in Telegram');
  }
  const apiRoot = text('TELEGRAM_API_ROOT') ?? 'https://api.telegram.org';
  if (!/^https?:\/\/\S+$/u.test(apiRoot)) {
    throw new ConfigError('TELEGRAM_API_ROOT', `TELEGRAM_API_ROOT must be an http(s) URL, not "${apiRoot}"`);
  }
  const webhookUrl = text('WEBHOOK_URL');
  if (webhookUrl !== null && !/^https:\/\/\S+$/u.test(webhookUrl)) {
    throw new ConfigError('WEBHOOK_URL', 'WEBHOOK_URL must be an https:// URL that Telegram can reach');
  }
  const webhookSecret = text('WEBHOOK_SECRET');
  if (webhookSecret !== null && !/^[A-Za-z0-9_-]{1,256}$/u.test(webhookSecret)) {
    throw new ConfigError('WEBHOOK_SECRET', 'WEBHOOK_SECRET may hold only letters, digits, _ and -, up to 256 characters');
  }
  if (webhookUrl !== null && webhookSecret === null) {
    // Without the secret anyone who finds the URL can post updates as any user.
    throw new ConfigError('WEBHOOK_SECRET', 'WEBHOOK_URL is set but WEBHOOK_SECRET is not: set WEBHOOK_SECRET (letters, digits, _ and -) so that only Telegram can post to the webhook');
  }
  const port = portNumber('PORT', text('PORT') ?? '8080');
  const healthText = text('HEALTH_PORT');
  const healthPort = healthText === null ? null : portNumber('HEALTH_PORT', healthText);
  const level = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${level}"`);
  }
  const minutes = Number(text('FOLLOW_UP_MINUTES') ?? '10');
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 24 * 60) {
    throw new ConfigError('FOLLOW_UP_MINUTES', `FOLLOW_UP_MINUTES must be a number of minutes from 0 (off) to 1440, not "${text('FOLLOW_UP_MINUTES') ?? ''}"`);
  }
  const recording = (text('RECORD_QUESTIONS') ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(recording)) throw new ConfigError('RECORD_QUESTIONS', `RECORD_QUESTIONS must be on or off, not "${recording}"`);
  const sessionDir = text('SESSION_DIR');
  return {
    botToken,
    apiRoot: apiRoot.replace(/\/+$/u, ''),
    seedsDir: resolve(text('SEEDS_DIR') ?? 'seeds'),
    intentsDir: resolve(text('INTENTS_DIR') ?? 'intents'),
    webhookUrl,
    webhookSecret,
    port,
    healthPort,
    cacheDir: resolve(text('CACHE_DIR') ?? DEFAULT_CACHE_DIR),
    logLevel: level as LogLevel,
    followUpMs: Math.round(minutes * 60_000),
    sessionDir: sessionDir === null ? null : resolve(sessionDir),
    missesDb: recording === 'off' ? null : resolve(text('MISSES_DB') ?? DEFAULT_MISSES_DB),
    missesSalt: text('MISSES_SALT'),
  };
}

function portNumber(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(name, `${name} must be a port number, not "${value}"`);
  return port;
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
