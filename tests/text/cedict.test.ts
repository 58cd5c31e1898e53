import { describe, expect, it } from 'vitest';
import { isCommonOnly, isPersonOnly, isPlaceOnly, readCedict, type CedictWord } from '../../src/text/cedict.js';

const word = (readings: string[], glosses: string[]): CedictWord => ({ readings, glosses });

describe('CC-CEDICT entries', () => {
  it('should read a word with only lower-case readings as common', () => {
    expect(isCommonOnly(word(['zhu4 fu2'], ['blessing']))).toBe(true);
    expect(isCommonOnly(word(['Wang2', 'wang2'], ['surname Wang', 'king']))).toBe(false);
  });

  it('should take glosses with life years or (name) for people, not dynasties, wars, sheep or places', () => {
    expect(isPersonOnly(word(['Na2 po4 lun2'], ['Napoleon (name),Napoleon Bonaparte (1769-1821), Emperor of France']))).toBe(true);
    expect(isPersonOnly(word(['Meng4 zi3'], ['Mencius (c. 372-c. 289 BC), Confucian philosopher']))).toBe(true);
    expect(isPersonOnly(word(['Bi3 er3'], ['Bill (name)']))).toBe(true);
    expect(isPersonOnly(word(['Bei3 Qi2'], ['Qi of the Northern Dynasties (550-557)']))).toBe(false);
    expect(isPersonOnly(word(['Duo1 li4'], ['Dolly (1996-2003), female sheep, first mammal to be cloned']))).toBe(false);
    expect(isPersonOnly(word(['Hua2 sheng4 dun4'], ['George Washington (1732-1799), first US president,Washington, D.C. (US federal capital)']))).toBe(false);
    expect(isPersonOnly(word(['Heng1 li4', 'heng1 li4'], ['Henry (name)', 'henry (unit of inductance)']))).toBe(false);
  });

  it('should take a word for a place only when every sense is a place and none a person or surname', () => {
    expect(isPlaceOnly(word(['Mo4 si1 ke1'], ['Moscow, capital of Russia']))).toBe(true);
    expect(isPlaceOnly(word(['Tian2 zhong1'], ['Tianzhong Township in Changhua County, Taiwan', 'Tanaka (Japanese surname)']))).toBe(false);
    expect(isPlaceOnly(word(['Hua2 sheng4 dun4'], ['George Washington (1732-1799), first US president', 'Washington, D.C. (US federal capital)']))).toBe(false);
  });

  it('should read each sense of a headword with several as a gloss of its own', () => {
    expect(readCedict().get('田中')?.glosses.length).toBeGreaterThanOrEqual(2);
  });
});
