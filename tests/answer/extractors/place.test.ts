import { describe, expect, it } from 'vitest';
import { partNamed } from '../../../src/answer/extractors/place.js';
import { askedPlaceKind } from '../../../src/answer/places.js';
import { engineOn, fixtureApp, seedApp } from '../../helpers.js';

describe('the part of a place of the kind asked', () => {
  it('should read the kind of place a question asks for, though jieba glues it to the verb', () => {
    expect(askedPlaceKind('会议在杭州哪个区办的')).toBe('区');
    expect(askedPlaceKind('运河网谷在哪个小镇里')).toBe('小镇');
    expect(askedPlaceKind('座谈会在哪里开的')).toBe('');
  });

  it('should cut a venue to the area asked, less the area the question names', () => {
    expect(partNamed('杭州市拱墅区招商蛇口运河网谷', '区', '座谈会在哪个区开的')).toEqual({ text: '杭州市拱墅区', at: 0 });
    expect(partNamed('杭州市拱墅区招商蛇口运河网谷', '区', '会议在杭州哪个区办的')).toEqual({ text: '拱墅区', at: 3 });
    expect(partNamed('杭州市拱墅区', '区', '在哪个区')).toBeNull(); // already the area asked
    expect(partNamed('运河网谷', '区', '在哪个区')).toBeNull();
  });
});

describe('the dateline', () => {
  it('should answer where the report was filed, not where someone posted', () => {
    const engine = engineOn('三井', ['〔记者黄钟山／台中报导〕日商三井加码投资台中，交通部长林佳龙受邀出席签约仪式，并在脸书贴文表示，以「媒人」身分见证签约。']);
    expect(engine.answer('林佳龙是在哪里发文说自己当媒人的').answer ?? '').not.toBe('台中');
  });
});

describe('a place inside a place', () => {
  it('should answer with the place named inside the one before 的 (东区的台糖湖滨生态园区)', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井第二个投资据点选在哪').answer).toBe('台糖湖滨生态园区');
    // …though its holder stands as near the verb asked (推荐东区的…).
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井要第二个投资据点时，林佳龙推荐的是哪里？').answer).toBe('台糖湖滨生态园区');
  });

  it('should not answer with a piece cut from inside a place named whole (糖湖滨 of 台糖湖滨生态园区)', () => {
    const answer = fixtureApp('003_taichung-mitsui.txt').engine.answer('三井在台中的第二個投資據點選在哪').answer;
    expect(['東區', '台糖湖濱生態園區']).toContain(answer);
  });
});

describe('a place name jieba cuts into nouns', () => {
  it('should answer with the whole name up to the word that ends it as a place (湖滨|生态|园区)', () => {
    const engine = engineOn('三井', ['未来三井将在台糖湖滨生态园区打造以亲子为主题的购物商场LaLaport。']);
    expect(engine.answer('LaLaport要盖在哪个园区').answer).toBe('湖滨生态园区');
  });
});

describe('a place whose first character jieba cut off', () => {
  it('should answer 台中港, not 中港 (台|中港)', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井Outlet Park在哪').answer).toBe('台中港');
  });
});

describe('a place cut inside a name the question gives', () => {
  it('should give the whole place, not the piece after the question’s name', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井Outlet Park喺台中邊度').answer).toBe('台中港');
    // 在杭州 of the question is no name the answer starts inside.
    expect(seedApp().engine.answer('座谈会在杭州哪个园区召开的').answer).toContain('运河网谷');
  });

  it('should give the whole place where the question’s verb runs into its name (落脚|台中)', () => {
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('三井Outlet Park落腳台中哪裡').answer).toBe('台中港');
  });
});

describe('a place inside the name of a branch', () => {
  it('should not say where the body asked about is from the place its branch is named after', () => {
    expect(seedApp().engine.answer('招商蛇口产业园区总部设在哪').answer).toBeNull(); // 招商蛇口产业园区杭州公司
  });
});

describe('a district asked', () => {
  it('should not give a place of another kind (香港) for 哪个区', () => {
    expect(fixtureApp('004_hk-investhk.txt').engine.answer('那30间企业具体落户北都哪个区').answer).toBeNull();
    expect(seedApp().engine.answer('座谈会在杭州哪个区开的').answer).toBe('拱墅区');
  });

  it('should not give a town (小镇) for 哪个街道, though it gives it for 哪个小镇', () => {
    const e = engineOn('园区', ['新园区地处某某科技小镇内，以数字科技为主导产业。']);
    expect(e.answer('新园区在哪个街道').answer).toBeNull();
    expect(e.answer('新园区在哪个小镇').answer).toBe('某某科技小镇');
  });
});

describe('a place that holds the one named after it', () => {
  const e = engineOn('投资', ['副市长李青表示，长河集团第二个项目选址时，他推荐了北区的滨江湿地公园。']);

  it('should answer with the place inside, not the area that holds it', () => {
    expect(e.answer('长河集团第二个项目选在哪').answer).toBe('滨江湿地公园');
    expect(e.answer('长河集团第二个项目选在哪个公园').answer).toContain('滨江湿地公园');
    // The area is named elsewhere in the article too, which makes it the likelier answer by retrieval alone.
    expect(fixtureApp('003_taichung-mitsui.txt').engine.answer('林佳龙给三井的第二个投资据点推荐了哪里').answer).toBe('台糖湖滨生态园区');
  });

  it('should answer with the area when the question names the place inside, or asks for a place of its kind', () => {
    expect(e.answer('滨江湿地公园在哪个区').answer).toBe('北区');
    const port = engineOn('渔港', ['青石渔港位于东海县石湾镇的观光渔港，去年接待游客十万人次。']);
    expect(port.answer('青石渔港在哪里').answer).toBe('东海县石湾镇');
  });
});
