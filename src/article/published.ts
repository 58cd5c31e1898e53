import type { Article } from './types.js';

/** A line of a report's notices that dates it: 「时间:2019-05-19」, 「2019/03/28 13:13」. */
const DATE_LINE = /^(?:.*(?:时间|日期|發布時間|发布时间)[:：]\s*)?(?<year>(?:19|20)\d\d)[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?$|(?:时间|日期|发布时间)[:：]\s*(?<dated>(?:19|20)\d\d)[-/.年]/u;

/**
 * The year a report was published, from its dateline (2019年3月28日) or a notice line that dates it
 * (时间:2019-05-19); null when it gives none (人民网杭州10月18日电).
 *
 * @example publishedYear(taichung) // 2019
 */
export function publishedYear(article: Article): number | null {
  const inDateline = /(?<year>(?:19|20)\d\d)年/u.exec(article.dateline?.date ?? '')?.groups?.year;
  if (inDateline) return Number(inDateline);
  for (const line of article.boilerplate) {
    const m = DATE_LINE.exec(line.trim());
    const year = m?.groups?.year ?? m?.groups?.dated;
    if (year) return Number(year);
  }
  return null;
}

/** Years said from the report's day, and how far back each is. */
const RELATIVE_YEARS: Readonly<Record<string, number>> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };

/**
 * A claim with its years said from the report's day (去年) given as the report's calendar years
 * (2018年), when the report is dated and never itself says that word; else the claim as it is.
 *
 * @example inCalendarYears('西洽会是去年才由渝洽会升级过来的', chongqing) // '西洽会是2018年才由渝洽会升级过来的'
 */
export function inCalendarYears(claim: string, article: Article): string {
  const year = publishedYear(article);
  if (year === null) return claim;
  return claim.replace(/前年|去年|今年|明年/gu, (word) =>
    article.sentences.some((s) => s.norm.includes(word)) ? word : `${year + (RELATIVE_YEARS[word] ?? 0)}年`,
  );
}
