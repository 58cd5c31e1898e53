import { findNumbers } from '../text/numbers.js';
import type { Engine } from './engine.js';

/**
 * Example questions drawn from the articles themselves, kept only when the
 * engine answers them: who a named person is, how many of something, where or
 * when it happened. Shown by /start and when the bot cannot answer.
 */
export function exampleQuestions(engine: Engine, count = 3): string[] {
  const drafts: string[] = [];
  for (const article of engine.articles) {
    const person = article.people.find((p) => p.roles.length > 0 && !p.roles[0]?.endsWith('记者'));
    if (person) drafts.push(`${person.name}是谁？`);
    for (const s of article.sentences) {
      const n = findNumbers(s.norm).find((x) => /^\d+$/u.test(x.value) && ['家', '个', '位', '名', '亿元', '万元', '人', '项'].includes(x.unit));
      if (!n) continue;
      const clauseStart = Math.max(s.norm.lastIndexOf(',', n.start), s.norm.lastIndexOf('，', n.start)) + 1;
      const subject = s.norm.slice(clauseStart, n.start).trim();
      if (subject.length >= 4 && subject.length <= 16) drafts.push(`${subject}多少${n.unit}？`);
    }
    const event = /在(\p{Script=Han}{2,20}?)(召开|举行|举办)/u.exec(article.sentences.map((s) => s.norm).join(''));
    if (event) drafts.push(`${/座谈会|会议|论坛|活动/u.exec(article.titleNorm)?.[0] ?? '活动'}在哪里${event[2]}？`);
    if (article.dateline?.reporter) drafts.push('记者是谁？');
  }
  const kept: string[] = [];
  for (const q of drafts) {
    if (kept.length >= count) break;
    if (!kept.includes(q) && engine.answer(q).answer !== null) kept.push(q);
  }
  return kept;
}
