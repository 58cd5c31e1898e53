import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs } from '../../src/eval/cli.js';
import { DEFAULT_DATASET } from '../../src/eval/dataset.js';
import { ROOT } from '../helpers.js';

describe('eval options', () => {
  it('should default to the shipped DRCD dev set, article scope and ten misses', () => {
    expect(parseEvalArgs([])).toMatchObject({ file: DEFAULT_DATASET, scope: 'article', worst: 10, json: false, withoutAnswers: false, seeds: [] });
  });

  it('should read every option', () => {
    const o = parseEvalArgs(['datasets/cmrc2018-trial.json', '--scope', 'corpus', '--worst', '0', '--json', '--without-answers', '--predictions', 'out.json', '--seeds', 'a', '--seeds', 'b']);
    expect(o).toMatchObject({ file: 'datasets/cmrc2018-trial.json', scope: 'corpus', worst: 0, json: true, withoutAnswers: true, predictions: 'out.json', seeds: ['a', 'b'] });
  });

  it('should take --fit-confidence with exactly two files', () => {
    expect(parseEvalArgs(['--fit-confidence', 'datasets/drcd-dev.json', 'datasets/cmrc2018-trial.json']).fitConfidence).toEqual([
      'datasets/drcd-dev.json',
      'datasets/cmrc2018-trial.json',
    ]);
    expect(() => parseEvalArgs(['--fit-confidence', 'datasets/drcd-dev.json'])).toThrow(/takes two files/u);
  });

  it('should refuse two files', () => {
    expect(() => parseEvalArgs(['datasets/drcd-dev.json', 'datasets/cmrc2018-trial.json'])).toThrow(/eval takes one file, not 2/u);
  });
});

describe('npm run eval', () => {
  it('should score a SQuAD-format set and print its table (a process)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'tiny.json');
    const context = '2019年，张三在杭州创办了一家公司，员工有120人。';
    writeFileSync(
      file,
      JSON.stringify({
        data: [{ title: '张三', paragraphs: [{ context, qas: [{ id: 'q1', question: '张三的公司有多少员工？', answers: [{ text: '120人' }] }] }] }],
      }),
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'eval', file, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { file: string; summary: { type: string; count: number }[] };
    expect(out.file).toBe(file);
    expect(out.summary.find((s) => s.type === 'all')?.count).toBe(1);
  });
});
