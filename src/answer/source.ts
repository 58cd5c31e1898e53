import type { Article, Sentence } from '../article/types.js';
import { normalize } from '../text/normalize.js';
import { inScript, type Script } from '../text/script.js';
import type { Answer, Candidate, Source } from './types.js';

/**
 * Where an answer comes from, and how it is shown: the sentences of its
 * source, a key to weigh each piece of evidence once, and the answer and
 * evidence in the asker's script.
 */

/** The sentences of a source, in order: one, or a run from `sentence` through `until`. */
export function run(source: { article: Article; sentence: Sentence; until?: Sentence }): Sentence[] {
  const { article, sentence, until } = source;
  if (!until || until.index <= sentence.index) return [sentence];
  return article.sentences.slice(sentence.index, until.index + 1);
}

/** A key for a candidate's evidence: many candidates share a sentence. */
export function sourceKey(candidate: Candidate): string {
  const { source } = candidate;
  if (!('sentence' in source)) return `${source.article.id}#${'title' in source ? 'title' : 'notice' in source ? `notice:${source.notice}` : 'dateline'}`;
  return `${source.article.id}#${source.sentence.index}-${source.until?.index ?? source.sentence.index}`;
}


/** A candidate's evidence, normalised. */
export function sourceText(candidate: Candidate): string {
  if (!('sentence' in candidate.source)) return 'title' in candidate.source ? candidate.source.article.titleNorm : normalize(ownEvidence(candidate.source));
  return run(candidate.source).map((x) => x.norm).join('');
}

/** The title, the dateline or a line of the notices is its own evidence, as published. */
function ownEvidence(source: Exclude<Source, { sentence: Sentence }>): string {
  if ('title' in source) return source.article.title;
  if ('notice' in source) return source.notice;
  return source.article.dateline?.text ?? '';
}

/** The answer and its evidence in the asker's script, taken from the original text where the scripts agree. */
export function render(candidate: Candidate, script: Exclude<Script, 'unknown'>): Pick<Answer, 'answer' | 'evidence' | 'article' | 'paragraph'> {
  const { article } = candidate.source;
  const sameScript = article.script === script || (article.script === 'unknown' && script === 'simplified');
  if (!('sentence' in candidate.source)) {
    const part = ownEvidence(candidate.source);
    return {
      answer: inScript(candidate.text, script),
      evidence: sameScript ? part : inScript(normalize(part), script),
      article: article.id,
      paragraph: null,
    };
  }
  const { sentence } = candidate.source;
  const sentences = run(candidate.source);
  const aligned = sentence.text.length === sentence.norm.length;
  const start = candidate.start;
  const fromOriginal =
    sameScript && aligned && start !== undefined && start >= 0 && sentence.norm.slice(start, start + candidate.text.length) === candidate.text;
  return {
    answer: fromOriginal ? sentence.text.slice(start, start + candidate.text.length) : inScript(candidate.text, script),
    evidence: sentences.map((x) => (sameScript ? x.text : inScript(x.norm, script))).join(''),
    article: article.id,
    paragraph: sentence.paragraph,
  };
}

/** The source of an answer the engine gave, found again among the articles. */
export function sourceOf(articles: readonly Article[], answer: Answer): Source | null {
  const article = articles.find((a) => a.id === answer.article);
  if (!article) return null;
  if (answer.paragraph === null) return { article, dateline: true };
  const evidence = normalize(answer.evidence ?? '');
  const inParagraph = article.sentences.filter((s) => s.paragraph === answer.paragraph);
  const sentence = inParagraph.find((s) => evidence.includes(s.norm)) ?? inParagraph[0];
  return sentence ? { article, sentence } : null;
}
