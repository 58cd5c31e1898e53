import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';

/** The path of jieba's full dictionary (nodejieba exports it; its typings omit it). */
export function jiebaDictionary(): string {
  return (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT;
}

/**
 * The path of a file derived from a slow source (jieba's dictionary), made
 * once in the temporary folder and reused by later starts. `name` must change
 * when the source does (callers put the source's size in it).
 */
export function cachedFile(name: string, build: () => string): string {
  const target = join(tmpdir(), name);
  if (existsSync(target)) return target;
  const partial = `${target}.${process.pid}`;
  writeFileSync(partial, build());
  renameSync(partial, target); // atomic: a concurrent start never reads half a file
  return target;
}
