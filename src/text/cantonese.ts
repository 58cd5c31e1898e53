import { readData } from '../data.js';

interface Cantonese {
  markers: string[];
  /** [Cantonese, written Chinese], longest first. */
  words: [string, string][];
}

let table: Cantonese | null = null;

function load(): Cantonese {
  if (table) return table;
  const raw = readData('cantonese.yaml') as { markers?: unknown; words?: unknown } | null;
  if (!Array.isArray(raw?.markers) || typeof raw.words !== 'object' || raw.words === null) {
    throw new Error('data/cantonese.yaml: expected markers (a list) and words (Cantonese: written Chinese)');
  }
  const words = Object.entries(raw.words as Record<string, unknown>).map(([from, to]): [string, string] => [from, String(to)]);
  table = { markers: raw.markers.map(String), words: words.sort((a, b) => b[0].length - a[0].length) };
  return table;
}

/**
 * A question in colloquial Cantonese, in the written Chinese the articles
 * use (data/cantonese.yaml); any other question as it is.
 *
 * @example
 * fromCantonese('投资推广署署长系边个') // '投资推广署署长是谁'
 * fromCantonese('拱墅区系什么区')      // unchanged: no Cantonese marker
 */
export function fromCantonese(question: string): string {
  const { markers, words } = load();
  if (!markers.some((m) => question.includes(m))) return question;
  let out = '';
  for (let at = 0; at < question.length; ) {
    const hit = words.find(([from]) => question.startsWith(from, at));
    if (hit) {
      out += hit[1];
      at += hit[0].length;
    } else {
      out += question[at];
      at++;
    }
  }
  return out;
}
