import { pinyin } from 'pinyin-pro';

/** A name of the question read as another the articles hold. */
export interface Correction {
  /** As the question wrote it (张弛挺). */
  from: string;
  /** As the article writes it (张驰挺). */
  to: string;
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
 * Reads a name the question misspells as the name the articles hold: a
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
export function correctNames(question: string, names: readonly string[], text: string): { question: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  let corrected = question;
  for (const name of names) {
    if (name.length < 3 || name.length > 4 || corrected.includes(name)) continue;
    for (let at = 0; at + name.length <= corrected.length; at++) {
      const stretch = corrected.slice(at, at + name.length);
      const off = [...stretch].flatMap((ch, i) => (ch === name[i] ? [] : [i]));
      if (off.length !== 1 || text.includes(stretch)) continue;
      const i = off[0] ?? 0;
      if (!/\p{Script=Han}/u.test(stretch[i] ?? '') || !soundsAlike(stretch[i] ?? '', name[i] ?? '')) continue;
      const rivals = names.filter((n) => n !== name && n.length === stretch.length && [...stretch].filter((ch, k) => ch !== n[k]).length <= 1);
      if (rivals.length > 0) continue;
      corrections.push({ from: stretch, to: name });
      corrected = corrected.slice(0, at) + name + corrected.slice(at + name.length);
      break;
    }
  }
  return { question: corrected, corrections };
}
