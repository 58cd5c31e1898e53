import type { Article } from '../../article/types.js';
import { nameLikelihood } from '../../text/names.js';

/** Characters that join a name to the words around it, never part of it: 的, 在, 为, 与… */
const NEVER_IN_NAME = /[的了着过在是为与及和被把将对从向以由到给而并等说即就所其这那此]/u;

/** Characters that follow a name (丰臣秀吉于, 吴珈庆则) but rarely end one, though they may open one (于谦). */
const NEVER_ENDS_NAME = /[于则亦乃便又曾]/u;

/** Below this {@link nameLikelihood}, a character is rarely a name's (年, 表, 类): it is not taken in. */
const NAME_CHARACTER = 0.6;

/** The longest a name grows to by {@link nameExtent}. */
const MAX_NAME = 8;

const bodies = new WeakMap<Article, string>();

/** The article's body, normalised, one paragraph a line; made once per article. */
function bodyOf(article: Article): string {
  let body = bodies.get(article);
  if (body === undefined) {
    body = article.paragraphs.map((p) => p.norm).join('\n');
    bodies.set(article, body);
  }
  return body;
}

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * The whole of a name that jieba cut short (奥古斯|都, 朱允|炆, 前|田利家): while
 * every one of the name's two or more occurrences in the article has the same
 * Chinese character just after it (or just before it), that character is the
 * name's. A name seen once, or with different neighbours (刘裕说, 刘裕率), stays as
 * it is; so does one whose neighbour is rarely a name's character (1931年|兹沃雷金,
 * 杰克·斯特劳|表示). Returns the span's new `[start, end)` in `text`.
 */
export function nameExtent(text: string, start: number, end: number, article: Article): [number, number] {
  const body = bodyOf(article);
  const grows = (name: string, grown: string, c: string | undefined): boolean => {
    if (!c || !/\p{Script=Han}/u.test(c) || NEVER_IN_NAME.test(c) || nameLikelihood(c) < NAME_CHARACTER || name.length >= MAX_NAME) return false;
    const n = count(body, name);
    return n >= 2 && count(body, grown) === n;
  };
  while (!NEVER_ENDS_NAME.test(text[end] ?? '') && grows(text.slice(start, end), text.slice(start, end + 1), text[end])) end++;
  while (grows(text.slice(start, end), text.slice(start - 1, end), text[start - 1])) start--;
  return [start, end];
}
