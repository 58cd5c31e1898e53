import { readData } from '../data.js';

/** Words a question may use for what the article says with another word (举行 for 召开): data/synonyms.yaml. */
const GROUPS: readonly (readonly string[])[] = readGroups();

function readGroups(): string[][] {
  const raw = readData('synonyms.yaml') as { groups?: unknown } | null;
  if (!Array.isArray(raw?.groups)) throw new Error('data/synonyms.yaml: expected groups, a list of lists of words');
  return raw.groups.map((g: unknown) => (Array.isArray(g) ? g.map(String) : []));
}

const BY_WORD = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) BY_WORD.set(word, group.filter((w) => w !== word));

/** The other words that stand for `word`; empty when it has none. */
export function synonymsOf(word: string): readonly string[] {
  return BY_WORD.get(word) ?? [];
}

const VARIANTS = new Map<string, readonly string[]>();

/**
 * A compound with one of its parts said another way: 上市公司 → 上市企业,
 * 签约客户 → 签约企业客户. Empty when no part has a synonym.
 */
export function variantsOf(word: string): readonly string[] {
  const known = VARIANTS.get(word);
  if (known) return known;
  const found: string[] = [];
  for (const [part, others] of BY_WORD) {
    if (part.length < 2 || part.length >= word.length || !word.includes(part)) continue;
    for (const other of others) found.push(word.replace(part, other));
  }
  VARIANTS.set(word, found);
  return found;
}
