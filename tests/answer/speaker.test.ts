import { describe, expect, it } from 'vitest';
import { speakerPrefix } from '../../src/answer/speaker.js';
import { engineOn, seedApp } from '../helpers.js';

describe('a question put in a speaker’s mouth', () => {
  const engine = seedApp().engine;
  const { articles } = engine;

  it('should find the speaker by name, by post, or by surname and post, and the question after the speech verb', () => {
    expect(speakerPrefix('包晓东说拱墅区有哪两个美称？', articles)).toMatchObject({ person: { name: '包晓东' }, rest: '拱墅区有哪两个美称？' });
    expect(speakerPrefix('副区长在推介时说拱墅正在打造哪三样东西', articles)?.person.name).toBe('包晓东');
    expect(speakerPrefix('包副区长说拱墅正在打造哪三样东西', articles)?.person.name).toBe('包晓东');
    // When he spoke, without 在; and a post with a typo in its place name (拱树区 for 拱墅区).
    expect(speakerPrefix('拱墅区副区长推介时说拱墅一直被誉为啥', articles)).toMatchObject({ person: { name: '包晓东' }, rest: '拱墅一直被誉为啥' });
    expect(speakerPrefix('拱树区副区长推介时说拱墅一直被誉为啥', articles)?.person.name).toBe('包晓东');
  });

  it('should read 话, Cantonese 说, as speech in a question without other Cantonese', () => {
    expect(speakerPrefix('副区长话拱墅正在打造哪几样', articles)).toMatchObject({ person: { name: '包晓东' }, rest: '拱墅正在打造哪几样' });
  });

  it('should read praise (夸, 称赞) and description (形容) as speech', () => {
    expect(speakerPrefix('副区长夸拱墅产业数字化有啥优势', articles)).toMatchObject({ person: { name: '包晓东' }, rest: '拱墅产业数字化有啥优势' });
    expect(engine.answer('副区长夸拱墅产业数字化有啥优势？').answer).toContain('机遇多');
  });

  it('should leave alone what asks what they said, and people the article does not name', () => {
    expect(speakerPrefix('包晓东说了什么', articles)).toBeNull();
    expect(speakerPrefix('包晓东讲了哪些观点', articles)).toBeNull();
    expect(speakerPrefix('马云说拱墅区有哪两个美称？', articles)).toBeNull();
  });

  it('should answer from the speaker’s own words only', () => {
    expect(engine.answer('包晓东说拱墅区有哪两个美称？').answer).toBe('‘杭州之心’‘城市之眼’');
    expect(engine.answer('包副区长说拱墅正在高水平打造哪三样东西？').answer).toBe('时尚之都、数字新城、运河明珠');
    expect(engine.answer('副区长说拱墅要打造成哪几样？').answer).toBe('时尚之都、数字新城、运河明珠');
    expect(engine.answer('张俊峰说拱墅区有哪两个美称？').answer).toBeNull();
  });

  it('should read 认为 as speech, and answer in the script the question was asked in', () => {
    const e = engineOn('兵制', ['北京大学教授田余庆认为，北府兵力日衰，军队主力逐渐被募兵制取代。']);
    expect(speakerPrefix('田余庆认为世兵制被什么制度取代', e.articles)).toMatchObject({ person: { name: '田余庆' }, rest: '世兵制被什么制度取代' });
    expect(engine.answer('包曉東說拱墅正在高水平打造哪三樣東西？').answer).toBe('時尚之都、數字新城、運河明珠');
  });

  it('should read 咋样 and 怎么样 as a question of its own, put in the speaker’s mouth', () => {
    const e = engineOn('论坛', ['江海市副市长王明远在推介时说：“江海市去年外贸进出口首次突破500亿元。”', '商会会长李青说，江海市今年的目标是再增长一成。']);
    expect(speakerPrefix('王明远推介的时候讲江海外贸咋样了', e.articles)).toMatchObject({ person: { name: '王明远' }, rest: '江海外贸咋样了' });
    expect(e.answer('王明远推介的时候讲江海外贸咋样了').answer).toContain('500亿元');
  });
});
