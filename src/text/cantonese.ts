import { readData } from '../data.js';
import { segment } from './segment.js';

interface Cantonese {
  markers: string[];
  /** [Cantonese, written Chinese], longest first. */
  words: [string, string][];
  /** What a word is before a noun (边个节目 → 哪个节目), where that differs. */
  beforeNoun: Map<string, string>;
  /** Written words that hold a Cantonese word and keep it (关系 holds 系). */
  exceptIn: Map<string, string[]>;
}

let table: Cantonese | null = null;

function load(): Cantonese {
  if (table) return table;
  const raw = readData('cantonese.yaml') as { markers?: unknown; words?: unknown; before_noun?: unknown; except_in?: unknown } | null;
  if (!Array.isArray(raw?.markers) || typeof raw.words !== 'object' || raw.words === null) {
    throw new Error('data/cantonese.yaml: expected markers (a list) and words (Cantonese: written Chinese)');
  }
  const words = Object.entries(raw.words as Record<string, unknown>).map(([from, to]): [string, string] => [from, String(to)]);
  const beforeNoun = new Map(Object.entries((raw.before_noun ?? {}) as Record<string, unknown>).map(([from, to]): [string, string] => [from, String(to)]));
  const exceptIn = new Map(
    Object.entries((raw.except_in ?? {}) as Record<string, unknown>).map(([from, list]): [string, string[]] => [from, Array.isArray(list) ? list.map(String) : []]),
  );
  table = { markers: raw.markers.map(String), words: words.sort((a, b) => b[0].length - a[0].length), beforeNoun, exceptIn };
  return table;
}

/** Whether `from` at `at` is part of a written word that keeps it (系 of 关系). */
function keptAt(question: string, from: string, at: number): boolean {
  return (load().exceptIn.get(from) ?? []).some((word) => {
    const within = word.indexOf(from);
    return within >= 0 && at - within >= 0 && question.startsWith(word, at - within);
  });
}

/**
 * 系 right after a person's name is the copula 是, in Cantonese (係) and in formal written Chinese
 * alike, with or without any other Cantonese word: 「李华系市长？」 asks whether 李华是市长.
 *
 * @example
 * copulaAfterNames('李华系市长？', new Set(['李华'])) // '李华是市长？'
 * copulaAfterNames('李华系列讲座', new Set(['李华'])) // unchanged: 系列 keeps 系
 */
export function copulaAfterNames(question: string, people: ReadonlySet<string>): string {
  if (!question.includes('系')) return question;
  return question.replace(/系/gu, (copula, at: number) =>
    [2, 3, 4].some((n) => at >= n && people.has(question.slice(at - n, at))) && !keptAt(question, copula, at) ? '是' : copula,
  );
}

/**
 * A question in colloquial Cantonese, in the written Chinese the articles
 * use (data/cantonese.yaml); any other question as it is.
 *
 * @example
 * fromCantonese('投资推广署署长系边个') // '投资推广署署长是谁'
 * fromCantonese('刘凯旋系喺边个节目讲嘅')   // '刘凯旋是在哪个节目讲的'
 * fromCantonese('佢哋系咩关系')            // '他们是什么关系'
 * fromCantonese('拱墅区系什么区')      // unchanged: no Cantonese marker
 */
export function fromCantonese(question: string): string {
  const { markers, words, beforeNoun } = load();
  if (!markers.some((m) => question.includes(m))) return question;
  let out = '';
  for (let at = 0; at < question.length; ) {
    const hit = words.find(([from]) => question.startsWith(from, at) && !keptAt(question, from, at));
    if (hit) {
      const next = segment(question.slice(at + hit[0].length))[0];
      const asNoun = beforeNoun.get(hit[0]);
      // A noun, not a name (边个|上台 is who went on stage: jieba tags 上台 a place); 节 of 边个节 it tags a time.
      // Nor a Cantonese verb jieba tags a noun: 边个|话 is who said.
      const noun = next && !words.some(([from]) => from === next.word) && ((/^n/u.test(next.tag) && !/^n[rs]/u.test(next.tag)) || (next.tag === 't' && next.word.length === 1));
      out += asNoun && noun ? asNoun : hit[1];
      at += hit[0].length;
    } else {
      out += question[at];
      at++;
    }
  }
  return out;
}
