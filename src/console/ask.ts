import { createInterface } from 'node:readline';
import type { Engine } from '../answer/engine.js';
import { formatJson, formatPlain } from './format.js';

/** `ask "问题"`: prints one answer. */
export function askOnce(engine: Engine, question: string, out: NodeJS.WritableStream = process.stdout): void {
  out.write(`${formatPlain(engine.answer(question), true)}\n`);
}

/**
 * `ask --json`: one JSON object per input line, in order, whatever the line
 * (an empty one too). Nothing else is written to `out`.
 */
export async function askJsonLines(
  engine: Engine,
  input: NodeJS.ReadableStream = process.stdin,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) out.write(`${formatJson(engine.answer(line))}\n`);
}
