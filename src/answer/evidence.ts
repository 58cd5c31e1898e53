import { eventNamed, pronounSpeaker, wholeOfPart } from '../article/pronouns.js';
import { synonymsOf, variantsOf } from '../text/synonyms.js';
import { run } from './source.js';
import type { Candidate, Term } from './types.js';

const CLAUSE_BREAK = /[，,；;。！？!?：:]/u;
const PART_BREAK = /[；;。！？!?]/u;

/** The stretch of `text` around position `at` between the nearest characters `breaks` matches. */
function between(text: string, at: number, breaks: RegExp): { start: number; end: number } {
  let start = at;
  while (start > 0 && !breaks.test(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < text.length && !breaks.test(text[end] ?? '')) end++;
  return { start, end };
}

/** The clause of `text` around position `at`: between the nearest clause breaks. */
export function clauseAt(text: string, at: number): { start: number; end: number } {
  return between(text, at, CLAUSE_BREAK);
}

/** The part of `text` around `at` between the nearest ；or 。: one statement of a sentence that makes several. */
export function partAt(text: string, at: number): { start: number; end: number } {
  return between(text, at, PART_BREAK);
}

/** Share of the terms' weight found in `text`, in [0, 1]. Terms are lower-case (processTerm); so is the search. */
export function coverage(text: string, terms: readonly Term[], presence: (text: string, word: string) => number = termPresence): number {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return 0;
  let found = 0;
  const folded = text.toLowerCase();
  for (const t of terms) found += t.weight * presence(folded, t.word);
  return found / total;
}

/**
 * How much of a term the text holds: 1 when it is there whole; for longer
 * terms, the share of its character bigrams that are there (questions
 * rephrase: 签约了多少客户 against 签约客户147家); a synonym counts nearly whole (举行 for 召开),
 * and so does a compound with a part said another way (上市公司 for 上市企业).
 */
export function termPresence(text: string, word: string): number {
  if (text.includes(word)) return 1;
  if (synonymsOf(word).some((w) => text.includes(w))) return 0.9;
  if (word.length < 3) return 0;
  if (variantsOf(word).some((w) => text.includes(w))) return 0.9;
  let shared = 0;
  for (let i = 0; i + 2 <= word.length; i++) if (text.includes(word.slice(i, i + 2))) shared++;
  const share = shared / (word.length - 1);
  return share >= 0.5 ? share * 0.8 : 0;
}

/** Positions of every occurrence of the terms in `text`. */
export function termPositions(text: string, terms: readonly Term[]): { start: number; end: number; weight: number }[] {
  const found: { start: number; end: number; weight: number }[] = [];
  const folded = text.toLowerCase();
  for (const t of terms) {
    let at = folded.indexOf(t.word);
    while (at >= 0) {
      found.push({ start: at, end: at + t.word.length, weight: t.weight });
      at = folded.indexOf(t.word, at + 1);
    }
  }
  return found;
}

/**
 * Closeness of a span to the question's terms in the text, in [0, 1]: 1 when
 * a term touches it, falling with distance in characters. Terms across a
 * sentence break count at half.
 */
export function proximity(text: string, start: number, end: number, terms: readonly Term[]): number {
  let best = 0;
  for (const p of termPositions(text, terms)) {
    if (p.start < end && p.end > start) continue; // a term inside the span is the question, not the answer
    const gap = p.end <= start ? start - p.end : p.start - end;
    const between = text.slice(Math.min(p.end, end), Math.max(p.start, start));
    const damp = /[；;。]/u.test(between) ? 0.5 : 1;
    best = Math.max(best, damp / (1 + gap / 6));
  }
  return best;
}

/** True when the span overlaps a term of the question: the question cannot be its own answer. */
export function echoesQuestion(answer: string, question: string): boolean {
  return answer.length > 0 && question.includes(answer);
}

/**
 * How well a span of a sentence stands among the question's words: `local`,
 * the share of them its clause holds (or `sentenceWide` times its statement's
 * share, for spans that govern the statement), and `near`, its
 * {@link proximity} to them.
 */
export function standing(
  text: string,
  start: number,
  end: number,
  terms: readonly Term[],
  sentenceWide = 0,
): { local: number; near: number } {
  const clause = clauseAt(text, start);
  // What a span governs ends at ；or 。: a sentence joined to the one it leans on (「…平台。她指，…「母港」」) makes two statements.
  const part = partAt(text, start);
  const local = Math.max(coverage(text.slice(clause.start, clause.end), terms), sentenceWide > 0 ? sentenceWide * coverage(text.slice(part.start, part.end), terms) : 0);
  return { local, near: proximity(text, start, end, terms) };
}

/**
 * How much of the question the evidence holds: the sentence's share, or,
 * when more, mostly its paragraph's and title's, since they set the scene a
 * sentence leaves implicit (「座谈会」 is named in the title, not in the
 * sentence; a question often joins what two sentences of a paragraph say).
 * The sentence keeps a share so that the paragraph alone cannot answer. A sentence a pronoun opens as
 * its speaker (「她表示，…」) holds the name the pronoun stands for.
 */
export function evidenceCoverage(candidate: Candidate, terms: readonly Term[], ownShare: number): { own: number; covered: number } {
  const { article } = candidate.source;
  // Extractors offer the dateline and the title only to questions about the report itself (its reporter, date, place, headline).
  if (!('sentence' in candidate.source)) return { own: 1, covered: 1 };
  const { sentence } = candidate.source;
  // 「她表示，…」 names its speaker as much as 「刘凯旋表示，…」 does.
  const speaker = pronounSpeaker(article, sentence.index)?.person.name ?? '';
  // 「此次活动…」 names the event of the report's title as much as the title does.
  // 「当中近300间来自内地」 speaks of the 560间企业 of the sentence before it.
  const said = run(candidate.source).map((x) => x.norm).join('');
  // 「那个常务副市长说…」 of 「李岩在致辞中…表示」: a person the sentence names holds the posts the article gives them.
  const posts = article.people.filter((p) => p.roles.length > 0 && said.includes(p.name)).flatMap((p) => p.roles).join('');
  const own = coverage(`${speaker}${posts}${eventNamed(article, sentence.index)}${wholeOfPart(article, sentence.index)}${said}`, terms);
  const context = coverage(`${article.titleNorm}\n${article.paragraphs[sentence.paragraph]?.norm ?? ''}`, terms);
  return { own, covered: Math.max(own, ownShare * own + (1 - ownShare) * context) };
}
