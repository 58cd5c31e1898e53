/**
 * Whether `text` mentions `name`, whole or as an abbreviation: its characters
 * in order within a stretch at most three times its length (卫健委 in
 * 卫生健康委员会, 北大 in 北京大学).
 */
export function mentions(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  if (name.length < 2) return false;
  for (let start = text.indexOf(name[0] ?? ''); start >= 0; start = text.indexOf(name[0] ?? '', start + 1)) {
    let at = start;
    let ok = true;
    for (const ch of name.slice(1)) {
      at = text.indexOf(ch, at + 1);
      if (at < 0 || at - start >= name.length * 3) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}
