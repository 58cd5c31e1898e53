/** Opening marks and the marks that close them. */
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '（': '）', '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '[': ']', '【': '】', '〈': '〉' };
const CLOSERS = new Set(Object.values(PAIRS));
/** How far past a span its open brackets may be closed for it to take them whole. */
const CLOSE_WITHIN = 15;

/**
 * A span of `text` (from `start` to `end`) made whole: a mark it closes without opening is taken
 * off its start; a bracket or quotation it opens is closed from the text when the closing mark
 * follows soon (「谥号“章」 → 「谥号“章皇帝”」), else taken off with what follows it (no answer
 * ends in 「…(简称“渝洽会」). A span that runs across marks both ways (杭州之心’‘城市之眼, from
 * between two quoted names) takes the marks around it when they pair (‘杭州之心’‘城市之眼’), else is left as it is.
 *
 * @example balanced('简称“渝洽会”', 0, 5) // { start: 0, end: 6 }
 */
export function balanced(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from < end && CLOSERS.has(text[from] ?? '')) from++;
  const open: number[] = [];
  for (let i = from; i < end; i++) {
    const ch = text[i] ?? '';
    const last = open[open.length - 1];
    if (last !== undefined && PAIRS[text[last] ?? ''] === ch) open.pop();
    else if (PAIRS[ch]) open.push(i);
    else if (CLOSERS.has(ch)) {
      if (PAIRS[text[start - 1] ?? ''] === text[end]) return { start: start - 1, end: end + 1 };
      // 1+4’产业主赛道 of ‘1+4’产业主赛道: the mark that opens what the span closes stands right before it.
      return start > 0 && PAIRS[text[start - 1] ?? ''] === ch ? balanced(text, start - 1, end) : { start, end };
    }
  }
  if (open.length === 0) return from < end ? { start: from, end } : { start, end };
  for (let i = end; i < text.length && i < end + CLOSE_WITHIN; i++) {
    const ch = text[i] ?? '';
    const last = open[open.length - 1];
    if (last !== undefined && PAIRS[text[last] ?? ''] === ch) open.pop();
    else if (PAIRS[ch]) open.push(i);
    if (open.length === 0) return { start: from, end: i + 1 };
    if (/[。；;！？!?]/u.test(ch)) break;
  }
  let cut = open[0] ?? end;
  while (cut > from && /[\s，,、；;：:]/u.test(text[cut - 1] ?? '')) cut--;
  return cut - from >= 2 ? { start: from, end: cut } : { start, end };
}
