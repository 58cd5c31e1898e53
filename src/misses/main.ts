import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { loadIntents } from '../intents/load.js';
import { useCacheDir } from '../text/dictionary.js';
import { loadSegmenter } from '../text/segment.js';
import { formatMisses, groupMisses, parseSince } from './report.js';
import { openMisses } from './store.js';

const USAGE = 'usage: npm run misses [-- --since 7d] [--json]   (since: a number and m, h, d or w)';

/**
 * `npm run misses`: what readers asked that the bot could not answer (or got
 * a 👎), grouped by wording, most frequent first, with the intent file to
 * extend. Reads MISSES_DB; `--json` prints one JSON object (see docs/telegram.md).
 */
export function runMisses(argv: readonly string[], out: NodeJS.WritableStream = process.stdout): number {
  const config = readConfig();
  const json = argv.includes('--json');
  const at = argv.indexOf('--since');
  const sinceText = at >= 0 ? argv[at + 1] : undefined;
  const window = sinceText === undefined ? null : parseSince(sinceText);
  if ((at >= 0 && window === null) || argv.some((a) => a.startsWith('--') && a !== '--json' && a !== '--since')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const db = config.missesDb;
  if (!db) throw new ConfigError('RECORD_QUESTIONS', 'RECORD_QUESTIONS is off: there is no record of questions to read');
  if (!existsSync(db)) throw new ConfigError('MISSES_DB', `MISSES_DB: no record at ${db} yet (the bot writes it as people ask)`);
  useCacheDir(config.cacheDir);
  loadSegmenter();
  const store = openMisses(db, config.missesSalt);
  const since = window === null ? 0 : Date.now() - window;
  const rows = store.since(since);
  store.close();
  const intents = loadIntents(config.intentsDir).intents.map((i) => ({ ...i, file: relative(process.cwd(), i.file) || i.file }));
  const groups = groupMisses(rows, intents);
  if (json) {
    out.write(`${JSON.stringify({ since: window === null ? null : new Date(since).toISOString(), recorded: rows.length, groups })}\n`);
  } else out.write(`${formatMisses(groups, rows.length)}\n`);
  return 0;
}

try {
  process.exitCode = runMisses(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
