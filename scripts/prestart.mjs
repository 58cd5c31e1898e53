// `npm start`'s prestart: compiles src/ when dist/ is missing or older than the sources, then makes sure the
// derived caches exist, so that `npm ci && npm start` stays a two-command set-up. Plain JavaScript: it runs
// before anything is compiled. `npm start` itself then runs `node dist/main.js`, so signals reach the program.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'main.js');

/** The newest modification time among the files that go into dist/. */
function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const info = statSync(path);
    if (info.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, info.mtimeMs);
  };
  for (const name of ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) {
    // A production image may ship dist/ without src/: then dist/ is what there is.
    if (existsSync(join(root, name))) visit(join(root, name));
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
  process.stderr.write(existsSync(built) ? 'Sources changed since the last build: building.\n' : 'No build yet: building.\n');
  run('npm', ['run', '--silent', 'build']);
} else {
  // Cheap when the caches are there (a few milliseconds); rebuilds them if CACHE_DIR is new or was emptied.
  run(process.execPath, [join(root, 'dist', 'build-cache.js')]);
}
