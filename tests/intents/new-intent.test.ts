import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApp, reloadIntents } from '../../src/app.js';
import { ROOT } from '../helpers.js';

const WHY = `# Reasons: 为什么…
name: why
description: 问原因
answer: phrase
patterns:
  - 为什么|为何|什么原因|原因是什么
extract:
  - (?:因为|由于|为了)(?<answer>[^，,。；;]+)
  - 作为(?<answer>[^，,。；;]+)
examples:
  - question: 拱墅区为什么被誉为“杭州之心”？
    answer: 杭州核心城区
`;

describe('adding an intent file', () => {
  it('should change what the bot answers, with no code change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(`${ROOT}intents`, dir, { recursive: true });
    rmSync(join(dir, 'why.yaml')); // the shipped why intent is the one this test adds
    const before = loadApp({ seedsDir: `${ROOT}seeds`, intentsDir: dir });
    const question = '拱墅区为什么被誉为“杭州之心”？';
    expect(before.engine.answer(question).intent).toBeNull();

    writeFileSync(join(dir, 'why.yaml'), WHY);
    const after = reloadIntents(before, dir);
    expect(after.engine.answer(question)).toMatchObject({ intent: 'why', answer: '杭州核心城区' });
    expect(after.engine.answer('生物医药产业为什么重要？').answer).toBe('杭州着力打造的战略性新兴产业');
  });

  it('should keep the last good set when an edit fails validation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(`${ROOT}intents`, dir, { recursive: true });
    const app = loadApp({ seedsDir: `${ROOT}seeds`, intentsDir: dir });
    writeFileSync(join(dir, 'who.yaml'), 'name: who\nanswer: nobody\npatterns: [谁]\n');
    const after = reloadIntents(app, dir);
    expect(after.intentErrors[0]?.message).toMatch(/who\.yaml:2: answer/u);
    expect(after.engine.answer('张驰挺是谁？')).toMatchObject({ intent: 'who', answer: '杭州大运河数智未来城管委会副主任' });
  });
});
