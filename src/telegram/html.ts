/** Telegram's message limit, in UTF-16 code units as Telegram counts them. */
export const MAX_MESSAGE_LENGTH = 4096;

/** Escapes text for Telegram's HTML parse mode: only `<`, `>` and `&` need it. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * Cuts plain text so that, escaped, it fits `budget` characters; adds `…`
 * when cut. Never splits a surrogate pair or an escape.
 */
export function fitEscaped(text: string, budget: number): string {
  const escaped = escapeHtml(text);
  if (escaped.length <= budget) return escaped;
  let out = '';
  for (const ch of text) {
    const next = escapeHtml(ch);
    if (out.length + next.length > budget - 1) break;
    out += next;
  }
  return `${out}…`;
}

/** Removes characters Telegram rejects or that would garble a message: lone surrogates, NUL and other controls but newline. */
export function cleanText(text: string): string {
  // The control characters are what this removes: the rule's concern (a control character typed by mistake) is the point here.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0009\u000B-\u001F\u007F]/gu, '');
}
