import { clauseAt, standing } from '../evidence.js';
import type { Article } from '../../article/types.js';
import type { Candidate, ExtractContext } from '../types.js';

/** A date or period as news and encyclopaedias write it. */
export const DATE = new RegExp(
  [
    // Decades first: 1950年代 is not the year 1950.
    String.raw`(?:\d{1,3}0)年代(?:初期?|中期|末期?|后期)?`,
    String.raw`(?:公元前?|西元前?|民国|昭和|明治|大正|平成|令和)?\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[上中下]旬|初|底|末)?`,
    String.raw`[零〇一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)?`,
    String.raw`\d{1,2}月\d{1,2}日`,
    String.raw`\d{1,2}月(?:[上中下]旬|初|底)?`,
    String.raw`(?:公元前?|西元前?)?\d{1,2}世纪(?:\d{1,2}年代)?(?:初期?|中叶|中期|末期?|前半叶|后半叶|早期|晚期|后期)?`,
    String.raw`(?:民国|昭和|明治|大正|平成|令和)[元一二三四五六七八九十]{1,3}年`,
    // Eras and periods: 西汉时期, 北宋, 冰河时期.
    String.raw`(?:西汉|东汉|汉朝|秦朝|隋朝|唐朝|宋朝|北宋|南宋|元朝|明朝|清朝|三国|西晋|东晋|南北朝|五代|战国|春秋|[夏商周秦汉晋隋唐宋元明清辽金]代(?!表)|[夏商周辽金]朝|北魏|东魏|西魏|北齐|北周|前秦|后秦|后唐|后晋|后汉|后周)(?:时期|初年|末年|初期|中期|末期)?`,
    String.raw`(?:(?![在于是的和与从到自当之至其因])\p{Script=Han}){2,4}时期`,
    String.raw`(?:春|夏|秋|冬)季`,
    // A day alone (「洽谈会19日在重庆闭幕」): news gives the month in its dateline.
    String.raw`(?<![\d.])\d{1,2}日(?![\d元])`,
  ].join('|'),
  'gu',
);
const YEAR = /^(?:公元前?|西元前?|民国|昭和|明治|大正|平成|令和)?(?:\d{1,4}|[零〇一二三四五六七八九]{4})年/u;
const MONTH = /(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/u;

/** Whether a question asks for a year (哪一年, 西元几年): a date without one cannot answer it. */
export const asksYear = (question: string): boolean => /哪一?年|何年|几几?年(?![前后])|什么年份|年份/u.test(question);

/** Words that place an event relative to the report's date. */
/** What makes a count of years a time ago or ahead (3年前, 两年后). */
const AGO = /^(?:以前|以后|之前|之后|前|后)/u;

/** A date that starts with its month (11月, 5月19日), and the words before it that say its year from the report's. */
const MONTH_FIRST = /^\d{1,2}月/u;
const YEAR_BEFORE = /(?:今年|去年|前年|明年)$/u;

const RELATIVE = /日前|近日|近期|目前|今年|去年|明年|昨天|今天|昨日|今日|当天|前不久|本周|上周/gu;

/**
 * When: the date or period nearest the question's terms. A date word
 * relative to the report (日前, 今年) is no date: it is offered as vague, with a
 * note of what the article says and when the report was filed.
 */
export function extractDate(ctx: ExtractContext): Candidate[] {
  // 「哪年几月」 asks for both: neither the year nor the month alone is enough.
  const asksMonth = /哪一?个?月|几月|什么月份|月份/u.test(ctx.question);
  const wantsYear = asksYear(ctx.question) && !asksMonth;
  // 「几月几号」 asks for the day too: 12月27日, not 12月.
  const wantsMonth = asksMonth && !asksYear(ctx.question) && !/几号|几日|哪一?天|哪一?日/u.test(ctx.question);
  const wantsPeriod = /时期|朝代|世纪|年代/u.test(ctx.question);
  const candidates: Candidate[] = [];
  if (/报道|发稿|电讯|新闻|文章|稿件|消息/u.test(ctx.question)) {
    for (const article of ctx.articles) {
      const dated = datelineDate(article, ctx.question);
      if (dated) candidates.push(dated);
    }
  }
  for (const { article, sentence } of ctx.hits) {
    const text = sentence.norm;
    const found = [...text.matchAll(DATE)].map((m) => {
      // 「哪一年」 asks for the year of 1988年2月13日, 「哪个月」 for its month.
      const part = wantsYear ? YEAR.exec(m[0]) : wantsMonth ? MONTH.exec(m[0]) : null;
      const start = (m.index ?? 0) + (part?.index ?? 0);
      // 「去年11月」: a month said from the report's year keeps the word that says which year.
      const year = !wantsYear && MONTH_FIRST.test(m[0]) ? (YEAR_BEFORE.exec(text.slice(Math.max(0, start - 2), start))?.[0] ?? '') : '';
      return { text: `${year}${part?.[0] ?? m[0]}`, start: start - year.length, relative: false };
    });
    for (const m of text.matchAll(RELATIVE)) found.push({ text: m[0], start: m.index ?? 0, relative: true });
    // 「3年前」: a count of years before 前/后 is a time ago, not the year 3.
    for (const d of found) {
      const ago = /^\d{1,2}年$/u.test(d.text) ? AGO.exec(text.slice(d.start + d.text.length))?.[0] : undefined;
      if (ago) d.text += ago;
    }
    // 「19日在重庆闭幕」 of a report filed 5月19日: a day no later than the dateline's is of the dateline's month.
    const filed = /^(\d{1,2}月)(\d{1,2})日$/u.exec(article.dateline?.date ?? '');
    for (const d of found) {
      const day = /^(\d{1,2})日$/u.exec(d.text)?.[1];
      if (filed && day && Number(day) <= Number(filed[2])) d.text = `${filed[1]}${d.text}`;
    }
    for (const d of found) {
      if (ctx.question.includes(d.text)) continue;
      // A time in the sentence's opening clause (「日前，…召开」, 「自2022年6月开园以来，…」) dates the whole sentence.
      const opening = clauseAt(text, d.start).start === 0;
      const { local, near } = standing(text, d.start, d.start + d.text.length, ctx.terms, opening ? 0.9 : 0);
      const isPeriod = /时期|世纪|朝$|[汉宋晋国代秋]$/u.test(d.text);
      const fit = wantsYear && !d.text.includes('年') ? 0.3 : wantsPeriod && !isPeriod ? 0.5 : d.relative ? 0.7 : 1;
      // 日前, 近日: the article does not give the date, only that it was before the report's.
      // 「哪年开幕的」 of 「3年前到东京拜会」: a time ago names no year either.
      const vague = d.relative || (wantsYear && AGO.test(d.text.replace(/^\d{1,2}年/u, '')) && /^\d{1,2}年./u.test(d.text))
        ? `文章只说“${d.text}”${article.dateline?.date ? `，报道发于${article.dateline.date}` : ''}`
        : undefined;
      candidates.push({
        text: d.text,
        source: { article, sentence },
        start: d.start,
        score: fit * (0.4 + 0.35 * local + 0.25 * near),
        ...(vague ? { vague } : {}),
      });
    }
  }
  return candidates;
}

/**
 * The date of the report's dateline as an answer; vague (never given, its note said instead) when
 * the question asks for a year the dateline does not give (「哪年发的」 of 10月18日).
 */
export function datelineDate(article: Article, question: string): Candidate | null {
  const date = article.dateline?.date;
  if (!date) return null;
  const vague = asksYear(question) && !date.includes('年') ? `文章只给出日期${date}，没有年份` : undefined;
  return { text: date, source: { article, dateline: true }, score: 1, ...(vague ? { vague } : {}) };
}
