import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { ROOT } from '../helpers.js';

/** A bot token of the right shape; the emulator accepts any. */
export const TOKEN = `123456789:${'A'.repeat(35)}`;

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The Bot API emulator on 127.0.0.1. */
export async function startEmulator(): Promise<{ server: TelegramServer; url: string }> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 120 });
  await server.start();
  return { server, url: server.config.apiURL };
}

/** The real bot, as `npm start` runs it, in a child process. */
export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything it wrote to stderr (its logs). */
  logs: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Options of {@link startBot}. */
export interface StartOptions {
  /** What to run from the project's root; default `src/main.ts` through tsx. `['npm', 'start']` runs it as an operator does. */
  command?: readonly string[];
  /** How long to wait for "bot started"; default 20 s. */
  timeoutMs?: number;
}

/** Starts the program with the given environment and waits for its "bot started" log line. */
export async function startBot(env: Record<string, string>, options: StartOptions = {}): Promise<BotProcess> {
  const [file = process.execPath, ...args] = options.command ?? [process.execPath, '--import', 'tsx', 'src/main.ts'];
  const child = spawn(file, args, {
    cwd: ROOT,
    // Questions are recorded in a file of the test's own unless it names one: never in the project's var/.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', MISSES_DB: join(tmpdir(), `qa-misses-${process.pid}-${Date.now()}.sqlite`), ...env },
  });
  let err = '';
  let out = '';
  // Decided on each chunk as it arrives, not by polling: a bot that logs "bot started" and exits at once
  // (a 409 on its first getUpdates) must still count as started. And `exited` waits for 'close', which
  // comes after the last chunk of stderr, not 'exit', which can come before it: a test that awaits
  // `exited` then reads the complete log.
  let onStarted: (() => void) | undefined;
  const started = new Promise<void>((resolve) => (onStarted = resolve));
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
    if (err.includes('"bot started"')) onStarted?.();
  });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    started.then(() => 'started' as const),
    exited.then(() => (err.includes('"bot started"') ? ('started' as const) : ('exited' as const))),
    new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), options.timeoutMs ?? 20_000))),
  ]);
  clearTimeout(timer);
  if (outcome !== 'started') {
    if (outcome === 'timeout') child.kill('SIGKILL');
    throw new Error(`bot did not start (${outcome}):\n${err}\n${out}`);
  }
  return { child, logs: () => err, exited };
}

/** Posts a raw user message to the emulator (for messages the client cannot build, such as stickers). */
export async function postUserMessage(url: string, message: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${url}/sendMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ botToken: TOKEN, date: Math.floor(Date.now() / 1000), ...message }),
  });
  if (!res.ok) throw new Error(`emulator refused the message: ${res.status}`);
}
