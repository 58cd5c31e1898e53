import { describe, expect, it } from 'vitest';
import { askedHeads, kindShapeFeatures, objectOf, shapeFactor, shapeFeatures } from '../../src/answer/shape.js';
import type { Candidate } from '../../src/answer/types.js';
import { buildArticle } from '../../src/article/structure.js';
import { loadSegmenter } from '../../src/text/segment.js';
import { DEFAULT_WEIGHTS } from '../../src/answer/weights.js';
import { engineOn } from '../helpers.js';

loadSegmenter();

describe('the shape of a phrase answer', () => {
  const article = buildArticle({ id: 't', title: '产业', paragraphs: ['运河网谷以数字科技为主导产业。', '园区近年来先后引进众多生物医药企业。'] });
  const at = (text: string): Candidate => {
    const sentence = article.sentences.find((s) => s.norm.includes(text))!;
    return { text, source: { article, sentence }, start: sentence.norm.indexOf(text), score: 1 };
  };
  const heads = askedHeads('运河网谷以什么为主导产业', '产业');

  it('should count nothing but distance against a noun phrase the sentence names by the noun asked', () => {
    const features = shapeFeatures(at('数字科技'), [], heads, heads, 1);
    expect({ ...features, far: 0 }).toEqual({ notOwn: 0, far: 0, offHead: 0, firstFunction: 0, lastNumeral: 0, lastAdjective: 0, lastVerb: 0, firstVerb: 0 });
  });

  it('should weigh a fragment that ends on a verb, away from the noun asked, below it', () => {
    const noun = shapeFactor(shapeFeatures(at('数字科技'), [], heads, heads, 1), DEFAULT_WEIGHTS.phraseShape);
    const features = shapeFeatures(at('先后引进'), [], heads, heads, 1);
    expect(features).toMatchObject({ offHead: 1, firstFunction: 1, lastVerb: 1 });
    expect(shapeFactor(features, DEFAULT_WEIGHTS.phraseShape)).toBeLessThan(noun / 2);
  });
});

describe('choosing among phrase answers', () => {
  it('should prefer the noun phrase to a piece of the sentence that ends on a function word', () => {
    const engine = engineOn('网球', ['著名网球赛事包括网球大满贯、戴维斯杯网球赛、奥运会网球比赛等等，而戴维斯杯、联邦杯跟奥运是代表国家，跟其他赛事代表个人不同。']);
    expect(engine.explain('参与戴维斯杯网球赛的人都是代表哪一方的？', 1).candidates[0]?.text).toBe('国家');
  });
});

describe('the shape of an answer to 谁 or 哪里', () => {
  const article = buildArticle({ id: 't', title: '新北市', paragraphs: ['管理局在目前在新北市设有多个车站，由法兰克·盖瑞设计。'] });
  const sentence = article.sentences[0];
  const at = (text: string): Candidate => ({ text, source: { article, sentence }, start: sentence.norm.indexOf(text), score: 1 });

  it('should count a function word inside a place against it, not a place name alone', () => {
    expect(kindShapeFeatures(at('新北市'), [], 1)).toEqual({ notOwn: 0, farVerb: 0, generic: 0, clause: 0, inner: 0 });
    const fragment = kindShapeFeatures(at('管理局在目前在新北市'), [], 1);
    expect(fragment.inner).toBe(1);
    expect(shapeFactor(fragment, DEFAULT_WEIGHTS.kindShape.place!)).toBeLessThan(0.7);
  });

  it('should not read a transliterated name as a clause', () => {
    expect(kindShapeFeatures(at('法兰克·盖瑞'), [], 1)).toMatchObject({ clause: 0, inner: 0 });
  });
});

describe('choosing among answers to 哪里', () => {
  it('should prefer the place name to a piece of the sentence that holds it', () => {
    const engine = engineOn('新北市', ['新北市的铁路由交通部台湾铁路管理局管辖，管理局在目前在新北市设有多个车站，纵贯线与宜兰线都是新北市的主要铁路路线。']);
    expect(engine.explain('縱貫線與宜蘭線都是台灣哪一縣市的主要鐵路路線？', 1).candidates[0]?.text).toBe('新北市');
  });
});

describe('the object of a phrase', () => {
  it('should take off the words that lead into a noun', () => {
    expect(objectOf('实行联邦制')?.text).toBe('联邦制');
    expect(objectOf('例如台湾路竹会')).toEqual({ text: '台湾路竹会', start: 2 });
  });

  it('should keep a quotation, a run of clauses or a phrase that ends on no noun whole', () => {
    expect(objectOf('创新发展,聚力共赢')).toBeNull();
    expect(objectOf('创新发展')).toBeNull();
    expect(objectOf('联邦制')).toBeNull();
  });

  it('should count a verb that starts a phrase against it', () => {
    const article = buildArticle({ id: 't', title: '索马利亚', paragraphs: ['索马利亚目前实行联邦制。'] });
    const sentence = article.sentences[0];
    const features = shapeFeatures({ text: '实行联邦制', source: { article, sentence }, start: 4, score: 1 }, [], [], [], 1);
    expect(features.firstVerb).toBe(1);
  });
});

describe('choosing the object of a phrase', () => {
  it('should answer with the noun a verb leads into, not the verb phrase', () => {
    const engine = engineOn('索马利亚', ['索马利亚位于非洲之角，目前实行联邦制，名义上有8个联邦成员国。']);
    expect(engine.explain('索马利亚目前是以什么制度建立的国家？', 1).candidates[0]?.text).toBe('联邦制');
  });
});
