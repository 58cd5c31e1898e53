import { normalize } from '../text/normalize.js';
import { homeNames, withHomeNames } from './home.js';
import { detectScript } from '../text/script.js';
import { repair } from './repair.js';
import { findPeople } from './people.js';
import type { Article, Dateline, Paragraph, Sentence } from './types.js';

/** Lines that start the notices and link lists that follow a report. */
const BOILERPLATE_START =
  /^(?:版权声明|免责声明|声明[:：]|责任编辑|[（(【[]?责编|编辑[:：]|来源[:：]|原标题|相关新闻|相关阅读|推荐阅读|延伸阅读|热点推荐|【纠错】|扫一扫|分享到|本文来源|转载)/u;
/** A line of a link list: `- 标题`, `• 标题`. */
const LIST_ITEM = /^\s*[-•·*]\s+\S/u;

const DATELINE = new RegExp(
  String.raw`^(?<source>[\p{Script=Han}A-Za-z]{1,10}?(?:网|社|报|台|客户端|新闻))` +
    String.raw`(?<place>\p{Script=Han}{2,8}?)(?<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:电|讯)` +
    String.raw`\s*(?:[（(](?<reporter>[^)）]{1,40})[)）])?\s*`,
  'u',
);

/**
 * Splits a paragraph into sentences at 。！？ (a closing quotation mark stays
 * with its sentence) and at line ends.
 */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。！？!?\n]+(?:[。！？!?]+[”’"』」]*|$)|[。！？!?]+/gu) ?? [];
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** How a sentence that leans on the one before it begins: a pronoun or a connective. */
const CONTINUATION = /^(?:所以|因此|因而|于是|故此|但是?|然而|不过|而且?|并且?|他们?|她们?|它们?|这|此|其|该|后来|之后|随后|也|又|即|亦|同年|次年|翌年|当时|最终|最后|因为|由于|同时|另外|其中)/u;

/**
 * Joins each sentence that leans on the one before it (「所以对处理高球最有效。」)
 * to that one: alone it names nothing, and as evidence it would tell a reader nothing.
 */
export function joinContinuations(sentences: readonly string[]): string[] {
  const joined: string[] = [];
  for (const s of sentences) {
    const last = joined.length - 1;
    if (last >= 0 && CONTINUATION.test(normalize(s))) joined[last] += s;
    else joined.push(s);
  }
  return joined;
}

/** Taiwan's and Hong Kong's form: 〔记者黄钟山/台中报导〕. */
const BRACKET_DATELINE = /^[〔【[（(]记者\s*(?<reporter>[^/／〕】\]）)]{2,12})[/／](?<place>[^〕】\]）)]{2,8}?)(?:报导|报道|电)[〕】\]）)]\s*/u;

/** Parses a dateline at the start of a normalised line, if there is one. */
export function parseDateline(norm: string): (Dateline & { length: number }) | null {
  const bracket = BRACKET_DATELINE.exec(norm);
  if (bracket?.groups) {
    const { reporter = '', place = '' } = bracket.groups;
    return { text: bracket[0].trim(), source: '', place, date: '', reporter: reporter.trim(), length: bracket[0].length };
  }
  const m = DATELINE.exec(norm);
  if (!m?.groups) return null;
  const reporter = (m.groups.reporter ?? '').replace(/^(?:本报)?记者\s*/u, '').trim();
  return {
    text: m[0].trim(),
    source: m.groups.source ?? '',
    place: m.groups.place ?? '',
    date: m.groups.date ?? '',
    reporter,
    length: m[0].length,
  };
}

/** Input to {@link buildArticle}: a title and body paragraphs, as published. */
export interface RawArticle {
  id: string;
  title: string;
  paragraphs: string[];
  boilerplate?: string[];
  /** What header lines above the body say of the report (来源：新华网 作者：… 时间：…). */
  header?: Partial<Pick<Dateline, 'source' | 'reporter' | 'date'>> & { text: string };
}

/** A header field above a report's body: 来源：新华网, 作者：赵宇飞 伍鲲鹏, 撰文：陶嘉心, 时间：2019-05-19. */
const HEADER_FIELD = /(?<key>来源|稿源|作者|撰文|撰稿|记者|时间|发布时间|日期)[:：]\s*(?<value>.+?)(?=\s+(?:来源|稿源|作者|撰文|撰稿|记者|时间|发布时间|日期)[:：]|$)/gu;
/** A line that is only a date and time: 2019/03/28 13:13. */
const DATE_LINE = /^(?<y>\d{4})[-/.年](?<m>\d{1,2})[-/.月](?<d>\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** What a header line says of the report, or null when it is not one. */
export function parseHeader(norm: string): Partial<Pick<Dateline, 'source' | 'reporter' | 'date'>> | null {
  const bare = DATE_LINE.exec(norm.trim());
  if (bare?.groups) return { date: `${bare.groups.y}年${Number(bare.groups.m)}月${Number(bare.groups.d)}日` };
  const fields = [...norm.trim().matchAll(HEADER_FIELD)];
  if (fields.length === 0 || (fields[0]?.index ?? 1) !== 0) return null;
  const found: Partial<Pick<Dateline, 'source' | 'reporter' | 'date'>> = {};
  for (const f of fields) {
    const key = f.groups?.key ?? '';
    const value = (f.groups?.value ?? '').trim();
    if (/来源|稿源/u.test(key)) found.source = value;
    else if (/时间|日期/u.test(key)) found.date = DATE_LINE.test(value) ? (parseHeader(value)?.date ?? value) : value;
    else found.reporter = value.replace(/\s+/gu, '、');
  }
  return found;
}

/**
 * Structures an article from its text as published: repairs it, takes the
 * first line as the title when it reads like one, the dateline, the body
 * paragraphs and, apart, the boilerplate that follows.
 */
export function parseArticle(id: string, raw: string): Article {
  const lines = repair(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let title = '';
  if (lines.length > 1 && isTitleLike(lines[0] ?? '')) title = lines.shift() ?? '';
  // Header lines above the body (来源：…, 撰文：…, a date and time) say who and when, and are no body text.
  let header: RawArticle['header'];
  const headerLines: string[] = [];
  for (let i = 0; i < Math.min(lines.length - 1, HEADER_LINES); i++) {
    const found = parseHeader(normalize(lines[i] ?? ''));
    if (!found) continue;
    header = { ...header, ...found, text: [...headerLines, lines[i] ?? ''].join(' ') };
    headerLines.push(lines[i] ?? '');
  }
  const body = lines.filter((l, i) => !headerLines.includes(l) && l !== lines[i - 1]);
  let end = body.length;
  const startOfNotice = body.findIndex((l) => BOILERPLATE_START.test(normalize(l)));
  if (startOfNotice > 0) end = startOfNotice;
  while (end > 1 && LIST_ITEM.test(body[end - 1] ?? '')) end--;
  return buildArticle({ id, title, paragraphs: body.slice(0, end), boilerplate: [...headerLines, ...body.slice(end)], ...(header ? { header } : {}) });
}

/** How many lines under the title may be header lines (来源, 作者, a date) or a photo caption before the dateline. */
const HEADER_LINES = 4;

function isTitleLike(line: string): boolean {
  return line.length <= 64 && !/[。！？!?]$/u.test(line) && !DATELINE.test(normalize(line));
}

/** Builds the structured article from paragraphs already split (a data set's, or {@link parseArticle}'s). */
export function buildArticle(raw: RawArticle): Article {
  let dateline: Dateline | null = null;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const source of raw.paragraphs) {
    let text = repair(source).trim();
    // The dateline opens the body, after at most a photo caption or two.
    if (paragraphs.length < HEADER_LINES && dateline === null) {
      const found = parseDateline(normalize(text));
      if (found) {
        const { length, ...rest } = found;
        dateline = { ...rest, text: text.slice(0, length).trim() };
        text = text.slice(length).trim();
      }
    }
    if (!text) continue;
    const index = paragraphs.length;
    const own: Sentence[] = joinContinuations(splitSentences(text)).map((s) => ({
      index: sentences.length,
      paragraph: index,
      text: s,
      norm: normalize(s),
    }));
    own.forEach((s, i) => (s.index = sentences.length + i));
    sentences.push(...own);
    paragraphs.push({ index, text, norm: normalize(text), sentences: own });
  }
  const { header } = raw;
  if (header) {
    dateline = dateline
      ? { ...dateline, source: dateline.source || (header.source ?? ''), reporter: dateline.reporter || (header.reporter ?? ''), date: dateline.date || (header.date ?? '') }
      : { text: header.text, source: header.source ?? '', place: '', date: header.date ?? '', reporter: header.reporter ?? '' };
  }
  const title = raw.title.trim();
  // 「我市投资说明会…」 of a Songyuan paper is read as 松原市's, as its readers take it.
  const home = homeNames([title, ...paragraphs.map((p) => p.text)].map(normalize).join('\n'));
  if (home.size > 0) {
    for (const p of paragraphs) p.norm = withHomeNames(p.norm, home);
    for (const s of sentences) s.norm = withHomeNames(s.norm, home);
  }
  const article: Article = {
    id: raw.id,
    title,
    titleNorm: withHomeNames(normalize(title), home),
    dateline,
    paragraphs,
    sentences,
    boilerplate: raw.boilerplate ?? [],
    script: detectScript(paragraphs.map((p) => p.text).join('') || title),
    people: [],
  };
  article.people = findPeople(article);
  return article;
}
