import { describe, expect, it } from 'vitest';
import { evidenceCoverage } from '../../src/answer/evidence.js';
import type { Term } from '../../src/answer/types.js';
import { buildArticle } from '../../src/article/structure.js';
import { engineOn, fixtureApp, seedApp } from '../helpers.js';

describe('how much of the question the evidence holds', () => {
  seedApp();
  const article = buildArticle({
    id: 'a',
    title: '投资推广署协助企业来港',
    paragraphs: ['投资推广署署长刘凯旋今日表示，去年协助560间企业在港开设业务。', '她表示，近期最少30间企业希望进驻北都。'],
  });
  const term = (word: string, hard: string | null): Term => ({ word, weight: 1, hard, scope: 'sentence', named: hard !== null });
  const terms = [term('刘凯旋', '刘凯旋'), term('进驻', null), term('北都', '北都')];
  const sentence = article.sentences.find((s) => s.norm.startsWith('她表示'));

  it('should count the name a pronoun opening the sentence as its speaker stands for (她表示 → 刘凯旋)', () => {
    expect(sentence).toBeDefined();
    if (!sentence) return;
    const { own } = evidenceCoverage({ text: '30间', source: { article, sentence }, score: 1 }, terms, 1);
    expect(own).toBeCloseTo(1, 5);
  });
});

describe('a sentence that opens on the report\'s event named only by its kind', () => {
  const e = engineOn('我市举行投资说明会暨招商项目签约仪式', ['12月27日，我市投资说明会暨招商项目签约仪式在郭尔罗斯宾馆举行。', '此次活动是冰雪渔猎文化旅游节系列活动之一，由市委、市政府主办。']);

  it('should hold the event the title names (此次活动 → 投资说明会)', () => {
    expect(e.answer('这次投资说明会是由哪个单位主办的？').answer).toBe('市委、市政府');
  });

  it('should not require the words a polite question is wrapped in (麻烦问一下)', () => {
    expect(e.answer('麻烦问一下，这次投资说明会是由哪个单位主办的？').answer).toBe('市委、市政府');
  });
});

describe('a person the evidence names, asked by their post', () => {
  const engine = fixtureApp('002_songyuan-signing.txt').engine;
  it('should read the post as the one person the article gives it (常务副市长 of 李岩)', () => {
    expect(engine.answer('那个常务副市长讲话时说松原眼下处在一个什么样的阶段？').answer).toContain('关键阶段');
  });
  it('should not take a post the article gives someone else (副市长 is 李继东) for the speaker', () => {
    expect(engine.answer('副市长说松原正处在什么阶段').answer).toBeNull();
  });
});

describe('a word the article says with another', () => {
  it('should count 工作机会 asked as the 就业机会 the article gives', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井商场会有几多个工作机会').answer).toBe('超过2000个');
  });

  it('should count 参加 asked as the 参会 the article gives', () => {
    expect(fixtureApp('001_chongqing-xiqiahui.txt').engine.answer('西洽会有几多个国家同地区嚟参加').answer).toBe('95个');
  });
});

describe('a reason in a sentence joined to the one it leans on', () => {
  it('should be weighed by its own statement, not by the sentence before it that 她指 goes on from', () => {
    const e = engineOn('署长', ['署长王丽表示，新兴地区的企业可以到内地进行贸易之余，亦可以落户江海作为研发平台。她指，随着沿海企业出海增加，一般以江海作为「母港」，所以在江海开设业务的占比有所增加。']);
    expect(e.answer('沿海企业出海为什么会选江海').answer).toContain('母港');
  });
});
