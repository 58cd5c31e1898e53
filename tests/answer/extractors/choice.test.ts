import { describe, expect, it } from 'vitest';
import { choiceOf } from '../../../src/answer/extractors/choice.js';
import { engineOn, seedApp } from '../../helpers.js';

describe('choiceOf', () => {
  it('should split what both options share from the two options, at the last verb before 还是', () => {
    expect(choiceOf('张莹尹是处长', '副处长')).toMatchObject({ stem: '张莹尹是', options: ['处长', '副处长'], claims: ['张莹尹是处长', '张莹尹是副处长'] });
    expect(choiceOf('运河网谷签约了147家', '174家')).toMatchObject({ stem: '运河网谷签约了', options: ['147家', '174家'] });
    expect(choiceOf('座谈会在拱墅区开', '在滨江区开')).toMatchObject({ stem: '座谈会在', options: ['拱墅区开', '滨江区开'] });
  });

  it('should say of the first option what follows the second (和生产者还是消费者有关)', () => {
    expect(choiceOf('批判点和生产者', '消费者有关')).toEqual({ stem: '批判点和', options: ['生产者', '消费者'], claims: ['批判点和生产者有关', '批判点和消费者有关'] });
  });

  it('should find no choice without a verb to share', () => {
    expect(choiceOf('拱墅区', '滨江区')).toBeNull();
  });
});

describe('a question that offers two answers', () => {
  const engine = seedApp().engine;

  it('should answer with the option the article confirms, and its sentence', () => {
    const post = engine.answer('张莹尹是处长还是副处长');
    expect(post).toMatchObject({ intent: 'choice', answer: '处长' });
    expect(post.evidence).toContain('科技教育处处长张莹尹');
    expect(engine.answer('包晓东是拱墅区区长还是副区长？').answer).toBe('副区长');
    expect(engine.answer('运河网谷签约客户是174家还是147家').answer).toBe('147家');
  });

  it('should say nothing when the article settles neither option', () => {
    expect(engine.answer('张俊峰是男的还是女的').answer).toBeNull();
  });

  it('should pick the figure the article gives over the one it denies, in an article of its own', () => {
    const e = engineOn('园区简报', ['园区今年新签约企业32家，总投资12亿元。']);
    expect(e.answer('园区今年新签约企业30家还是32家').answer).toBe('32家');
  });
});
