import { normalize } from '../../text/normalize.js';
import { segment } from '../../text/segment.js';
import { sourceOf } from '../source.js';
import type { Answer, Candidate, ExtractContext } from '../types.js';
import { pairShare } from './people.js';
import { agrees } from './yesno.js';

/** Words the first option follows: a verb, the copula, 在 or 和 (是处长, 签约了147家, 在拱墅区开, 和生产者还是消费者有关). */
const PIVOT_TAG = /^v/u;
const PIVOT_WORD = /^(?:是|系|在|于|为|和|与|跟|同|对)$/u;
/** Particles that stay with the verb before an option (签约了|147家). */
const AFTER_PIVOT = /^(?:了|过|着|的是|是)$/u;

/**
 * A question that offers two answers, split into what both share and the two options:
 * the first option is what follows the last verb before 还是 (是|处长), the second all after it.
 *
 * @example
 * choiceOf('张莹尹是处长', '副处长'); // { stem: '张莹尹是', options: ['处长', '副处长'], claims: ['张莹尹是处长', '张莹尹是副处长'] }
 * choiceOf('批判点和生产者', '消费者有关'); // { stem: '批判点和', options: ['生产者', '消费者'], claims: ['批判点和生产者有关', '批判点和消费者有关'] }
 */
export function choiceOf(first: string, second: string): { stem: string; options: [string, string]; claims: [string, string] } | null {
  const tokens = segment(first);
  const opening = segment(second)[0];
  // 「道教支持还是反对…」: two verbs offered, what follows the second said of both.
  // (jieba tags some verbs, 反对 among them, as adverbs.)
  const verbs = tokens.length > 1 && PIVOT_TAG.test(tokens.at(-1)?.tag ?? '') && !!opening && opening.word.length >= 2 && /^[vd]/u.test(opening.tag);
  let pivot = verbs ? tokens.length - 2 : -1;
  if (!verbs) {
    tokens.forEach((t, i) => {
      if (i < tokens.length - 1 && (PIVOT_TAG.test(t.tag) || PIVOT_WORD.test(t.word))) pivot = i;
    });
  }
  if (pivot < 0) return null;
  while (!verbs && pivot < tokens.length - 2 && AFTER_PIVOT.test(tokens[pivot + 1]?.word ?? '')) pivot++;
  const stem = tokens
    .slice(0, pivot + 1)
    .map((t) => t.word)
    .join('');
  if (!first.startsWith(stem)) return null;
  const a = first.slice(stem.length);
  // 「在拱墅区开还是在滨江区开」: the second option may repeat the word before the first.
  const lead = tokens[pivot]?.word ?? '';
  const b = second.startsWith(lead) ? second.slice(lead.length) : second.replace(/^(?:是|系)/u, '');
  if (!a || !b || !stem) return null;
  // 「和生产者还是消费者有关」: what follows the second option (有关) is said of the first too.
  const tail = segment(b).slice(1).map((t) => t.word).join('');
  const shared = tail !== '' && !a.endsWith(tail) && (verbs || (PIVOT_TAG.test(segment(tail)[0]?.tag ?? '') && !segment(a).some((t) => PIVOT_TAG.test(t.tag))));
  return shared
    ? { stem, options: [a, b.slice(0, -tail.length)], claims: [`${stem}${a}${tail}`, `${stem}${b}`] }
    : { stem, options: [a, b], claims: [`${stem}${a}`, `${stem}${b}`] };
}

/** An option as the answer: without a verb both options end with (拱墅区开 of 拱墅区开 / 滨江区开) or a closing 的. */
function shown(option: string, other: string): string {
  const tokens = segment(option);
  const last = tokens.at(-1);
  const bare = tokens.length > 1 && last && PIVOT_TAG.test(last.tag) && other.endsWith(last.word) ? option.slice(0, -last.word.length) : option;
  return bare.replace(/(?<=.)的$/u, '');
}

/** Whether the article confirms a claim: the yes/no answer is 对. */
const confirmed = (verdict: Answer): boolean => verdict.answer !== null && normalize(verdict.answer) === '对';

/** What a denial says instead (不对，文章说是147家 → 147家), or ''. */
const saidInstead = (verdict: Answer): string => /^不对，文章说(?:是)?(?<said>.+)$/u.exec(normalize(verdict.answer ?? ''))?.groups?.said ?? '';

/**
 * A choice between two answers (「张莹尹是处长还是副处长」, 「签约客户是147家还是174家」): each option is
 * checked as a claim (张莹尹是处长, 张莹尹是副处长). The answer is the option the article confirms, or the one
 * it says instead of the other; nothing when it confirms both or neither.
 */
export function extractChoice(ctx: ExtractContext): Candidate[] {
  const { first, second } = ctx.match?.groups ?? {};
  const choice = first && second ? choiceOf(first, second) : null;
  if (!choice) return [];
  const verdicts = choice.claims.map((claim) => ctx.judge(claim));
  const picked = choice.options.flatMap((option, i) => {
    const verdict = verdicts[i];
    const other = verdicts[1 - i];
    if (!verdict || !other) return [];
    // Confirmed, the other not; or the other denied with this very option as what the article says.
    const chosen = (confirmed(verdict) && !confirmed(other)) || (!confirmed(verdict) && verdict.answer === null && saidInstead(other) !== '' && agrees(option, saidInstead(other)));
    const by = confirmed(verdict) ? verdict : other;
    const text = shown(option, choice.options[1 - i] ?? '');
    // The option itself stands in the sentence that settles it: a claim confirmed by words around it confirms no choice.
    // (More than half its character pairs: 拱墅区开 stands in 「…在杭州市拱墅区…召开」.)
    const source = chosen && pairShare(text, normalize(by.evidence ?? '')) > 0.5 ? sourceOf(ctx.articles, by) : null;
    return source ? [{ text, source, score: by.score }] : [];
  });
  return picked.length === 1 ? picked : [];
}
