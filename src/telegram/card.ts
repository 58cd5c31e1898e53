import type { Article } from '../article/types.js';
import { findNumbers } from '../text/numbers.js';
import { escapeHtml, fitEscaped, MAX_MESSAGE_LENGTH } from './html.js';
import { texts, type Lang } from './messages.js';
import { localize } from './reply.js';

/** Figures on a card: enough to say what the article is about, few enough to read. */
const MAX_FIGURES = 5;
const MAX_PEOPLE = 10;
/** Units that make a number a date or a time, not a figure of what the article reports. */
const DATE_UNITS = /^(?:年|月|日|号|天|小时|分钟|秒|周|季度|世纪|代|届|期)$/u;
const CLAUSE = /[^，,；;。！？!?：:]+/gu;

/** A key figure: the number as written and the clause that says what it counts. */
export interface Figure {
  number: string;
  says: string;
}

/**
 * The article's key figures: each number with a unit that is not a date or a
 * time (147家, 2000亿元, 4家), with the clause around it that says what it
 * counts (「签约客户147家」), in the order the article gives them, one per clause.
 */
export function keyFigures(article: Article, limit = MAX_FIGURES): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const sentence of article.sentences) {
    for (const clause of sentence.norm.match(CLAUSE) ?? []) {
      const numbers = findNumbers(clause).filter((n) => n.unit && !DATE_UNITS.test(n.unit) && !/^\d{4}$/u.test(n.value));
      const first = numbers[0];
      if (!first || seen.has(clause)) continue;
      seen.add(clause);
      figures.push({ number: first.text, says: clause.trim().length > 40 ? `${clause.trim().slice(0, 39)}…` : clause.trim() });
      if (figures.length >= limit) return figures;
    }
  }
  return figures;
}

/**
 * The article card as Telegram HTML: title; source, place, date and reporter;
 * the lead (the first sentence, and the second when the first is short); the
 * people named with their posts; the key figures with what they count.
 */
export function articleCard(article: Article, lang: Lang): string {
  const t = texts(lang);
  const say = (text: string): string => localize(text, lang);
  const lines = [`<b>${fitEscaped(say(article.titleNorm || article.id), 300)}</b>`];
  const d = article.dateline;
  if (d) {
    const fields = [d.source, d.place, d.date, d.reporter ? `${t.reporter} ${d.reporter}` : ''].filter(Boolean);
    lines.push(escapeHtml(say(fields.join(' · '))));
  }
  const [first, second] = article.sentences;
  if (first) {
    const lead = first.norm.length < 60 && second ? `${first.norm}${second.norm}` : first.norm;
    lines.push('', `<blockquote>${fitEscaped(say(lead), 600)}</blockquote>`);
  }
  const people = article.people.slice(0, MAX_PEOPLE).map((p) => `• ${escapeHtml(say(p.roles[0] ? `${p.name}（${p.roles[0]}）` : p.name))}`);
  if (people.length) lines.push('', `<b>${escapeHtml(t.card.people)}</b>`, ...people);
  const figures = keyFigures(article).map((f) => `• <b>${escapeHtml(say(f.number))}</b>：${escapeHtml(say(f.says))}`);
  if (figures.length) lines.push('', `<b>${escapeHtml(t.card.figures)}</b>`, ...figures);
  const html = lines.join('\n');
  return html.length <= MAX_MESSAGE_LENGTH ? html : lines.slice(0, 4).join('\n');
}
