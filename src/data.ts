import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * The project's `data/` folder: found by walking up from this module, so it
 * is the same whether the program runs from `src/` (tsx) or a compiled `dist/`.
 */
function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the data/ folder above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/**
 * Reads one YAML file of `data/`, once per process; throws naming the file
 * when it is missing or not valid YAML.
 *
 * @example
 * const measures = readData('measures.yaml') as Measure[];
 */
export function readData(name: string): unknown {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const path = join(dataDir(), name);
  let value: unknown;
  try {
    value = parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new Error(`${path}: cannot be read as YAML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { cause: err });
  }
  cache.set(name, value);
  return value;
}

const cache = new Map<string, unknown>();

/**
 * A list of words under `key` in a file of `data/`; throws naming the file
 * and the key when it is not one.
 *
 * @example
 * const posts = readWords('people.yaml', 'posts'); // ['主任委员', '董事长', …]
 */
export function readWords(name: string, key: string): string[] {
  const raw = readData(name) as Record<string, unknown> | null;
  const list = raw?.[key];
  if (!Array.isArray(list)) throw new Error(`data/${name}: expected ${key}, a list of words`);
  return list.map(String);
}
