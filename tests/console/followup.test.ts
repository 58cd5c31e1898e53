import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startRepl } from '../../src/console/repl.js';
import { seedApp } from '../helpers.js';

/** Runs the console on some lines; returns all it wrote. */
async function converse(lines: string[], followUpMs?: number): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  await startRepl(seedApp(), { input: Readable.from(lines.map((l) => `${l}\n`)), output, historyFile: null, smalltalk: [], followUpMs });
  return text;
}

describe('the console keeps the conversation’s context', () => {
  it('should read a follow-up against the last question and say how', async () => {
    const out = await converse(['谁是拱墅区副区长？', '他在会上说了什么？', '运河网谷签约了多少客户？', '那上市企业呢？']);
    expect(out).toContain('（这里的“他”指包晓东）');
    expect(out).toContain('（按“运河网谷签约了多少上市企业？”理解）\n4家');
  });

  it('should answer each question alone with follow-ups off', async () => {
    const out = await converse(['谁是拱墅区副区长？', '他在会上说了什么？'], 0);
    expect(out).not.toContain('这里的');
  });
});
