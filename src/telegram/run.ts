import { watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { GrammyError, HttpError, webhookCallback } from 'grammy';
import { loadApp, reloadIntents, type App } from '../app.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import { isIntentFile } from '../intents/load.js';
import { createLogger, type Logger } from '../log.js';
import { createBot } from './bot.js';
import { COMMAND_MENUS } from './commands.js';
import { loadSmalltalk, type SmalltalkSet } from '../smalltalk/load.js';
import { join } from 'node:path';
import { openMisses, type MissesStore } from '../misses/store.js';
import { FileSessionStorage, type SessionData } from './session.js';

/**
 * Runs the bot until SIGINT or SIGTERM: long polling through the runner
 * (or a webhook server when WEBHOOK_URL is set), live reload of the intents
 * on file change or SIGHUP, and a graceful stop that finishes what is in flight.
 */
export async function runBot(config: Config): Promise<void> {
  const token = config.botToken;
  if (!token) throw new ConfigError('BOT_TOKEN', 'BOT_TOKEN is not set; get a token from @BotFather in Telegram and put it in .env');
  const log = createLogger(config.logLevel, { secrets: [token, config.webhookSecret ?? ''] });
  let app: App = loadApp(config);
  for (const e of app.intentErrors) log.error('invalid intents file skipped', { file: e.file, line: e.line, field: e.field, problem: e.problem });

  const smalltalkDir = join(config.intentsDir, 'smalltalk');
  let smalltalk: SmalltalkSet = loadSmalltalk(smalltalkDir);
  for (const e of smalltalk.errors) log.error('invalid small-talk file skipped', { file: e.file, line: e.line, field: e.field, problem: e.problem });

  const misses = openRecording(config, log);
  const bot = createBot({
    token,
    apiRoot: config.apiRoot,
    engine: () => app.engine,
    smalltalk: () => smalltalk.intents,
    log,
    misses,
    followUpMs: config.followUpMs,
    sessionStorage: config.sessionDir ? new FileSessionStorage<SessionData>(config.sessionDir) : undefined,
  });
  try {
    await bot.init();
  } catch (error) {
    throw startupError(error, config);
  }
  // Listened for before "bot started" is said: a supervisor may stop the bot at any moment after that
  // line, and a SIGTERM with no handler yet would kill it without finishing what is in flight or saying so.
  const stopRequested = stopSignal(log);
  // The pid lets a supervisor (and the tests) check that the process it started is the one that stops.
  log.info('bot started', { username: bot.botInfo.username, intents: app.engine.intents.length, mode: config.webhookUrl ? 'webhook' : 'polling', pid: process.pid });
  // Registering the commands is a nicety: a server without setMyCommands must not stop the bot.
  for (const menu of COMMAND_MENUS) {
    const scope = menu.languageCode ? { language_code: menu.languageCode } : {};
    bot.api.setMyCommands(menu.commands, scope).catch((error: unknown) => log.warn('could not register commands', { language: menu.languageCode ?? 'default', error: String(error) }));
  }

  const reload = (why: string): void => {
    try {
      const next = reloadIntents(app, config.intentsDir);
      for (const e of next.intentErrors) log.error('invalid intents file; keeping the last good one', { file: e.file, line: e.line, field: e.field, problem: e.problem });
      app = next;
      // Small talk is all-or-nothing per file as well, but a broken file is simply left out: it only ever adds replies.
      smalltalk = loadSmalltalk(smalltalkDir);
      for (const e of smalltalk.errors) log.error('invalid small-talk file skipped', { file: e.file, line: e.line, field: e.field, problem: e.problem });
      log.info('intents reloaded', { why, intents: app.engine.intents.length });
    } catch (error) {
      log.error('intents reload failed; keeping the last good set', { why, error: String(error) });
    }
  };
  const watcher = watchIntents(config.intentsDir, () => reload('file change'), log);
  process.on('SIGHUP', () => reload('SIGHUP'));

  const health = healthReport(() => app, config.webhookUrl ? 'webhook' : 'polling');
  if (config.webhookUrl) {
    await serveWebhook(bot, config, log, watcher, health, stopRequested);
    return;
  }
  await bot.api.deleteWebhook().catch((error: unknown) => log.warn('could not delete webhook', { error: String(error) }));
  let healthServer: Server | null = null;
  try {
    if (config.healthPort !== null) healthServer = await serveHealth(config.healthPort, health, log);
  } catch (error) {
    watcher?.close(); // an open watcher would keep the failed process alive
    throw error;
  }
  const handle = run(bot, { runner: { silent: true, fetch: { timeout: 30 } } });
  try {
    await untilStopped(handle, log, watcher, stopRequested);
  } finally {
    healthServer?.close();
  }
}

/** The record of questions, or null when it is turned off — or cannot be opened: answering matters more than recording. */
function openRecording(config: Config, log: Logger): MissesStore | null {
  if (!config.missesDb) return null;
  try {
    const store = openMisses(config.missesDb, config.missesSalt);
    log.info('recording questions', { db: config.missesDb });
    return store;
  } catch (error) {
    log.error('cannot open MISSES_DB; questions are not recorded', { db: config.missesDb, error: String(error) });
    return null;
  }
}

/** What `GET /healthz` reports: enough for a supervisor or a load balancer, nothing secret (no token, URL or secret). */
export interface Health {
  status: 'ok';
  mode: 'webhook' | 'polling';
  articles: number;
  intents: number;
  uptimeSeconds: number;
}

function healthReport(app: () => App, mode: Health['mode']): () => Health {
  return () => ({
    status: 'ok',
    mode,
    articles: app().engine.articles.length,
    intents: app().engine.intents.length,
    uptimeSeconds: Math.round(process.uptime()),
  });
}

/** Answers `GET /healthz` (true) or leaves the request to the caller (false). */
function answerHealth(req: IncomingMessage, res: ServerResponse, health: () => Health): boolean {
  const path = (req.url ?? '').split('?')[0];
  if (path !== '/healthz' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : JSON.stringify(health()));
  return true;
}

/** Polling mode's optional health server (HEALTH_PORT): `/healthz` and nothing else. */
async function serveHealth(port: number, health: () => Health, log: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    if (!answerHealth(req, res, health)) res.writeHead(404).end();
  });
  await listen(server, port, 'HEALTH_PORT');
  log.info('health endpoint listening', { port, path: '/healthz' });
  return server;
}

/** Listens on `port`, or fails with an error naming the variable that chose it (a port in use is a configuration problem). */
async function listen(server: Server, port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new ConfigError(variable, `cannot listen on ${variable}=${port}: ${error.code ?? error.message}`)));
    server.listen(port, () => resolve());
  });
}

/** Resolves with the first SIGINT or SIGTERM, once it is logged. */
function stopSignal(log: Logger): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.removeListener('SIGINT', onInt).removeListener('SIGTERM', onTerm);
      log.info('stopping', { signal });
      resolve(signal);
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.on('SIGINT', onInt).on('SIGTERM', onTerm);
  });
}

async function untilStopped(handle: RunnerHandle, log: Logger, watcher: FSWatcher | null, stopRequested: Promise<string>): Promise<void> {
  void stopRequested.then(() => handle.stop());
  try {
    await handle.task();
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 409) {
      throw new Error('Another instance of this bot is already receiving updates with this BOT_TOKEN (409 Conflict). Stop it, or give this one its own token.', { cause: error });
    }
    if (error instanceof GrammyError && error.error_code === 401) {
      throw new ConfigError('BOT_TOKEN', 'Telegram rejected BOT_TOKEN (401 Unauthorized). Get a valid token from @BotFather.');
    }
    throw error;
  } finally {
    watcher?.close();
  }
  log.info('stopped');
}

async function serveWebhook(
  bot: ReturnType<typeof createBot>,
  config: Config,
  log: Logger,
  watcher: FSWatcher | null,
  health: () => Health,
  stopRequested: Promise<string>,
): Promise<void> {
  // A throttled question waits in its handler for its turn (seconds): Telegram is answered at the
  // timeout and the handler goes on, rather than failing the call and having Telegram send the update again.
  const handle = webhookCallback(bot, 'http', { secretToken: config.webhookSecret ?? undefined, onTimeout: 'return' });
  const server = createServer((req, res) => {
    if (answerHealth(req, res, health)) return;
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      log.error('webhook request failed', { error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  try {
    await listen(server, config.port, 'PORT');
  } catch (error) {
    watcher?.close(); // an open watcher would keep the failed process alive
    throw error;
  }
  await bot.api.setWebhook(config.webhookUrl ?? '', { secret_token: config.webhookSecret ?? undefined });
  log.info('webhook listening', { port: config.port });
  await stopRequested;
  watcher?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  log.info('stopped');
}

/** Watches the intents folder; calls `onChange` once per burst of changes. */
function watchIntents(dir: string, onChange: () => void, log: Logger): FSWatcher | null {
  let timer: NodeJS.Timeout | undefined;
  try {
    return watch(dir, (_event, file) => {
      if (file && !isIntentFile(file.toString())) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, 200);
    });
  } catch (error) {
    log.warn('cannot watch the intents folder; use SIGHUP to reload', { dir, error: String(error) });
    return null;
  }
}

function startupError(error: unknown, config: Config): Error {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    return new ConfigError('BOT_TOKEN', `Telegram rejected BOT_TOKEN (${error.error_code} ${error.description}). Get a valid token from @BotFather.`);
  }
  if (error instanceof HttpError) {
    return new Error(`Cannot reach the Bot API at ${config.apiRoot} (TELEGRAM_API_ROOT): ${error.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
