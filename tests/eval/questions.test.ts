import { describe, expect, it } from 'vitest';
import { judge, type ReaderQuestion } from '../../src/eval/questions.js';

const yesno = (accept: string[], reject: string[]): ReaderQuestion => ({ id: 'y', question: '签约了150家吗', answerable: true, kind: 'yesno', accept, reject, article: null });

describe('judging a reader question', () => {
  it('should judge a yes/no answer by its whole verdict', () => {
    expect(judge(yesno(['不对'], ['对']), '不对，文章说是147家', null).right).toBe(true);
    expect(judge(yesno(['不对'], ['对']), '对', null).right).toBe(false);
    expect(judge(yesno(['对'], ['不对']), '对', null).right).toBe(true);
    expect(judge(yesno(['对'], ['不对']), '不对，文章说是147家', null).right).toBe(false);
    // A set that rejects nothing still takes 不对 as no 对.
    expect(judge(yesno(['对'], []), '不对，文章说是郭扬', null).right).toBe(false);
    expect(judge(yesno(['对', '對'], []), '對', null).right).toBe(true);
  });

  it('should refuse an answer that holds a rejected form, for other kinds', () => {
    const q: ReaderQuestion = { id: 'p', question: '姜秀超是干什么的', answerable: true, kind: 'post', accept: ['总经理'], reject: ['副总经理'], article: null };
    expect(judge(q, '招商蛇口产业园区杭州公司副总经理', null).right).toBe(false);
  });

  it('should not refuse a rejected form that stands only inside an accepted one', () => {
    const q: ReaderQuestion = { id: 'p', question: '包晓东是啥官职', answerable: true, kind: 'post', accept: ['副区长'], reject: ['区长'], article: null };
    expect(judge(q, '拱墅区副区长', null).right).toBe(true);
    expect(judge(q, '拱墅区区长', null).right).toBe(false);
    expect(judge(q, '副区长兼区长', null).right).toBe(false);
  });

  it('should take a whole title as the answer to a title question, but no whole sentence for a name', () => {
    const title = '“生物医药产业高质量发展”主题座谈会共议创新发展';
    const asked = (kind: string): ReaderQuestion => ({ id: 't', question: '标题是什么', answerable: true, kind, accept: ['共议创新发展'], reject: [], article: null });
    expect(judge(asked('title'), title, null, title)).toEqual({ right: true, why: '' });
    expect(judge(asked('who'), title, null, title)).toEqual({ right: false, why: 'too-long' });
  });
});
