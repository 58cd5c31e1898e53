import type { Article, Person } from '../article/types.js';
import { pronounSpeaker } from '../article/pronouns.js';

/**
 * A question put in a speaker's mouth: 「包晓东说拱墅区有哪两个美称」, 「副区长说拱墅要打造成哪几样」.
 * The question itself is what follows the speech verb; the speaker says whose words must answer it.
 */
export interface SpokenQuestion {
  article: Article;
  person: Person;
  /** The question without its speaker: 「拱墅区有哪两个美称」. */
  rest: string;
}

/** Who, where (在推介时), a speech verb (话 too, Cantonese 说, in a question without other Cantonese), then the question. */
const SPEAKER_PREFIX = /^(?<who>\p{Script=Han}{1,12}?)(?:在[^，,。？?]{1,10}?|\p{Script=Han}{2}(?:时|的时候))?(?:说|表示|提到|讲|介绍|指出|强调|称|提及|认为|觉得|夸|称赞|形容|描述|话)(?:过|了|的)?[，,：:]?(?<rest>.{4,})$/u;

/** What makes the rest a question of its own (not 「包晓东说了什么」, which asks what he said). */
const ASKS = /什么|啥|哪|多少|几|谁|吗|是不是|对不对|是否|有没有|咋样|怎样|怎么样|如何/u;

/**
 * The speaker and the question, when a question opens with a person the articles name, by name
 * (包晓东) or by post (副区长, 包副区长: a surname and a post of theirs), and a speech verb. Null otherwise.
 *
 * @example
 * speakerPrefix('包晓东说拱墅区有哪两个美称？', articles) // { person: 包晓东…, rest: '拱墅区有哪两个美称？' }
 */
export function speakerPrefix(question: string, articles: readonly Article[]): SpokenQuestion | null {
  const m = SPEAKER_PREFIX.exec(question);
  const who = m?.groups?.who ?? '';
  const rest = m?.groups?.rest ?? '';
  if (!m || !ASKS.test(rest) || /^(?:了|过)?(?:些)?(?:什么|啥|哪些)/u.test(rest)) return null;
  const found: { article: Article; person: Person }[] = [];
  for (const article of articles) {
    for (const person of article.people) {
      const byName = who.includes(person.name);
      const post = who.startsWith(person.name.slice(0, 1)) ? who.slice(1) : who;
      // 拱树区副区长 (a typo) still names the 拱墅区副区长 by the post's last three characters.
      const byPost = post.length >= 2 && person.roles.some((r) => r.endsWith(post) || (r.length >= 3 && post.endsWith(r.slice(-3))));
      if (byName || byPost) found.push({ article, person });
    }
  }
  // A post several people hold names none of them.
  const only = found.length === 1 ? found[0] : found.find((f) => who.includes(f.person.name));
  return only ? { ...only, rest } : null;
}

/** Whether a paragraph of the article is the person's words: it names them, or opens with a pronoun that stands for them. */
export function saidBy(article: Article, paragraph: number, person: Person): boolean {
  const sentences = article.sentences.filter((s) => s.paragraph === paragraph);
  return sentences.some((s) => s.norm.includes(person.name) || pronounSpeaker(article, s.index)?.person === person);
}
