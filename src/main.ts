import { loadApp, reloadIntents } from './app.js';
import { readConfig, type Config } from './config.js';
import { askJsonLines, askOnce } from './console/ask.js';
import { startRepl } from './console/repl.js';
import { redact } from './log.js';
import { useCacheDir } from './text/dictionary.js';

/**
 * The command line: `start` (bot or console), `console`, `ask`, `eval`,
 * `bench`, `intents`. Every failure ends with one clear line on stderr and a
 * non-zero exit.
 */
async function main(argv: string[]): Promise<void> {
  const [mode = 'start', ...rest] = argv;
  const config = readConfig();
  useCacheDir(config.cacheDir);
  switch (mode) {
    case 'start': {
      if (config.botToken) {
        const { runBot } = await import('./telegram/run.js');
        await runBot(config);
        // In-flight updates are done; calls still retrying in the background (such as
        // registering the commands) must not keep a stopping bot alive.
        process.exit(0);
      }
      process.stderr.write('Console mode. To run the Telegram bot, set BOT_TOKEN (from @BotFather) in .env and run npm start again.\n');
      await runConsole(config);
      return;
    }
    case 'console':
      await runConsole(config);
      return;
    case 'ask': {
      const app = loadApp(config);
      reportIntentErrors(app.intentErrors);
      if (rest.includes('--json')) await askJsonLines(app.engine);
      else {
        const question = rest.filter((a) => !a.startsWith('--')).join(' ');
        if (!question) throw new UsageError('usage: npm run ask -- "问题"   or   npm run --silent ask -- --json < questions.txt');
        askOnce(app.engine, question);
      }
      return;
    }
    case 'eval': {
      const { runEval } = await import('./eval/cli.js');
      await runEval(rest);
      return;
    }
    case 'bench': {
      const { runBench } = await import('./eval/bench.js');
      await runBench(rest);
      return;
    }
    case 'intents': {
      const { runIntentsTool } = await import('./intents/cli.js');
      process.exitCode = await runIntentsTool(rest, config);
      return;
    }
    default:
      throw new UsageError(`unknown mode "${mode}"; use start, console, ask, eval, bench or intents`);
  }
}

async function runConsole(config: Config): Promise<void> {
  let app = loadApp(config);
  reportIntentErrors(app.intentErrors);
  await startRepl(app, { reload: () => (app = reloadIntents(app, config.intentsDir)) });
}

class UsageError extends Error {
  override name = 'UsageError';
}

function reportIntentErrors(errors: readonly Error[]): void {
  for (const e of errors) process.stderr.write(`Skipped an invalid intents file: ${e.message}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message = redact(err instanceof Error ? err.message : String(err));
  process.stderr.write(`${message}\n`);
  process.exitCode = err instanceof UsageError ? 64 : 1;
});
