import { pinyin } from 'pinyin-pro';
import { readWords } from '../data.js';
import { segment } from '../text/segment.js';
import { variantsOf } from '../text/synonyms.js';

/** Characters of question words (谁, 什么, 哪, 几, 多少…): what a question asks is never read as a slip. */
const QUESTION_CHARS = /[谁什么哪几多少啥吗呢怎何]/u;

/** A name of the question read as another the articles hold. */
export interface Correction {
  /** As the question wrote it (张弛挺). */
  from: string;
  /** As the article writes it (张驰挺). */
  to: string;
  /** True when the question's word is no slip but a short form of the name (投推署 of 投资推广署). */
  short?: true;
}

/** The pinyin readings of a character, without tones (驰 → chi; 重 → zhong, chong). */
function readings(ch: string): string[] {
  return pinyin(ch, { toneType: 'none', type: 'array', multiple: true });
}

/** Whether two characters sound alike: a reading in common (池 and 驰, 蒋 and 姜). */
function soundsAlike(a: string, b: string): boolean {
  const ra = readings(a);
  return readings(b).some((r) => ra.includes(r));
}

/**
 * Reads a name (or a term of two words, 签约仪式) the question misspells as the one the articles hold: a
 * stretch of the question as long as a known name (three or four characters),
 * one character off and that character a homophone (张池挺 → 张驰挺, 蒋秀超 →
 * 姜秀超, 包小东 → 包晓东). A stretch the articles hold as it is, or one that
 * could be two known names, is left alone. Returns the question with the
 * names corrected, and the corrections.
 *
 * @example
 * correctNames('张池挺是做什么工作的', ['张驰挺'], text)
 * // { question: '张驰挺是做什么工作的', corrections: [{ from: '张池挺', to: '张驰挺' }] }
 */
export function correctNames(
  question: string,
  names: readonly string[] | NameIndex,
  text: string,
): { question: string; corrections: Correction[] } {
  const index = names instanceof NameIndex ? names : new NameIndex(names);
  const corrections: Correction[] = [];
  let corrected = question;
  // Positions found before a correction stay valid after it: a name replaces a stretch of its own length,
  // and every stretch is checked again against the question as corrected so far.
  for (const [n, positions] of index.near(question)) {
    const name = index.names[n] ?? '';
    if (corrected.includes(name)) continue;
    for (const at of positions) {
      const stretch = corrected.slice(at, at + name.length);
      const off = [...stretch].flatMap((ch, i) => (ch === name[i] ? [] : [i]));
      // A word said another way (身份见证 for 身分见证) is no slip.
      if (off.length !== 1 || text.includes(stretch) || variantsOf(name).includes(stretch)) continue;
      const i = off[0] ?? 0;
      // A question word is what the question asks, never a slip (推介时谁 is not 推介时说).
      if (!/\p{Script=Han}/u.test(stretch[i] ?? '') || QUESTION_CHARS.test(stretch[i] ?? '') || !soundsAlike(stretch[i] ?? '', name[i] ?? '')) continue;
      // 「松原是干嘛的」 is 松原 and 是, not a slip for 松原市: the rest of the name stands on its own in the text.
      if (name.length > 2 && (i === 0 || i === name.length - 1) && occurrences(text, i === 0 ? name.slice(1) : name.slice(0, -1)) > occurrences(text, name)) continue;
      if ([...index.near(stretch).keys()].filter((m) => index.names[m]?.length === stretch.length).length > 1) continue; // close to two of the articles' names: no telling which
      corrections.push({ from: stretch, to: name });
      corrected = corrected.slice(0, at) + name + corrected.slice(at + name.length);
      break;
    }
  }
  return { question: corrected, corrections };
}

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) n++;
  return n;
}

/**
 * The articles' names of three or four characters, found by every way of
 * leaving one character out (张?挺, ?驰挺…), so that the names one character off
 * a stretch of a question are looked up, not compared with each name in turn.
 * A person's name of two characters is found by its given name only (李? of 李岩):
 * its surname alone stands in too many words.
 */
export class NameIndex {
  readonly names: readonly string[];
  private readonly byMask = new Map<string, number[]>();

  constructor(names: readonly string[], people: ReadonlySet<string> = new Set()) {
    this.names = names;
    names.forEach((name, n) => {
      if (name.length === 2 && people.has(name)) {
        this.byMask.set(`${name[0]}\u0000`, [...(this.byMask.get(`${name[0]}\u0000`) ?? []), n]);
        return;
      }
      if (name.length < 3 || name.length > 4) return;
      for (let k = 0; k < name.length; k++) {
        const mask = `${name.slice(0, k)}\u0000${name.slice(k + 1)}`;
        const list = this.byMask.get(mask);
        if (list) list.push(n);
        else this.byMask.set(mask, [n]);
      }
    });
  }

  /** The names (by index, in the order given) within one character of a stretch of `text`, each with the stretches' positions. */
  near(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    for (const length of [2, 3, 4]) {
      for (let at = 0; at + length <= text.length; at++) {
        const stretch = text.slice(at, at + length);
        for (let k = 0; k < length; k++) {
          for (const n of this.byMask.get(`${stretch.slice(0, k)}\u0000${stretch.slice(k + 1)}`) ?? []) {
            const positions = found.get(n) ?? [];
            if (!positions.includes(at)) positions.push(at);
            found.set(n, positions);
          }
        }
      }
    }
    return new Map([...found].sort((a, b) => a[0] - b[0]));
  }
}

/** Short forms of an organisation's kind (大 of 大学): data/people.yaml `organization_short_kinds`, with the kinds they stand for. */
const SHORT_KINDS = readWords('people.yaml', 'organization_short_kinds').map((short) => ({
  short,
  kinds: readWords('people.yaml', 'organization_kinds').filter((k) => k.length > 1 && k.startsWith(short)),
}));

/**
 * The one organisation of `text` a two-character short form stands for: its first character, then at
 * most three more, then the kind its second character is short for (暨大 of 暨南大学, 浙大 of 浙江大学).
 */
function schoolOf(word: string, text: string): string | null {
  const kinds = SHORT_KINDS.find((k) => word.endsWith(k.short))?.kinds ?? [];
  if (kinds.length === 0) return null;
  const found = new Set([...text.matchAll(new RegExp(`${word[0] ?? ''}\\p{Script=Han}{1,3}?(?:${kinds.join('|')})`, 'gu'))].map((m) => m[0]));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** At most this many characters a short form leaves out between two it keeps (投[资]推[广]署). */
const SHORT_FORM_GAP = 2;

/**
 * The one name of `text` that `word` is a short form of: a run of words, as many as the short form's
 * characters, each beginning with its character (投推署 of 投资|推广|署, 卫健委 of 卫生|健康|委员会), each
 * leaving out at most {@link SHORT_FORM_GAP} characters before the next. A run that cuts a word (杨昊现 in
 * 杨昊|加上|现金) is no name it stands for. Null when no name, or more than one, fits.
 *
 * @example
 * shortFormOf('投推署', '投资推广署署长刘凯旋今日出席…'); // '投资推广署'
 */
export function shortFormOf(word: string, text: string): string | null {
  // The word is Han characters only (expandShortForms sees to it): nothing in it needs escaping.
  const pattern = new RegExp([...word].join(`\\p{Script=Han}{0,${SHORT_FORM_GAP}}?`), 'gu');
  const found = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    if (m[0].length <= word.length) continue;
    const words = segment(text.slice(m.index, m.index + m[0].length + SHORT_FORM_GAP + 2)).slice(0, word.length);
    if (words.length === word.length && words.every((w, i) => w.word.startsWith(word[i] ?? ''))) found.add(words.map((w) => w.word).join(''));
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * Reads the short forms a question uses (投推署, 暨大) as the names they stand for (投资推广署, 暨南大学): each
 * of its `words` (as segmented) of three or four characters that no dictionary knows, or of two ending with
 * the short form of an organisation's kind (大 of 大学), that the articles never write, and that stands for
 * exactly one name of their `text`.
 *
 * @example
 * expandShortForms('投推署那篇文章谁写的', [{ word: '投推署', tag: 'x' }, …], text)
 * // { question: '投资推广署那篇文章谁写的', corrections: [{ from: '投推署', to: '投资推广署' }] }
 */
export function expandShortForms(
  question: string,
  words: readonly { word: string; tag: string }[],
  text: string,
): { question: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  let expanded = question;
  for (const { word, tag } of words) {
    if (QUESTION_CHARS.test(word) || text.includes(word)) continue;
    const name = tag === 'x' && /^\p{Script=Han}{3,4}$/u.test(word) ? shortFormOf(word, text) : /^\p{Script=Han}{2}$/u.test(word) ? schoolOf(word, text) : null;
    if (!name || corrections.some((c) => c.from === word)) continue;
    corrections.push({ from: word, to: name, short: true });
    expanded = expanded.split(word).join(name);
  }
  return { question: expanded, corrections };
}
