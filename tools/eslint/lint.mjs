// `npm run lint [-- paths…]`: installs this lint toolchain (once, and again when its lock changes), then runs
// ESLint with eslint.config.js over the project (default: all of it). Exit code: ESLint's.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const installed = `${here}node_modules/.package-lock.json`;
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(`${here}package-lock.json`).mtimeMs) {
  const npm = spawnSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', cwd: root });
  if (npm.status !== 0) process.exit(npm.status ?? 1);
}
const args = process.argv.slice(2);
const eslint = spawnSync(process.execPath, [`${here}node_modules/eslint/bin/eslint.js`, '--config', `${here}eslint.config.js`, ...(args.length > 0 ? args : ['.'])], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(eslint.status ?? 1);
