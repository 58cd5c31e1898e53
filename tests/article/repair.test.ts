import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markMojibake, removeGluedPinyin, repair } from '../../src/article/repair.js';
import { ROOT } from '../helpers.js';

const GLUED_READING = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/u;

describe('removeGluedPinyin', () => {
  it('should remove pinyin glued after converted characters', () => {
    expect(removeGluedPinyin('醫(yī)藥產(chǎn)業(yè)')).toBe('醫藥產業');
    expect(removeGluedPinyin('座談會(huì)共議創(chuàng)新')).toBe('座談會共議創新');
  });

  it('should keep real parentheses', () => {
    for (const text of ['(記者郭揚)日前', '杭州市錢塘(新)區', '高原(北京)文化', '全區GDP(國內生產總值)', 'Node.js (v20)', '(A)']) {
      expect(removeGluedPinyin(text)).toBe(text);
    }
  });

  it('should remove a reading glued after a Latin letter only when it carries a tone mark', () => {
    expect(removeGluedPinyin('幸?!梆B(yǎng)老圈')).toBe('幸?!梆B老圈');
    expect(removeGluedPinyin('step(a)')).toBe('step(a)');
  });
});

describe('mojibake', () => {
  it('should find and mark the damaged run without losing the text around it', () => {
    const damaged = '打造家門口幸?!梆B老圈”';
    const marked = markMojibake(damaged);
    expect(marked).toContain('\uFFFD');
    expect(marked.startsWith('打造家門口幸')).toBe(true);
    expect(marked).not.toContain('?');
  });

  it('should leave clean text alone', () => {
    expect(markMojibake('運河網谷簽約客戶147家。你好？')).toBe('運河網谷簽約客戶147家。你好？');
  });

  it('repair should mend the whole seed article: every glued reading gone, real parentheses and every line kept', () => {
    const file = readdirSync(`${ROOT}seeds`).find((f) => f.endsWith('.txt')) ?? '';
    const raw = readFileSync(`${ROOT}seeds/${file}`, 'utf8');
    const fixed = repair(raw);
    // A bracketed syllable with a tone mark is a reading glued by a careless conversion.
    expect(raw).toMatch(GLUED_READING);
    expect(fixed).not.toMatch(GLUED_READING);
    expect(fixed.split('\n')).toHaveLength(raw.split(/\r\n?|\n/u).length);
    expect(fixed).toContain('“生物醫藥產業高質量發展”主題座談會共議創新發展');
    expect(fixed).toContain('人民網杭州10月18日電 (記者郭揚)日前');
    expect(fixed).toContain('版權歸高原(北京)文化傳播有限公司');
    expect(fixed).toContain('杭州市錢塘(新)區');
    expect(fixed).toContain('打造家門口幸\uFFFD');
    expect(fixed).not.toMatch(/\p{Script=Han}\?/u);
    // Nothing but the readings and the mojibake goes: the repaired text is the original less those.
    expect(fixed).toBe(removeGluedPinyin(raw).replace('幸?!', '幸\uFFFD'));
  });
});
