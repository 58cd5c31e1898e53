import { StringDecoder } from 'node:string_decoder';
import type { Engine } from '../answer/engine.js';
import { formatJson, formatPlain } from './format.js';
import { loadSmalltalk } from '../smalltalk/load.js';
import { smalltalkReply } from './repl.js';

/** `ask "问题"`: prints one answer, or the reply to small talk (`ask --json` stays the engine's contract). */
export function askOnce(engine: Engine, question: string, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`${smalltalkReply(question, loadSmalltalk().intents) ?? formatPlain(engine.answer(question), true)}\n`);
}

/**
 * `ask --json`: one JSON object per input line, in order, whatever the line
 * (an empty one too). A line ends at `\n` (a `\r` before it is dropped; a lone
 * `\r` is part of the line, not an end). Nothing else is written to `out`.
 */
export async function askJsonLines(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const answer = (line: string): void => {
    out.write(`${formatJson(engine.answer(line.endsWith('\r') ? line.slice(0, -1) : line))}\n`);
  };
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) answer(line);
  }
  pending += decoder.end();
  if (pending) answer(pending);
}
