import { normalize } from '../../text/normalize.js';
import { datelineDate } from './date.js';
import type { Article } from '../../article/types.js';
import type { Candidate, ExtractContext, Extractor } from '../types.js';

/**
 * Questions about the report itself — its headline, outlet, date, dateline
 * place, reporter, editor and gist — are answered from the article's structure, not from
 * retrieval: every article offers its own, and the engine's article choice
 * (the one the question names, else the first) decides.
 */

/** The outlet a line of the notices names: 「来源：新华网」. */
const SOURCE_LINE = /(?:来源|来自|稿源)[:：]\s*(?<source>[\p{Script=Han}A-Za-z]{2,12}?(?:网|社|报|台|客户端|新闻|日报|晚报|时报))/u;

/** The article's headline. */
export const extractTitle: Extractor = (ctx) =>
  ctx.articles.filter((a) => a.titleNorm).map((article) => ({ text: article.titleNorm, source: { article, title: true as const }, score: 1 }));

/** The outlet: the dateline's (人民网杭州10月18日电 → 人民网), else a 「来源：」 line of the notices. */
export const extractSource: Extractor = (ctx) =>
  ctx.articles.flatMap((article): Candidate[] => {
    if (article.dateline?.source) return [{ text: article.dateline.source, source: { article, dateline: true }, score: 1 }];
    const line = article.boilerplate.find((l) => SOURCE_LINE.test(l));
    const named = line ? SOURCE_LINE.exec(line)?.groups?.source : undefined;
    return line && named ? [{ text: named, source: { article, notice: line }, score: 0.8 }] : [];
  });

/** The editors a line of the notices names: 「编辑:金苗」, 「（责编：张三、李四）」. */
const EDITOR_LINE = /(?:责任编辑|责编|编辑)[:：]\s*(?<editors>\p{Script=Han}{2,4}(?:[、，,\s]+\p{Script=Han}{2,4})*)/u;

/** Who edited the report, from a line of its notices; nothing when none names an editor. */
export const extractEditor: Extractor = (ctx) =>
  ctx.articles.flatMap((article): Candidate[] => {
    const line = article.boilerplate.find((l) => EDITOR_LINE.test(normalize(l)));
    const editors = line ? EDITOR_LINE.exec(normalize(line))?.groups?.editors : undefined;
    return line && editors ? [{ text: editors.split(/[、，,\s]+/u).join('、'), source: { article, notice: line }, score: 1 }] : [];
  });

/** The date the report was filed, from its dateline. */
export const extractPublished: Extractor = (ctx) => ctx.articles.flatMap((article) => datelineDate(article, ctx.question) ?? []);

/** The place the report was filed from, from its dateline. */
export const extractFiled: Extractor = (ctx) =>
  ctx.articles.flatMap((article): Candidate[] =>
    article.dateline?.place ? [{ text: article.dateline.place, source: { article, dateline: true }, score: 1 }] : [],
  );

/** Who wrote the report, from its dateline (人民网杭州10月18日电（记者郭扬） → 郭扬). */
export const extractReporter: Extractor = (ctx) =>
  ctx.articles.flatMap((article): Candidate[] =>
    article.dateline?.reporter ? [{ text: article.dateline.reporter, source: { article, dateline: true }, score: 1 }] : [],
  );

/** Below this length, a first line without a full stop is a subtitle (李相国出席活动), not the lead. */
const SUBTITLE = 20;

/**
 * The gist: a news report says what happened in its first sentence (the lead),
 * which is the answer and its own evidence; a subtitle above it is not the
 * lead. A report without body text has none.
 */
export const extractGist: Extractor = (ctx: ExtractContext) =>
  ctx.articles.flatMap((article: Article): Candidate[] => {
    const lead = article.sentences.find((s) => s.norm.length >= SUBTITLE || /[。！？!?]$/u.test(s.norm)) ?? article.sentences[0];
    if (!lead) return [];
    const text = lead.norm.replace(/^[，,。\s]+/u, '');
    return [{ text, source: { article, sentence: lead }, start: lead.norm.indexOf(text), score: 1 }];
  });
