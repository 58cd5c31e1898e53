import { parseArgs } from 'node:util';
import { loadApp, reloadIntents } from './app.js';
import { HELP, withUsage } from './args.js';
import { readConfig, type Config } from './config.js';
import { askJsonLines, askOnce } from './console/ask.js';
import { startRepl } from './console/repl.js';
import { UsageError } from './errors.js';
import { redact } from './log.js';
import { useCacheDir } from './text/dictionary.js';

const USAGE = `usage: npm start | npm run <command> -- [options]

commands:
  start              the Telegram bot when BOT_TOKEN is set, otherwise the console
  console            ask questions one per line (:help inside)
  ask "问题"          answer one question; --json: one JSON object per line of stdin
  eval [FILE.json]   score the engine on a SQuAD-format set or a reader-question file
  bench [FILE.json]  start-up time, answer latency, memory and retrieval figures
  intents check|test validate the intents files, or run their example questions

Every command takes --help. Settings come from the environment or .env (see .env.example).`;

const START_USAGE = `usage: npm start

Runs the Telegram bot when BOT_TOKEN is set (in .env or the environment), otherwise the console.`;

const CONSOLE_USAGE = `usage: npm run console

Reads a question per line and answers it. Inside: :help, :verbose, :about, :reload, :quit (or Ctrl-D).`;

const ASK_USAGE = `usage: npm run ask -- "问题"
       npm run --silent ask -- --json < questions.txt

  "问题"     a question: prints the answer, its sentence, the intent and the score
  --json    read questions from stdin, one per line; print one JSON object per line, nothing else`;

/** Where a command reads and writes; the process's own by default (tests pass their own). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The environment to read the configuration from; default the process's, after .env. */
  env?: NodeJS.ProcessEnv;
  /** The console's question history; default ~/.article_qa_history, null keeps none. */
  historyFile?: string | null;
}

/**
 * The command line: `start` (bot or console), `console`, `ask`, `eval`,
 * `bench`, `intents`. Returns the exit code; every failure is one clear line
 * on stderr (a usage error adds the usage) and a non-zero code: 64 for a
 * wrong command line, 1 for anything else.
 */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  try {
    return await dispatch(argv, { ...io, stdin: io.stdin ?? process.stdin, stdout: io.stdout ?? process.stdout, stderr });
  } catch (err) {
    stderr.write(`${redact(err instanceof Error ? err.message : String(err))}\n`);
    return err instanceof UsageError ? 64 : 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [mode = 'start', ...rest] = argv;
  const print = (text: string): number => {
    io.stdout.write(`${text}\n`);
    return 0;
  };
  if (mode === '--help' || mode === '-h' || mode === 'help') return print(USAGE);
  const simple = (usage: string): boolean => {
    const { values, positionals } = withUsage(usage, () => parseArgs({ args: [...rest], options: HELP, allowPositionals: true, strict: true }));
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"\n${usage}`);
    return values.help === true;
  };
  switch (mode) {
    case 'start': {
      if (simple(START_USAGE)) return print(START_USAGE);
      const config = configure(io);
      if (config.botToken) {
        const { runBot } = await import('./telegram/run.js');
        await runBot(config);
        // In-flight updates are done; calls still retrying in the background (such as
        // registering the commands) must not keep a stopping bot alive.
        process.exit(0);
      }
      io.stderr.write('Console mode. To run the Telegram bot, set BOT_TOKEN (from @BotFather) in .env and run npm start again.\n');
      await runConsole(config, io);
      return 0;
    }
    case 'console':
      if (simple(CONSOLE_USAGE)) return print(CONSOLE_USAGE);
      await runConsole(configure(io), io);
      return 0;
    case 'ask': {
      const { values, positionals } = withUsage(ASK_USAGE, () =>
        parseArgs({ args: [...rest], options: { ...HELP, json: { type: 'boolean' } }, allowPositionals: true, strict: true }),
      );
      if (values.help) return print(ASK_USAGE);
      const question = positionals.join(' ');
      if (values.json && question) throw new UsageError(`--json reads the questions from stdin: give no question with it\n${ASK_USAGE}`);
      if (!values.json && !question) throw new UsageError(ASK_USAGE);
      const app = loadApp(configure(io));
      reportIntentErrors(app.intentErrors, io);
      if (values.json) await askJsonLines(app.engine, io.stdin, io.stdout);
      else askOnce(app.engine, question, io.stdout);
      return 0;
    }
    case 'eval': {
      const { runEval } = await import('./eval/cli.js');
      return runEval(rest, configure(io), io.stdout);
    }
    case 'bench': {
      const { runBench } = await import('./eval/bench.js');
      return runBench(rest, configure(io), io.stdout);
    }
    case 'intents': {
      const { runIntentsTool } = await import('./intents/cli.js');
      return runIntentsTool(rest, configure(io), io.stdout);
    }
    default:
      throw new UsageError(`unknown command "${mode}"\n${USAGE}`);
  }
}

function configure(io: CliIo): Config {
  const config = io.env ? readConfig(io.env) : readConfig();
  useCacheDir(config.cacheDir);
  return config;
}

async function runConsole(config: Config, io: CliIo): Promise<void> {
  let app = loadApp(config);
  reportIntentErrors(app.intentErrors, io);
  await startRepl(app, {
    input: io.stdin,
    output: io.stdout,
    ...(io.historyFile === undefined ? {} : { historyFile: io.historyFile }),
    reload: () => (app = reloadIntents(app, config.intentsDir)),
  });
}

function reportIntentErrors(errors: readonly Error[], io: CliIo): void {
  for (const e of errors) io.stderr.write(`Skipped an invalid intents file: ${e.message}\n`);
}
