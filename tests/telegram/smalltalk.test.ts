import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntentFileError } from '../../src/errors.js';
import { loadSmalltalk, parseSmalltalk } from '../../src/smalltalk/load.js';
import { matchSmalltalk } from '../../src/smalltalk/match.js';
import { smalltalkReply } from '../../src/console/repl.js';

const valid = `name: hi
patterns:
  - 你好
reply:
  zh-Hans: 你好！
  zh-Hant: 你好！
  en: Hello!
`;

function problem(text: string): IntentFileError {
  try {
    parseSmalltalk(text, 'x.yaml');
  } catch (err) {
    if (err instanceof IntentFileError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('small talk files', () => {
  it('should load the shipped files without errors', () => {
    const { intents, errors } = loadSmalltalk();
    expect(errors).toEqual([]);
    expect(intents.map((i) => i.name)).toEqual(expect.arrayContaining(['greeting', 'thanks', 'identity', 'abilities', 'acknowledgement']));
  });

  it('should name the file, line and field of a problem', () => {
    expect(problem(valid.replace('  en: Hello!\n', ''))).toMatchObject({ file: 'x.yaml', line: 5, field: 'reply.en' });
    expect(problem(valid.replace('  - 你好', '  - (a+)+'))).toMatchObject({ line: 3, field: 'patterns[0]' });
    expect(problem(valid.replace('  - 你好', '  - "("'))).toMatchObject({ line: 3, field: 'patterns[0]' });
    expect(problem(`${valid}groups: never\n`)).toMatchObject({ line: 8, field: 'groups' });
    expect(problem(`${valid}colour: red\n`)).toMatchObject({ line: 8, field: 'colour' });
    expect(problem(valid.replace('  zh-Hant: 你好！\n', '  zh-Hant: 你好！\n  fr: Salut\n'))).toMatchObject({ line: 7, field: 'reply.fr' });
  });

  it('should skip an invalid file and keep the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smalltalk-'));
    writeFileSync(join(dir, 'a.yaml'), valid);
    writeFileSync(join(dir, 'b.yaml'), 'patterns: [\n');
    const { intents, errors } = loadSmalltalk(dir);
    expect(intents.map((i) => i.name)).toEqual(['hi']);
    expect(errors[0]?.message).toContain('b.yaml');
  });

  it('should match a whole message only, whatever its punctuation or script', () => {
    const intents = [parseSmalltalk(valid, 'x.yaml')];
    expect(matchSmalltalk('你好！！', intents, 'en')?.reply).toBe('Hello!');
    expect(matchSmalltalk('你好，张驰挺是谁？', intents, 'en')).toBeNull();
  });

  it('the console should reply to small talk in the language and script it was said in, and leave questions to the engine', () => {
    const { intents } = loadSmalltalk();
    expect(smalltalkReply('谢谢！', intents)).toContain('不客气');
    expect(smalltalkReply('謝謝', intents)).toContain('不客氣');
    expect(smalltalkReply('thanks', intents)).toContain('welcome');
    expect(smalltalkReply('记者是谁？', intents)).toBeNull();
  });
});
