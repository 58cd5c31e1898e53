import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFollowUp, turnOf, type Turn } from '../../src/conversation/followup.js';
import { answerMore } from '../../src/conversation/more.js';
import { suggestQuestions } from '../../src/conversation/suggest.js';
import type { Engine } from '../../src/answer/engine.js';
import { seedApp } from '../helpers.js';

let engine: Engine;
let names: string[];
beforeAll(() => {
  engine = seedApp().engine;
  names = engine.articles.flatMap((a) => a.people.map((p) => p.name));
});

/** Asks a chain of messages as a conversation does: each read against the turn before. */
function chain(messages: string[]): { asked: string; took: unknown; answer: string | null }[] {
  let turn: Turn | null = null;
  return messages.map((m) => {
    const r = resolveFollowUp(m, turn, names);
    const asked = r?.question ?? m;
    const a = r?.more && turn ? answerMore(engine, asked, turn.given) : engine.answer(asked);
    turn = turnOf(asked, a, names, 0, turn);
    return { asked, took: r?.took ?? null, answer: a.answer };
  });
}

describe('follow-ups', () => {
  it('should read 他 as the person the last answer named, and say so', () => {
    const [, second] = chain(['谁是拱墅区副区长？', '他在会上说了什么？']);
    expect(second?.asked).toBe('包晓东在会上说了什么？');
    expect(second?.took).toEqual({ word: '他', as: '包晓东' });
    expect(second?.answer).toContain('拱墅区');
  });

  it('should not say what 他 is when the last question named the person itself', () => {
    const [, second] = chain(['包晓东是谁？', '他说了什么？']);
    expect(second?.asked).toBe('包晓东说了什么？');
    expect(second?.took).toBeNull();
  });

  it('should read 那X呢 with the last question’s frame: X for the thing asked about', () => {
    const [first, second] = chain(['运河网谷签约了多少客户？', '那上市企业呢？']);
    expect(first?.answer).toBe('147家');
    expect(second?.asked).toBe('运河网谷签约了多少上市企业？');
    expect(second?.answer).toBe('4家');
  });

  it('should read 那X呢 with a person for the person of the frame', () => {
    const [, second] = chain(['张驰挺是谁？', '包晓东呢？']);
    expect(second?.asked).toBe('包晓东是谁？');
    expect(second?.answer).toBe('拱墅区副区长');
  });

  it('should read 它 and 其 as the last topic or person', () => {
    expect(chain(['运河网谷签约了多少客户？', '它落地了多少世界500强企业？'])[1]?.asked).toBe('运河网谷落地了多少世界500强企业？');
    expect(chain(['包晓东是谁？', '其职务是什么？'])[1]?.asked).toBe('包晓东的职务是什么？');
  });

  it('should leave a question of its own alone, and 其中, 应该 are no pronouns', () => {
    const turn = turnOf('包晓东是谁？', engine.answer('包晓东是谁？'), names, 0);
    expect(resolveFollowUp('运河网谷签约了多少客户？', turn, names)).toBeNull();
    expect(resolveFollowUp('其中有多少家上市企业？', turn, names)).toBeNull();
    expect(resolveFollowUp('应该问谁？', turn, names)).toBeNull();
    expect(resolveFollowUp('他说了什么？', null, names)).toBeNull();
  });

  it('should leave a demonstrative after 的 to what the question describes itself', () => {
    const turn = turnOf('杭州有多少家上市企业？', engine.answer('杭州有多少家上市企业？'), names, 0);
    expect(resolveFollowUp('落地运河网谷的那家世界500强子企业是哪家公司？', turn, names)).toBeNull();
    expect(resolveFollowUp('这家园区哪年开园的', turnOf('运河网谷签约了多少客户', engine.answer('运河网谷签约了多少客户'), names, 0), names)?.question).toContain('运河网谷');
  });

  it('should answer 还有呢 with an answer not given yet, or none', () => {
    const [first, more] = chain(['运河网谷签约了多少客户？', '还有呢？']);
    expect(more?.asked).toBe(first?.asked.replace(/？$/u, ''));
    expect(more?.answer).not.toBe(first?.answer);
  });
});

describe('suggested questions', () => {
  it('should suggest up to three answerable questions, none asked already nor answered already', () => {
    const turn = turnOf('谁是拱墅区副区长？', engine.answer('谁是拱墅区副区长？'), names, 0);
    const picked = suggestQuestions(engine, turn, ['张驰挺是谁？'], ['张驰挺是谁？', '运河网谷签约了多少客户？']);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThanOrEqual(3);
    expect(picked).not.toContain('张驰挺是谁？');
    // 包晓东是谁 → 拱墅区副区长: the reader was just told.
    expect(picked).not.toContain('包晓东是谁？');
    for (const q of picked) expect(engine.answer(q).answer).not.toBeNull();
  });
});
