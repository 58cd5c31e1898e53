import { ROLE_SUFFIXES } from '../article/people.js';
import { readData } from '../data.js';
import type { IntentMatch } from '../intents/match.js';
import type { AnswerKind } from '../intents/schema.js';
import { countedNoun } from './extractors/number.js';
import { CLAIM_KINDS } from './extractors/index.js';
import { segment } from '../text/segment.js';
import type { Term } from './types.js';

/** What a how-much or when question measures (data/measures.yaml). */
export interface Measure {
  name: string;
  /** The answer kind it applies to: number (the default) or date. */
  kind: AnswerKind;
  /** How a reply names it: 年龄, 时长… */
  label: string;
  cue: RegExp;
  /** The units an answer of this measure carries. */
  units: string[];
  /** A four-digit year (2022年) is a date, not an amount of this measure. */
  notDates: boolean;
  /** A number without a unit may be of this measure (人口达2,790,060 counts people). */
  bare: boolean;
  /** Words that let a number of another unit answer when its clause holds one (增长了100亿元 for a change). */
  orSaidWith: string[];
}

/**
 * A question as the engine understands it, before any answer is sought: the
 * kind of answer, what a number must measure, and the constraints every answer
 * must meet. Built once per question by {@link readQuery}; checked against
 * each candidate by `checkCandidate`.
 *
 * @example
 * readQuery('谁是招商蛇口产业园区杭州公司总经理', match, terms)
 * // { kind: 'person', measure: null, posts: ['总经理'], anchors: [...], counted: '' }
 */
export interface Query {
  /** The question, normalised. */
  question: string;
  kind: AnswerKind;
  measure: Measure | null;
  /** Posts the question names, each to be found whole in the evidence: 总经理 is not 副总经理. */
  posts: string[];
  /** Names, places, numbers of the question that the evidence must hold, each within its scope (see {@link Term.scope}). */
  anchors: { text: string; scope: Term['scope'] }[];
  /** The noun a how-many question counts (企业 in 「多少家上市企业」), or ''. */
  counted: string;
}

interface PostRules {
  lesser: string[];
  longer: string[];
  /** Posts that lead a whole body, which no one placed in a part of it holds. */
  heads: string[];
  otherTimes: string[];
}

let measures: Measure[] | null = null;
let postRules: PostRules | null = null;

/** The measures of data/measures.yaml, compiled once. */
export function loadMeasures(): Measure[] {
  if (measures) return measures;
  const raw = readData('measures.yaml');
  if (!Array.isArray(raw)) throw new Error('data/measures.yaml: expected a list of measures');
  measures = raw.map((entry: unknown, i) => {
    const m = entry as { name?: unknown; kind?: unknown; label?: unknown; cue?: unknown; units?: unknown; not_dates?: unknown; bare?: unknown; or_said_with?: unknown };
    if (typeof m.name !== 'string' || typeof m.cue !== 'string' || !Array.isArray(m.units)) {
      throw new Error(`data/measures.yaml: measure ${i + 1} needs name, cue and units`);
    }
    return {
      name: m.name,
      kind: m.kind === 'date' ? 'date' : 'number',
      label: typeof m.label === 'string' ? m.label : m.name,
      cue: new RegExp(m.cue, 'u'),
      units: m.units.map(String),
      notDates: m.not_dates === true,
      bare: m.bare === true,
      orSaidWith: Array.isArray(m.or_said_with) ? m.or_said_with.map(String) : [],
    };
  });
  return measures;
}

/** The post rules of data/posts.yaml. */
export function loadPostRules(): PostRules {
  if (postRules) return postRules;
  const raw = readData('posts.yaml') as (Partial<PostRules> & { other_times?: unknown[] }) | null;
  postRules = {
    lesser: (raw?.lesser ?? []).map(String),
    longer: (raw?.longer ?? []).map(String),
    heads: (raw?.heads ?? []).map(String),
    otherTimes: (raw?.other_times ?? []).map(String),
  };
  return postRules;
}

/** The measure a question of an answer kind asks for, or null. */
export function measureOf(question: string, kind: AnswerKind = 'number'): Measure | null {
  return loadMeasures().find((m) => m.kind === kind && m.cue.test(question)) ?? null;
}

/**
 * The posts a text names, the longest at each place, with a lesser prefix
 * kept (副区长, 常务副市长): 「谁是拱墅区副区长」 → ['副区长'].
 */
export function postsIn(text: string): string[] {
  const { lesser } = loadPostRules();
  const found: string[] = [];
  let at = 0;
  while (at < text.length) {
    const options = [
      ROLE_SUFFIXES.find((r) => text.startsWith(r, at)) ?? '',
      ...lesser
        .filter((p) => text.startsWith(p, at))
        .map((p) => {
          const post = ROLE_SUFFIXES.find((r) => text.startsWith(r, at + p.length));
          return post ? p + post : '';
        }),
    ];
    const post = options.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (post) found.push(post);
    at += Math.max(1, post.length);
  }
  return found;
}

/**
 * Whether `text` holds `post` as a whole post somewhere: not as the tail of
 * a lesser one (区长 in 副区长) unless the post is itself the lesser one, and not
 * as the head of a longer one (主任 in 主任委员).
 */
export function holdsPostWhole(text: string, post: string): boolean {
  const { lesser, longer } = loadPostRules();
  for (let at = text.indexOf(post); at >= 0; at = text.indexOf(post, at + 1)) {
    const before = text.slice(0, at);
    if (lesser.some((p) => before.endsWith(p) && !post.startsWith(p))) continue;
    if (longer.some((l) => l.length > post.length && l.startsWith(post) && text.startsWith(l, at))) continue;
    if (ROLE_SUFFIXES.some((r) => r.length > post.length && r.startsWith(post) && text.startsWith(r, at))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a question asks for a post at another time than the article's (张驰挺之前在哪工作); a time word inside a
 * name the article writes (未来 of 数智未来城, given as `text`) asks nothing of time.
 */
export function asksOtherTime(question: string, text = ''): boolean {
  return loadPostRules().otherTimes.some((w) => {
    const at = question.indexOf(w);
    return at >= 0 && !(at > 0 && text.includes(question.slice(at - 1, at + w.length))) && !text.includes(question.slice(at, at + w.length + 1));
  });
}

/** The post a lesser one is the lesser of (副署长 → 署长), or null when it has no lesser prefix. */
export function lesserBase(post: string): string | null {
  const prefix = loadPostRules().lesser.find((p) => post.startsWith(p) && post.length > p.length);
  return prefix ? post.slice(prefix.length) : null;
}

/** Reads a normalised question into a {@link Query}. */
export function readQuery(question: string, match: IntentMatch | null, terms: readonly Term[]): Query {
  const kind: AnswerKind = match?.answer ?? 'phrase';
  // A claim's names, posts and numbers are what is checked, by its own extractor: a wrong one makes the answer 不对.
  if (CLAIM_KINDS.has(kind)) return { question, kind, measure: null, posts: [], anchors: [], counted: '' };
  return {
    question,
    kind,
    measure: measureOf(question, kind),
    posts: postsIn(question),
    anchors: terms.flatMap((t) => (t.hard === null ? [] : [{ text: t.hard.toLowerCase(), scope: t.scope }])),
    counted: kind === 'number' ? countedNoun(question) : '',
  };
}

const SMALL_NUMBERS = '一二三四五六七八九十';

/**
 * How many items a question asks for when it says (五大产业链都是哪些, 那4家企业叫啥, 哪三样):
 * an answer with fewer is not the list asked. 0 when it does not say.
 */
export function itemsAsked(question: string): number {
  // 「三个东西,一个是A,还有一个B,另外一个叫啥」 asks for the one left.
  if (/(?:另外|另|剩下的?|最后)一个(?:是|叫)?(?:什么|啥|哪)/u.test(question)) return 1;
  const m = /(?:^|[^\d第])(?<n>\d|[二两三四五六七八九十])(?:大|个|家|项|种|条|位|名|块|类|所|座|样|张)/u.exec(question);
  const n = m?.groups?.n ?? '';
  if (!n) return 0;
  return /\d/u.test(n) ? Number(n) : n === '两' ? 2 : SMALL_NUMBERS.indexOf(n) + 1;
}

/** Verbs that say only that something is, or is somewhere: they name no deed of their own. */
export const BARE_VERB = /^(?:是|有|为|在|位于|成为|作为|设|设有|建有|拥有)$/u;

/**
 * The verbs of a question that name a deed (举行, 代表, 签), not only that something is (是, 位于).
 *
 * @example
 * deedsAsked('谁出席了签约仪式'); // ['出席']
 * deedsAsked('谁是签约仪式的媒人'); // []
 */
export function deedsAsked(question: string): string[] {
  const tokens = segment(question);
  // A verb right before a common noun mostly names a kind of thing (签约|仪式 of 「谁是签约仪式的媒人」), not the deed
  // asked; before a name it is one (主持|三井…的签约仪式).
  return tokens.filter((t, i) => /^v/u.test(t.tag) && !BARE_VERB.test(t.word) && !/^n(?![rstz])/u.test(tokens[i + 1]?.tag ?? '')).map((t) => t.word);
}
