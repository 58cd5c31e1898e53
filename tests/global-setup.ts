import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not helpers.ts's ROOT: importing it would load the whole engine into vitest's main process.
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Makes the derived caches once, before the test files start: on a fresh clone (CI) every forked test file
 * would otherwise derive them at the same moment, each spending seconds of the two cores on the same files.
 * A child process, as the build does it: vitest's module runner lacks import.meta.resolve, which cedict.ts uses.
 *
 * Points TMPDIR at one folder for the run and removes it at the end: the test files (forked after this runs,
 * so they inherit the variable) and the programs they start make temporary folders of articles and intents,
 * which would otherwise pile up in the machine's /tmp, run after run.
 */
export default function setup(): () => void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/build-cache.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cannot build the derived caches: ${run.stderr}`);
  const scratch = mkdtempSync(join(tmpdir(), 'article-qa-tests-'));
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
