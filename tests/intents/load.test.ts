import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntentFileError } from '../../src/errors.js';
import { loadIntents, parseIntent } from '../../src/intents/load.js';
import { matchIntent } from '../../src/intents/match.js';
import { catastrophicFragment } from '../../src/intents/schema.js';
import { ROOT } from '../helpers.js';

const valid = `name: test
answer: person
patterns:
  - 谁
examples:
  - question: 谁来了？
    answer: 张三
`;

function problem(text: string): IntentFileError {
  try {
    parseIntent(text, 'x.yaml');
  } catch (err) {
    if (err instanceof IntentFileError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('parseIntent', () => {
  it('should compile a valid file', () => {
    const intent = parseIntent(valid, 'test.yaml');
    expect(intent).toMatchObject({ name: 'test', answer: 'person', priority: 0 });
    expect(intent.patterns[0]?.line).toBe(4);
    expect(intent.examples[0]).toMatchObject({ question: '谁来了？', answer: '张三', line: 6 });
  });

  it('should name the file, line and field of a bad answer kind', () => {
    const e = problem(valid.replace('answer: person', 'answer: human'));
    expect(e.message).toMatch(/^x\.yaml:2: answer: "human" is not an answer kind; use one of person, people, role/u);
  });

  it('should name the line of a pattern that does not compile', () => {
    const e = problem(valid.replace('  - 谁', '  - 谁(是'));
    expect([e.line, e.field]).toEqual([4, 'patterns[0]']);
    expect(e.problem).toContain('not a valid regular expression');
  });

  it('should refuse a pattern that can take exponential time', () => {
    const e = problem(valid.replace('  - 谁', '  - (a+)+b'));
    expect(e.field).toBe('patterns[0]');
    expect(e.problem).toContain('exponential');
  });

  it('should refuse unknown fields, missing patterns and examples without an answer', () => {
    expect(problem(`${valid}colour: red\n`).field).toBe('colour');
    expect(problem('name: t\nanswer: person\n').field).toBe('patterns');
    expect(problem(valid.replace('    answer: 张三\n', '')).field).toBe('examples[0].answer');
  });

  it('should read extract_only, and refuse it without extract patterns or as anything but true or false', () => {
    const only = `${valid.replace('examples:', 'extract:\n  - 因为(?<answer>.+)\nextract_only: true\nexamples:')}`;
    expect(parseIntent(only, 'x.yaml').extractOnly).toBe(true);
    expect(parseIntent(valid, 'x.yaml').extractOnly).toBe(false);
    expect(problem(valid.replace('examples:', 'extract_only: true\nexamples:')).problem).toContain('needs extract patterns');
    expect(problem(only.replace('extract_only: true', 'extract_only: yes please')).field).toBe('extract_only');
  });

  it('should report YAML syntax errors with their line', () => {
    const e = problem('name: t\nanswer: [person\npatterns:\n  - 谁\n');
    expect(e.field).toBe('(yaml)');
    expect(e.line).toBeGreaterThan(1);
  });
});

describe('loadIntents', () => {
  it('should load the shipped intents', () => {
    const { intents, errors } = loadIntents(`${ROOT}intents`);
    expect(errors).toEqual([]);
    expect(intents.map((i) => i.name).sort()).toEqual(['choice', 'how-much', 'level', 'person', 'purpose', 'report', 'standing', 'statement', 'what', 'when', 'where', 'who', 'why', 'yesno']);
  });

  it('should keep the valid files and report the invalid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(`${ROOT}intents`, dir, { recursive: true });
    writeFileSync(join(dir, 'broken.yaml'), 'name: broken\nanswer: person\npatterns: []\n');
    const { intents, errors } = loadIntents(dir);
    expect(intents).toHaveLength(14);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/broken\.yaml:3: patterns: is required/u);
  });

  it('should refuse a second intent with the same name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    writeFileSync(join(dir, 'a.yaml'), valid);
    writeFileSync(join(dir, 'b.yaml'), valid);
    const { intents, errors } = loadIntents(dir);
    expect(intents).toHaveLength(1);
    expect(errors[0]?.field).toBe('name');
  });
});

describe('matchIntent', () => {
  const { intents } = loadIntents(`${ROOT}intents`);

  it('should match each kind of question to its intent', () => {
    const cases: [string, string][] = [
      ['张驰挺是谁', 'who'],
      ['运河网谷签约了多少客户', 'how-much'],
      ['2022年杭州医药制造业总产值好多钱？', 'how-much'],
      ['运河网谷什么时候开园', 'when'],
      ['座谈会在哪里召开', 'where'],
      ['座谈会的主题是什么', 'what'],
      ['座谈会的目的是什么', 'purpose'],
      ['这些城堡有什么用途', 'purpose'],
      ['拱墅区在杭州算什么位置', 'standing'],
      ['骑士的地位为什么不及贵族', 'why'],
    ];
    for (const [q, name] of cases) expect(matchIntent(q, intents)?.intent.name).toBe(name);
  });

  it('should take 哪个 with a title or a calling only people have for a person, not the time or land of one', () => {
    expect(matchIntent('这座宫殿是哪个皇帝下令修建的', intents)?.intent.name).toBe('who');
    expect(matchIntent('哪一位诗人写了这首诗', intents)?.intent.name).toBe('who');
    expect(matchIntent('这座宫殿是哪个皇帝时期修建的', intents)?.intent.name).not.toBe('who');
  });

  it('should not read Cantonese 边几间 (which ones) as asking how many', () => {
    expect(matchIntent('想落户北都嘅企业系边几间公司', intents)?.intent.name).not.toBe('how-much');
    expect(matchIntent('想落户北都嘅企业有几间', intents)?.intent.name).toBe('how-much');
  });

  it('should read 身分 (Taiwan) as 身份 for a person, and 哪种身份 as a kind of thing', () => {
    expect(matchIntent('林佳龙是什么身分', intents)?.intent.name).toBe('person');
    expect(matchIntent('林佳龙的身分是什么', intents)?.intent.name).toBe('person');
    expect(matchIntent('人体炸弹想获得哪种身份', intents)?.intent.name).not.toBe('person');
  });

  it('should not take a thing or a person asked with 哪 for a place', () => {
    expect(matchIntent('满洲国是在哪一个事件之后成立的', intents)?.intent.name).not.toBe('where');
    expect(matchIntent('哪一个国王决定将宫廷迁出巴黎', intents)?.intent.name).not.toBe('where');
    expect(matchIntent('2004年的奥运会是在哪一个城市举行的', intents)?.intent.name).toBe('where');
    expect(matchIntent('他从哪国得到技术支援', intents)?.intent.name).toBe('where');
  });

  it('should read the ways encyclopaedia questions ask that no intent read before', () => {
    const cases: [string, string][] = [
      ['东晋的法显有何创举', 'what'],
      ['岳飞被以何罪名处死', 'what'],
      ['阿根廷国家足球队曾经连续三届遭哪队淘汰', 'what'],
      ['咸丰帝临终前任命八位赞襄政务王，人们将他们合称', 'what'],
      ['宾夕法尼亚州的官方植物园占地几英亩', 'how-much'],
      ['进入行星际空间的逃逸速度大约要多快', 'how-much'],
      ['史载重庆建城之始是从哪时开始', 'when'],
      ['机关手枪可不可以连发', 'yesno'],
      ['伪齐的军队能否夺回襄汉六郡', 'yesno'],
      ['刘凯旋说哪些地区来港企业逐步增加', 'what'],
      ['鞠振宇在演讲里讲了什么观点', 'statement'],
    ];
    for (const [q, name] of cases) expect(matchIntent(q, intents)?.intent.name, q).toBe(name);
  });

  it('should give the parts of the question that only say how it is asked', () => {
    const m = matchIntent('鞠振宇担任什么职务', intents);
    expect(m?.answer).toBe('role');
    expect(m?.groups.subject).toBe('鞠振宇');
    expect(m?.form).toEqual(['担任什么职务']);
  });

  it('should return null when nothing matches', () => {
    expect(matchIntent('你好', intents)).toBeNull();
  });
});

describe('catastrophicFragment', () => {
  it('should flag nested quantifiers and overlapping alternations only', () => {
    expect(catastrophicFragment('(a+)+')).not.toBeNull();
    expect(catastrophicFragment('(?:.*)*x')).not.toBeNull();
    expect(catastrophicFragment('(a|a)*')).not.toBeNull();
    expect(catastrophicFragment('(?<subject>.+?)是谁')).toBeNull();
    expect(catastrophicFragment('多少|几(?:个|家)')).toBeNull();
  });
});
