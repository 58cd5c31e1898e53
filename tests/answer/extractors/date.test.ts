import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/engine.js';
import { buildArticle } from '../../../src/article/structure.js';
import { seedApp } from '../../helpers.js';

describe('date answers', () => {
  const article = buildArticle({ id: 'd', title: '历史', paragraphs: ['1988年2月13日，该馆正式对外开放，吸引了大批游客。'] });
  const engine = createEngine([article], seedApp().engine.intents);

  it('should answer as precisely as asked: the whole date, its year or its month', () => {
    expect(engine.answer('该馆什么时候正式对外开放？').answer).toBe('1988年2月13日');
    expect(engine.answer('该馆在哪一年正式对外开放？').answer).toBe('1988年');
    expect(engine.answer('该馆在哪个月正式对外开放？').answer).toBe('2月');
  });
});
