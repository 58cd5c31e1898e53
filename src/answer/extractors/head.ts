import { segment } from '../../text/segment.js';
import { synonymsOf } from '../../text/synonyms.js';

const NOUN = /^(?:n|nz|ng|nt|nr|ns|vn|j)/u;
const GENERIC_HEAD = /^(?:时候|地方|时间|样子)$/u;

/**
 * The noun a question's question word asks about: 地区 in 哪一地区, 公司 in
 * 哪家韩国公司, 博物馆 in 哪一个博物馆 — the last noun of the words that follow it;
 * or, when none follows, the noun it is equated with: 国家 in
 * 「采铜的国家为哪一个」, 湖泊 in 「中国最大的湖泊为？」.
 */
export function headNoun(question: string): string {
  return modifiedNoun(question) || headBefore(question);
}

function headBefore(question: string): string {
  // 「兄弟省份有哪些」 lists 省份 as 「兄弟省份是哪些」 and 「…都是哪些」 do; a 都 before anything but 哪些 may end a name (北都是什么).
  const m = /(?:是|为|叫|叫做|都?有)(?:哪一?[个种类部本所座位条项家门名首场届间支]?|什么|何者|啥)?$|都?[是有]哪些$/u.exec(question) ?? doneBy(question);
  if (!m) return '';
  const last = segment(question.slice(0, m.index)).at(-1);
  return last && NOUN.test(last.tag) && last.word.length >= 1 && !GENERIC_HEAD.test(last.word) ? last.word : '';
}

/** 「兄弟省份有哪几个来签约」: the question word followed only by what they did asks for some of the noun before it. */
function doneBy(question: string): RegExpExecArray | null {
  const m = /都?有(?:哪些|哪几个?|哪几[家位])(?<rest>\p{Script=Han}{1,6})[？?]?$/u.exec(question);
  return m?.groups?.rest && /^v/u.test(segment(m.groups.rest)[0]?.tag ?? '') ? m : null;
}

/** The noun the question word itself modifies (哪一种变星 → 变星), '' when it modifies none. */
export function modifiedNoun(question: string): string {
  const tokens = segment(question);
  const at = tokens.findIndex((t) => /^(?:哪|哪一|哪个|哪家|哪种|哪类|哪部|哪本|哪所|哪座|哪位|哪条|哪项|哪些|什么|何种|啥)$/u.test(t.word) || /^哪一?[个种类部本所座位条项家门名首场届间支]$/u.test(t.word));
  if (at < 0) {
    const m = /(?:哪一?|什么|何|啥)(?:个|种|类|位|座|所|家|本|部|条|项|支|届|间|门)?(?<head>\p{Script=Han}{1,2})/u.exec(question);
    const head = m?.groups?.head ?? '';
    return /^(?:时|地|里|儿|些|样|年|天)/u.test(head) ? '' : head;
  }
  let head = '';
  for (const t of tokens.slice(at + 1)) {
    // A verbal noun after the head is the clause's verb (哪位首领|统一), not a longer head.
    if (NOUN.test(t.tag) && !(head && t.tag === 'vn')) head = t.word;
    else if (!/^一?[个种类所家位座部本条项门名首场届间支]$/u.test(t.word) || head) break;
  }
  return GENERIC_HEAD.test(head) ? '' : head;
}

/**
 * Whether a word ends like the head noun asked about without ending in it: in
 * its last character (产业 → 工业), or, for two-character nouns made of two
 * near-synonyms, in its first (岛屿 → 绿岛, 国家 → 法国, 河流 → 黄河); in any of the kinds of area a noun
 * joins (省区市 → 贵州省); or in a word the article may say for it (data/synonyms.yaml: 阶段 → 加速爆发期).
 */
export function endsLikeHead(word: string, head: string): boolean {
  if (word.length <= 1) return false;
  if (word.endsWith(head.slice(-1))) return true;
  if (head.length === 2 && word.endsWith(head.slice(0, 1))) return true;
  // 省区市, 省市, 市县: a noun made of the words of several kinds of area names any of them (贵州省 of 兄弟省区市).
  if (/^[省区市县州镇乡村]{2,}$/u.test(head) && [...head].some((ch) => word.endsWith(ch))) return true;
  return synonymsOf(head).some((w) => word.length > w.length && word.endsWith(w));
}
