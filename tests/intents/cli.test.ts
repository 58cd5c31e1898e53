import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { runIntentsTool } from '../../src/intents/cli.js';
import { ROOT } from '../helpers.js';

function tool(args: string[], intentsDir = `${ROOT}intents`): { code: number; out: string } {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  const config = readConfig({ SEEDS_DIR: `${ROOT}seeds`, INTENTS_DIR: intentsDir });
  const code = runIntentsTool(args, config, sink);
  return { code, out };
}

describe('npm run intents', () => {
  it('check should pass the shipped intents', () => {
    const { code, out } = tool(['check']);
    expect(out).toContain('14 intents valid, 0 errors');
    expect(code).toBe(0);
  });

  it('test should pass every example of the shipped intents', () => {
    const { code, out } = tool(['test']);
    expect(out).toMatch(/^intent\s+examples\s+intent right\s+answer right/mu);
    expect(out).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('check should fail naming file, line and field, and warn on a contested example', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(`${ROOT}intents`, dir, { recursive: true });
    writeFileSync(join(dir, 'bad.yaml'), 'name: bad\nanswer: person\npatterns:\n  - (谁\n');
    writeFileSync(join(dir, 'dup.yaml'), 'name: dup\nanswer: person\npatterns:\n  - 嘉宾\nexamples:\n  - question: 张驰挺是谁？\n    answer: x\n');
    const { code, out } = tool(['check'], dir);
    expect(code).toBe(1);
    expect(out).toMatch(/error {3}.*bad\.yaml:4: patterns\[0\]: not a valid regular expression/u);
    expect(out).toMatch(/warning .*who\.yaml:\d+: example "张驰挺是谁？" is also an example of "dup"/u);
    expect(out).toMatch(/warning .*dup\.yaml:6: example "张驰挺是谁？" is matched by intent "who"/u);
  });

  it('test should fail and list a failing example', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(`${ROOT}intents`, dir, { recursive: true });
    writeFileSync(join(dir, 'zz.yaml'), 'name: zz\nanswer: number\npatterns:\n  - 几何\nexamples:\n  - question: 运河网谷几何？\n    answer: 999家\n');
    const { code, out } = tool(['test'], dir);
    expect(code).toBe(1);
    expect(out).toMatch(/FAIL .*zz\.yaml:6: "运河网谷几何？"/u);
  });

  it('should print its usage for an unknown command', () => {
    expect((tool(['frobnicate'])).code).toBe(64);
  });

  it('should print its usage on --help and exit 0, and name an unknown option', () => {
    expect(tool(['--help'])).toEqual({ code: 0, out: expect.stringMatching(/^usage: npm run intents -- check \| test\n/u) as unknown });
    const bad = tool(['check', '--strict']);
    expect(bad.code).toBe(64);
    expect(bad.out).toMatch(/^Unknown option '--strict'/u);
  });

  it('check should pass the shipped intents, run as npm does (a process)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'intents', 'check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toContain('14 intents valid, 0 errors');
    expect(run.status).toBe(0);
  });
});
