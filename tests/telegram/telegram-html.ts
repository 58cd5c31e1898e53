const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'code', 'pre', 'blockquote', 'tg-spoiler']);

/** Checks text against Telegram's HTML parse mode: only its tags, balanced; only its entities; no stray < or &. */
export function isTelegramHtml(html: string): boolean {
  const stack: string[] = [];
  const token = /<(\/?)([a-z-]+)>|&(lt|gt|amp|quot);|[<>&]/gu;
  for (const m of html.matchAll(token)) {
    if (m[0] === '<' || m[0] === '&') return false;
    if (m[0] === '>') continue; // a bare > is tolerated by Telegram, but we never emit one unescaped
    if (m[2] === undefined) continue;
    if (!TAGS.has(m[2])) return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}
