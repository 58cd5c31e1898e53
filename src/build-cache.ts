import { performance } from 'node:perf_hooks';
import { readConfig } from './config.js';
import { useCacheDir } from './text/dictionary.js';
import { buildCaches } from './text/segment.js';

/**
 * `node dist/build-cache.js`, run by `npm run build` and `prestart`: makes
 * the files derived from jieba's dictionary and CC-CEDICT in CACHE_DIR, so
 * that the program's first start (a fresh container's) does not pay for them.
 */
try {
  const config = readConfig();
  useCacheDir(config.cacheDir);
  const start = performance.now();
  const files = buildCaches();
  process.stderr.write(`Derived caches ready in ${config.cacheDir} (${files.length} files, ${(performance.now() - start).toFixed(0)} ms)\n`);
} catch (error) {
  // One line, as the program's other failures end: a ConfigError names its variable; an unwritable folder its path.
  process.stderr.write(`Cannot build the derived caches: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
