import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** Runs the CLI as `npm run` does, with no BOT_TOKEN unless given. */
function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(join(tmpdir(), 'home-')), ...options.env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ask --json', () => {
  it('should print exactly one JSON object per input line, in order, whatever the line', () => {
    const lines = ['张驰挺是谁？', '', '運河網谷簽約了多少客戶？', '😀😀', 'x'.repeat(10_000), 'a\u0000b\u202Ec', '\uD800孤', '<b>&amp;</b>', '(a+)+$'];
    const { code, stdout, stderr } = cli(['ask', '--json'], { input: `${lines.join('\n')}\n` });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    parsed.forEach((p, i) => {
      expect(p.question).toBe(Buffer.from(lines[i] ?? '').toString()); // a lone surrogate cannot cross UTF-8: it arrives as U+FFFD
      for (const key of ['intent', 'answer', 'evidence', 'score']) expect(p).toHaveProperty(key);
    });
    expect(parsed[0]).toMatchObject({ intent: 'who', answer: '杭州大运河数智未来城管委会副主任' });
    expect(parsed[1]).toMatchObject({ answer: null, evidence: null });
    expect(parsed[2]).toMatchObject({ answer: '147家' });
  });

  it('should end lines at \\n only: a CRLF ends one line, a lone CR does not', () => {
    const { stdout } = cli(['ask', '--json'], { input: '记者是谁？\r\na\rb\n最后一行没有换行' });
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { question: string; answer: string | null });
    expect(out.map((o) => o.question)).toEqual(['记者是谁？', 'a\rb', '最后一行没有换行']);
    expect(out[0]?.answer).toBe('郭扬');
  });
});

describe('ask "问题"', () => {
  it('should print the answer and its sentence', () => {
    const { code, stdout } = cli(['ask', '记者是谁？']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('郭扬');
    expect(stdout).toContain('人民网杭州10月18日电');
  });

  it('should explain its usage when given no question', () => {
    const { code, stderr } = cli(['ask']);
    expect(code).toBe(64);
    expect(stderr).toContain('usage: npm run ask');
  });
});

describe('console', () => {
  it('should answer, show intents on :verbose, help on :help, and quit on :quit', () => {
    const { code, stdout } = cli(['console'], { input: ':help\n运河网谷什么时候开园？\n:verbose\n座谈会在哪里召开？\n:bogus\n:quit\n' });
    expect(code).toBe(0);
    expect(stdout).toContain(':reload');
    expect(stdout).toContain('2022年6月');
    expect(stdout).toMatch(/intent: where · kind: place · score: \d\.\d{3}/u);
    expect(stdout).toContain('未知命令 :bogus');
  });

  it('should reload intents on :reload', () => {
    const { stdout } = cli(['console'], { input: ':reload\n:quit\n' });
    expect(stdout).toContain('已加载 10 个意图');
  });

  it('npm start without BOT_TOKEN should open the console and say in one line how to connect Telegram', () => {
    const { code, stdout, stderr } = cli([], { input: '记者是谁？\n' });
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('BOT_TOKEN');
    expect(stdout).toContain('郭扬');
  });
});

describe('bad configuration', () => {
  it('should name a malformed BOT_TOKEN without echoing it', () => {
    const { code, stderr } = cli([], { env: { BOT_TOKEN: 'not-a-token-secret' } });
    expect(code).toBe(1);
    expect(stderr).toContain('BOT_TOKEN');
    expect(stderr).not.toContain('not-a-token-secret');
  });

  it('should name a missing seeds folder', () => {
    const { code, stderr } = cli(['ask', 'x'], { env: { SEEDS_DIR: '/nonexistent/seeds' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('/nonexistent/seeds: cannot read the seeds folder (ENOENT)');
  });

  it('should name an empty article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    const { code, stderr } = cli(['ask', 'x'], { env: { SEEDS_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${join(dir, 'empty.txt')}: has no article text`);
  });

  it('should name an unreadable intents folder', () => {
    const { code, stderr } = cli(['ask', 'x'], { env: { INTENTS_DIR: '/nonexistent/intents' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('/nonexistent/intents: cannot read the intents folder (ENOENT)');
  });
});
