import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('derived caches', () => {
  it('should be made in CACHE_DIR, not the temporary folder, and read from there by the next start', () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'cache-')), 'nested'); // made when missing
    const tmp = mkdtempSync(join(tmpdir(), 'tmp-'));
    const ask = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'ask', '记者是谁？'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: tmp, TMPDIR: tmp, CACHE_DIR: cacheDir },
        timeout: 60_000,
      });
    const first = ask();
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('郭扬');
    const files = readdirSync(cacheDir).sort();
    expect(files).toEqual([
      expect.stringMatching(/^article-qa-common-words-/u),
      expect.stringMatching(/^article-qa-jieba-\d/u),
      'article-qa-jieba-idf.utf8',
      expect.stringMatching(/^article-qa-name-characters-/u),
    ]);
    expect(readdirSync(tmp).filter((f) => f.startsWith('article-qa'))).toEqual([]);
    // A second start finds them and makes nothing new.
    const second = ask();
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(cacheDir).sort()).toEqual(files);
  }, 60_000);
});
