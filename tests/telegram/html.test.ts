import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { cleanText, MAX_MESSAGE_LENGTH } from '../../src/telegram/html.js';
import { formatAnswer, formatNumbered } from '../../src/telegram/reply.js';
import { isTelegramHtml } from './telegram-html.js';

const answerArb = fc.record({
  answer: fc.option(fc.string({ unit: 'binary', maxLength: 5000 }), { nil: null }),
  evidence: fc.string({ unit: 'binary', maxLength: 9000 }),
  script: fc.constantFrom('simplified' as const, 'traditional' as const),
  note: fc.option(fc.string({ unit: 'binary', maxLength: 300 }), { nil: null }),
  related: fc.option(fc.string({ unit: 'binary', maxLength: 9000 }), { nil: null }),
  source: fc.option(fc.string({ unit: 'binary', maxLength: 2000 }), { nil: null }),
  corrected: fc.array(fc.record({ from: fc.string({ maxLength: 6 }), to: fc.string({ maxLength: 6 }) }), { maxLength: 2 }),
});

describe('Telegram replies', () => {
  it('should always be valid Telegram HTML of at most 4,096 characters', () => {
    fc.assert(
      fc.property(answerArb, fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 }), fc.constantFrom('hans' as const, 'hant' as const, 'en' as const), (a, examples, lang) => {
        const answer: Answer = {
          question: 'q',
          intent: null,
          kind: 'phrase',
          answer: a.answer === null ? null : cleanText(a.answer) || 'x',
          evidence: a.answer === null ? null : cleanText(a.evidence),
          article: null,
          source: a.source === null ? null : cleanText(a.source),
          paragraph: null,
          note: a.note === null ? null : cleanText(a.note),
          related: a.related === null ? null : cleanText(a.related),
          corrected: a.corrected.map((c) => ({ from: cleanText(c.from), to: cleanText(c.to) })),
          score: 0.5,
          script: a.script,
          status: a.answer === null ? 'no-answer' : 'answered',
        };
        const html = formatAnswer(answer, lang, examples);
        expect(html.length).toBeGreaterThan(0);
        expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        expect(isTelegramHtml(html)).toBe(true);
        // Several answers in one numbered reply, each under its question.
        const numbered = formatNumbered(Array.from({ length: 5 }, () => ({ question: cleanText(a.evidence).slice(0, 500), answer })), lang, 2, 5);
        expect(numbered.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        expect(isTelegramHtml(numbered)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the checker should refuse what Telegram refuses', () => {
    expect(isTelegramHtml('<b>x</b>')).toBe(true);
    expect(isTelegramHtml('<b>x')).toBe(false);
    expect(isTelegramHtml('<script>x</script>')).toBe(false);
    expect(isTelegramHtml('a < b')).toBe(false);
    expect(isTelegramHtml('a & b')).toBe(false);
  });

  it('cleanText should drop lone surrogates and control characters but keep emoji and newlines', () => {
    expect(cleanText('a\uD800b\u0000c😀\nd')).toBe('abc😀\nd');
  });
});
