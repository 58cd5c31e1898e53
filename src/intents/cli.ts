import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadApp } from '../app.js';
import { formatTable } from '../console/table.js';
import type { Config } from '../config.js';
import { isRight } from '../eval/score.js';
import { contestedExamples, slowPatterns } from './check.js';
import { loadIntents } from './load.js';

const USAGE = `usage: npm run intents -- check | test

  check    validate every intents file; errors name file, line and field (exit 1 on any)
  test     ask every example question of every intent of the articles in seeds/ (exit 1 on a failure)
  --help   this text`;

/**
 * `npm run intents -- check`: validates every intents file; `test`: runs
 * every example question through the engine on the seed articles. Returns the exit code.
 */
export function runIntentsTool(args: readonly string[], config: Config, out: NodeJS.WritableStream = process.stdout): number {
  const say = (line: string): void => {
    out.write(`${line}\n`);
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    say(`${(err as Error).message.split('\n')[0] ?? ''}\n${USAGE}`);
    return 64;
  }
  if (parsed.values.help) {
    say(USAGE);
    return 0;
  }
  const [command, extra] = parsed.positionals;
  if (extra !== undefined) {
    say(`unexpected argument "${extra}"\n${USAGE}`);
    return 64;
  }
  const where = (file: string, line: number): string => `${relative(process.cwd(), file)}:${line}`;
  if (command === 'check') {
    const { intents, errors } = loadIntents(config.intentsDir);
    for (const e of errors) say(`error   ${where(e.file, e.line)}: ${e.field}: ${e.problem}`);
    const slow = slowPatterns(intents);
    for (const w of slow) say(`error   ${where(w.file, w.line)}: ${w.message}`);
    for (const w of contestedExamples(intents)) say(`warning ${where(w.file, w.line)}: ${w.message}`);
    const bad = errors.length + slow.length;
    say(`${intents.length} intents valid, ${bad} errors`);
    return bad > 0 ? 1 : 0;
  }
  if (command === 'test') {
    const app = loadApp(config);
    for (const e of app.intentErrors) say(`error   ${where(e.file, e.line)}: ${e.field}: ${e.problem}`);
    const rows: string[][] = [['intent', 'examples', 'intent right', 'answer right']];
    const failures: string[] = [];
    for (const intent of app.engine.intents) {
      let intentRight = 0;
      let answerRight = 0;
      for (const example of intent.examples) {
        const got = app.engine.answer(example.question);
        const okIntent = got.intent === intent.name;
        const okAnswer = isRight(got.answer, example.answer);
        if (okIntent) intentRight++;
        if (okAnswer) answerRight++;
        if (!okIntent || !okAnswer) {
          failures.push(
            `${where(intent.file, example.line)}: "${example.question}" → intent ${got.intent ?? '—'}, answer ${got.answer ?? 'null'}` +
              ` (expected intent ${intent.name}, answer ${example.answer ?? 'null'})`,
          );
        }
      }
      rows.push([intent.name, String(intent.examples.length), String(intentRight), String(answerRight)]);
    }
    say(formatTable(rows));
    for (const f of failures) say(`FAIL ${f}`);
    const total = app.engine.intents.reduce((n, i) => n + i.examples.length, 0);
    say(`${total - failures.length}/${total} examples pass`);
    return failures.length > 0 || app.intentErrors.length > 0 ? 1 : 0;
  }
  say(USAGE);
  return 64;
}
