import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askJsonLines } from '../../src/console/ask.js';
import { seedApp } from '../helpers.js';

const engine = seedApp().engine;

/** Strings people and attackers send: any Unicode, Chinese, markup, regex bait, control and bidi characters. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'谁是什么多少几哪里时候的了吗张驰挺运河网谷147家？?！，。 '), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '*', '_', '`', '[', ']', '(', ')', '+', '?', '\\', '\u202E', '\u200F', '\u0000', '\uD800', '😀', 'a'), maxLength: 200 }),
  fc.constantFrom('x'.repeat(10_000), '(a+)+$'.repeat(500), '谁'.repeat(5000), '多少'.repeat(3000), ' \t\n ', ''),
);

describe('answer() on any string', () => {
  it('should never throw and always return a well-formed Answer, quickly', () => {
    fc.assert(
      fc.property(hostile, (q) => {
        const start = performance.now();
        const a = engine.answer(q);
        const ms = performance.now() - start;
        expect(ms).toBeLessThan(1000); // a bound, not a benchmark: no input may make it hang
        expect(a.question).toBe(q);
        expect(['answered', 'empty', 'not-in-article', 'no-answer']).toContain(a.status);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
        if (a.answer === null) expect(a.evidence).toBeNull();
        else {
          expect(a.answer.length).toBeGreaterThan(0);
          expect(a.answer.length).toBeLessThanOrEqual(200);
          expect(typeof a.evidence).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ask --json on any lines', () => {
  it('should print exactly one JSON line per input line, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/[\r\n]/gu, '')), { maxLength: 15 }), async (lines) => {
        const input = new PassThrough();
        const output = new PassThrough();
        let text = '';
        output.on('data', (d: Buffer) => (text += d.toString()));
        const done = askJsonLines(engine, input, output);
        input.end(lines.map((l) => `${l}\n`).join(''));
        await done;
        const out = text === '' ? [] : text.trimEnd().split('\n');
        expect(out).toHaveLength(lines.length);
        out.forEach((l, i) => expect((JSON.parse(l) as { question: string }).question).toBe(lines[i]));
      }),
      { numRuns: 60 },
    );
  });
});
