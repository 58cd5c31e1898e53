import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { appendFileSync, readFileSync } from 'node:fs';
import type { App } from '../app.js';
import { formatPlain } from './format.js';
import { loadSmalltalk, type SmalltalkIntent } from '../smalltalk/load.js';
import { matchSmalltalk } from '../smalltalk/match.js';
import { detectScript } from '../text/script.js';
import { askInContext } from '../conversation/ask.js';
import { DEFAULT_FOLLOW_UP_MS, isFresh, type Turn } from '../conversation/followup.js';

/** Options of {@link startRepl}. */
export interface ReplOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** File that keeps the question history between sessions; null keeps none. */
  historyFile?: string | null;
  /** Reloads the intents (`:reload`); returns the new app or throws. */
  reload?: () => App;
  /** Small talk answered before the engine; default the shipped intents/smalltalk/. */
  smalltalk?: readonly SmalltalkIntent[];
  /** How long a follow-up may lean on the last question, in ms (0: never). Default 10 minutes, as in Telegram. */
  followUpMs?: number;
}

/** The reply to small talk (你好, 谢谢, thanks) in the script or language it was said in, or null for a question. */
export function smalltalkReply(input: string, intents: readonly SmalltalkIntent[]): string | null {
  const lang = detectScript(input) === 'traditional' ? 'zh-Hant' : /\p{Script=Han}/u.test(input) || !/\p{Script=Latin}/u.test(input) ? 'zh-Hans' : 'en';
  return matchSmalltalk(input, intents, lang)?.reply ?? null;
}

const HELP = `问一个关于文章的问题，例如「张驰挺是谁？」「运河网谷签约了多少客户？」。
命令：
  :help     显示本说明
  :verbose  切换显示意图（intent）与分数
  :about    文章的标题、来源与日期
  :reload   重新加载 intents/ 中的意图文件
  :quit     退出（也可按 Ctrl-D）`;

/** The interactive console: questions in, answers out, with history and a few `:` commands. */
export async function startRepl(initial: App, options: ReplOptions = {}): Promise<void> {
  let app = initial;
  const output = options.output ?? process.stdout;
  const historyFile = options.historyFile === undefined ? join(homedir(), '.article_qa_history') : options.historyFile;
  const history = readHistory(historyFile);
  const rl = createInterface({
    input: options.input ?? process.stdin,
    output,
    terminal: (output as NodeJS.WriteStream).isTTY === true,
    history,
    historySize: 500,
  });
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  let verbose = false;
  // The same context as a Telegram chat: 「他说了什么？」 leans on the last question.
  let turn: Turn | null = null;
  const followUpMs = options.followUpMs ?? DEFAULT_FOLLOW_UP_MS;
  let smalltalk = options.smalltalk ?? loadSmalltalk().intents;
  const article = app.engine.articles[0];
  say(`文章：${article?.title || article?.id || '—'}。输入问题，:help 查看命令，:quit 退出。`);
  rl.setPrompt('问> ');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === ':quit' || input === ':q' || input === ':exit') break;
    if (input === ':help') say(HELP);
    else if (input === ':verbose') {
      verbose = !verbose;
      say(verbose ? '显示意图与分数。' : '不再显示意图与分数。');
    } else if (input === ':about') say(describe(app));
    else if (input === ':reload') {
      if (!options.reload) say('此模式不支持重新加载。');
      else {
        try {
          app = options.reload();
          smalltalk = options.smalltalk ?? loadSmalltalk().intents;
          say(`已加载 ${app.engine.intents.length} 个意图。`);
          for (const e of app.intentErrors) say(`意图文件有误，已跳过：${e.message}`);
        } catch (err) {
          say(`重新加载失败，保留原有意图：${(err as Error).message}`);
        }
      }
    } else if (input.startsWith(':')) say(`未知命令 ${input}；输入 :help 查看命令。`);
    else if (input) {
      const talk = smalltalkReply(input, smalltalk);
      if (talk !== null) say(talk);
      else {
        const now = Date.now();
        const asked = askInContext(app.engine, input, followUpMs > 0 && isFresh(turn, now, followUpMs) ? turn : null, now);
        turn = asked.turn;
        const took = asked.resolution?.took;
        if (took) say('question' in took ? `（按“${took.question}”理解）` : `（这里的“${took.word}”指${took.as}）`);
        say(asked.resolution?.more && asked.answer.answer === null ? '文章里没有更多了。' : formatPlain(asked.answer, verbose));
      }
      if (historyFile) appendHistory(historyFile, input);
    }
    rl.prompt();
  }
  rl.close();
}

/** The articles' title, source, date and reporter. */
export function describe(app: App): string {
  return app.engine.articles
    .map((a) => {
      const d = a.dateline;
      const parts = [a.title || a.id];
      if (d) parts.push(`${d.source} · ${d.place} · ${d.date}${d.reporter ? ` · 记者 ${d.reporter}` : ''}`);
      parts.push(`${a.paragraphs.length} 段，${a.sentences.length} 句`);
      return parts.join('\n  ');
    })
    .join('\n');
}

function readHistory(file: string | null): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, 500);
  } catch {
    return [];
  }
}

function appendHistory(file: string, line: string): void {
  try {
    appendFileSync(file, `${line.replace(/\n/gu, ' ')}\n`);
  } catch {
    // History is a convenience: a read-only home must not stop the console.
  }
}
