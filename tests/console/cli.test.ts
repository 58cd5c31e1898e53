import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { ROOT } from '../helpers.js';

/**
 * Runs the CLI as `npm run` does, in a process of its own, with no BOT_TOKEN unless given. Slow (a second
 * or two each): one test per command that needs a real process (stdin, exit code, the entry point).
 */
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

/** Runs the CLI in this process: the same code as `src/main.ts` runs, with its own streams and environment. */
async function inProcess(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const sink = () => {
    const stream = Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          stream.text += chunk.toString();
          done();
        },
      }),
      { text: '' },
    );
    return stream;
  };
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(args, {
    stdin: Readable.from([Buffer.from(options.input ?? '')]),
    stdout,
    stderr,
    env: { SEEDS_DIR: `${ROOT}seeds`, INTENTS_DIR: `${ROOT}intents`, ...options.env },
    historyFile: null,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('ask --json', () => {
  it('should print exactly one JSON object per input line, in order, whatever the line (a process)', () => {
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

  it('should end lines at \\n only: a CRLF ends one line, a lone CR does not', async () => {
    const { stdout } = await inProcess(['ask', '--json'], { input: '记者是谁？\r\na\rb\n最后一行没有换行' });
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { question: string; answer: string | null });
    expect(out.map((o) => o.question)).toEqual(['记者是谁？', 'a\rb', '最后一行没有换行']);
    expect(out[0]?.answer).toBe('郭扬');
  });
});

describe('ask "问题"', () => {
  it('should print the answer and its sentence', async () => {
    const { code, stdout } = await inProcess(['ask', '记者是谁？']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('郭扬');
    expect(stdout).toContain('人民网杭州10月18日电');
  });

  it('should explain its usage when given no question', async () => {
    const { code, stderr } = await inProcess(['ask']);
    expect(code).toBe(64);
    expect(stderr).toContain('usage: npm run ask');
  });

  it('should refuse a question with --json, which reads stdin', async () => {
    const { code, stderr } = await inProcess(['ask', '--json', '记者是谁？']);
    expect(code).toBe(64);
    expect(stderr).toMatch(/^--json reads the questions from stdin/u);
  });
});

describe('console', () => {
  it('should answer, show intents on :verbose, help on :help, and quit on :quit (a process)', () => {
    const { code, stdout } = cli(['console'], { input: ':help\n运河网谷什么时候开园？\n:verbose\n座谈会在哪里召开？\n:bogus\n:quit\n' });
    expect(code).toBe(0);
    expect(stdout).toContain(':reload');
    expect(stdout).toContain('2022年6月');
    expect(stdout).toMatch(/intent: where · kind: place · score: \d\.\d{3}/u);
    expect(stdout).toContain('未知命令 :bogus');
  });

  it('should reload intents on :reload', async () => {
    const { stdout } = await inProcess(['console'], { input: ':reload\n:quit\n' });
    expect(stdout).toContain('已加载 14 个意图');
  });

  it('npm start without BOT_TOKEN should open the console and say in one line how to connect Telegram (a process)', () => {
    const { code, stdout, stderr } = cli([], { input: '记者是谁？\n' });
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('BOT_TOKEN');
    expect(stdout).toContain('郭扬');
  });
});

describe('the command line', () => {
  it.each([[[]], [['start']], [['console']], [['ask']], [['eval']], [['bench']], [['intents']]])('%j --help should print its usage and exit 0', async (args) => {
    const { code, stdout, stderr } = await inProcess([...args, '--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: /u);
  });

  it('should name an unknown command and list the commands', async () => {
    const { code, stderr } = await inProcess(['frobnicate']);
    expect(code).toBe(64);
    expect(stderr).toMatch(/^unknown command "frobnicate"\nusage: /u);
    expect(stderr).toContain('intents check|test');
  });

  it('should name an unknown option', async () => {
    const { code, stderr } = await inProcess(['ask', '--jsn']);
    expect(code).toBe(64);
    expect(stderr).toMatch(/^Unknown option '--jsn'/u);
  });

  it('eval --worst x should say what is wrong', async () => {
    const { code, stderr } = await inProcess(['eval', '--worst', 'x']);
    expect(code).toBe(64);
    expect(stderr.split('\n')[0]).toBe('--worst takes a whole number, not "x"');
  });

  it.each([['-1'], ['2.5'], ['']])('eval --worst %j should be refused', async (value) => {
    expect((await inProcess(['eval', '--worst', value])).code).toBe(64);
  });

  it('eval --scope should take article or corpus only', async () => {
    const { code, stderr } = await inProcess(['eval', '--scope', 'world']);
    expect(code).toBe(64);
    expect(stderr.split('\n')[0]).toBe('--scope takes article or corpus, not "world"');
  });

  it.each([['eval'], ['bench']])('%s should say in one line where the data sets are when its file is missing', async (command) => {
    const { code, stderr } = await inProcess([command, 'no-such-set.json']);
    expect(code).toBe(64);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^no-such-set\.json: no such file\. .*datasets\/README\.md/u);
  });
});

describe('bad configuration', () => {
  it('should name a malformed BOT_TOKEN without echoing it', async () => {
    const { code, stderr } = await inProcess([], { env: { BOT_TOKEN: 'not-a-token-secret' } });
    expect(code).toBe(1);
    expect(stderr).toContain('BOT_TOKEN');
    expect(stderr).not.toContain('not-a-token-secret');
  });

  it('should name a missing seeds folder', async () => {
    const { code, stderr } = await inProcess(['ask', 'x'], { env: { SEEDS_DIR: '/nonexistent/seeds' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('/nonexistent/seeds: cannot read the seeds folder (ENOENT)');
  });

  it('should name an empty article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    const { code, stderr } = await inProcess(['ask', 'x'], { env: { SEEDS_DIR: dir } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${join(dir, 'empty.txt')}: has no article text`);
  });

  it('should name an unreadable intents folder', async () => {
    const { code, stderr } = await inProcess(['ask', 'x'], { env: { INTENTS_DIR: '/nonexistent/intents' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('/nonexistent/intents: cannot read the intents folder (ENOENT)');
  });
});
