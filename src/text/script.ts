import * as OpenCC from 'opencc-js';

/** Which Chinese script a text is written in; `unknown` when it shows neither. */
export type Script = 'simplified' | 'traditional' | 'unknown';

/** The one function of opencc-js used here; its own types do not resolve under every TypeScript (the linter's 6). */
type MakeConverter = (options: { from: 'tw' | 'cn'; to: 'tw' | 'cn' }) => (text: string) => string;
const makeConverter = (OpenCC as unknown as { Converter: MakeConverter }).Converter;

// Built once: building a converter loads its dictionaries.
const twToCn = makeConverter({ from: 'tw', to: 'cn' });
const cnToTw = makeConverter({ from: 'cn', to: 'tw' });

/** Converts Traditional (Taiwan) text to Simplified; Simplified text passes unchanged. */
export function toSimplified(text: string): string {
  return twToCn(text);
}

/** Converts Simplified text to Traditional (Taiwan). */
export function toTraditional(text: string): string {
  return cnToTw(text);
}

/**
 * Tells the script a text is written in, by whether converting it changes it.
 * Text made only of characters common to both scripts is `unknown`.
 */
export function detectScript(text: string): Script {
  if (toSimplified(text) !== text) return 'traditional';
  if (toTraditional(text) !== text) return 'simplified';
  return 'unknown';
}

/** Renders Simplified text in the wanted script. */
export function inScript(simplified: string, script: Script): string {
  return script === 'traditional' ? toTraditional(simplified) : simplified;
}
