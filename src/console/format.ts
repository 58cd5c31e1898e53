import type { Answer } from '../answer/types.js';

const NOT_SAID: Record<'simplified' | 'traditional', string> = {
  simplified: '文章没有提到这一点。',
  traditional: '文章沒有提到這一點。',
};

const CLOSEST: Record<'simplified' | 'traditional', string> = {
  simplified: '文章里最接近的一句：',
  traditional: '文章裡最接近的一句：',
};

/** An answer as plain text for a terminal: the short answer, then its evidence. */
export function formatPlain(a: Answer, verbose = false): string {
  const lines: string[] = [];
  // The same words in both scripts: 「（“张弛挺”按“张驰挺”理解）」.
  if (a.corrected.length > 0) lines.push(`（${a.corrected.map((c) => `“${c.from}”按“${c.to}”`).join('、')}理解）`);
  if (a.status === 'empty') lines.push(a.script === 'traditional' ? '請輸入一個問題。' : '请输入一个问题。');
  else if (a.answer === null) {
    lines.push(a.note ? `${NOT_SAID[a.script]}${a.note}。` : NOT_SAID[a.script]);
    // Not an answer: the sentence the article comes closest to saying it in, shown as such.
    if (a.related) lines.push(`  ${CLOSEST[a.script]}「${a.related}」`);
  }
  else {
    lines.push(a.answer);
    if (a.evidence) lines.push(`  「${a.evidence}」`);
    if (a.source) lines.push(`  ——出自《${a.source}》`);
  }
  if (verbose) lines.push(`  [intent: ${a.intent ?? '—'} · kind: ${a.kind} · score: ${a.score.toFixed(3)} · ${a.status}]`);
  return lines.join('\n');
}

/** An answer as one JSON line: the contract of `ask --json`. */
export function formatJson(a: Answer): string {
  return JSON.stringify({
    question: a.question,
    intent: a.intent,
    kind: a.kind,
    answer: a.answer,
    evidence: a.evidence,
    score: a.score,
    status: a.status,
    article: a.article,
    source: a.source,
    paragraph: a.paragraph,
    note: a.note,
    related: a.related,
    corrected: a.corrected,
  });
}
