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

/** A short bracket a name runs on across: 中国(重庆)国际投资暨全球采购会. */
const NAME_BRACKET = /^[(（][^()（）]{1,10}[)）](?=[\p{Script=Han}A-Za-z])/u;
const NAME_RUN = /^[\p{Script=Han}A-Za-z0-9·]+/u;
/** Quotation marks around a name, and how far past a span its closing mark may stand for the span to be part of it. */
const NAME_QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '‘': '’', '《': '》', '『': '』' };
const QUOTED_RUN_ON = 4;

/** The Latin words a Latin name goes on with, each after a space (Outlet| Park), and those it comes after. */
const LATIN_RUN_ON = /^(?: [A-Za-z][A-Za-z0-9'’.-]*)+/u;
const LATIN_RUN_BACK = /(?:[A-Za-z][A-Za-z0-9'’.-]* )+$/u;

/**
 * A span that is only the start of a name, carried on to the end of that name: across a short
 * bracket the name runs on past (中国 of 「中国(重庆)国际投资暨全球采购会」), or to the closing
 * mark of a quoted name it begins (渝洽 of 「“渝洽会”」, 凡尔赛 of 「《凡尔赛条约》」). Otherwise the span as it is.
 *
 * @example wholeName('前身为中国(重庆)国际投资会(简称渝洽会)', 3, 5) // { start: 3, end: 15 }
 */
export function wholeName(text: string, from: number, to: number): { start: number; end: number } {
  // 「Outlet Park」: a Latin name runs on over the spaces between its words.
  const end = /[A-Za-z]$/u.test(text.slice(from, to)) ? to + (LATIN_RUN_ON.exec(text.slice(to))?.[0].length ?? 0) : to;
  const start = /^[A-Za-z]/u.test(text.slice(from, to)) ? from - (LATIN_RUN_BACK.exec(text.slice(0, from))?.[0].length ?? 0) : from;
  const bracket = NAME_BRACKET.exec(text.slice(end))?.[0];
  if (bracket) return { start, end: end + bracket.length + (NAME_RUN.exec(text.slice(end + bracket.length))?.[0] ?? '').length };
  const closer = NAME_QUOTES[text[start - 1] ?? ''];
  const close = closer === undefined ? -1 : text.indexOf(closer, end);
  return close > end && close - end <= QUOTED_RUN_ON && NAME_RUN.exec(text.slice(end))?.[0].length === close - end ? { start, end: close } : { start, end };
}
