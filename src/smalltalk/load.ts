import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { IntentFileError } from '../errors.js';
import { catastrophicFragment } from '../intents/schema.js';

/** The languages a small-talk reply is written in. */
export const REPLY_LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type ReplyLang = (typeof REPLY_LANGS)[number];

/** One kind of small talk (greeting, thanks…): what it recognises and how it is answered. */
export interface SmalltalkIntent {
  name: string;
  file: string;
  /** Each matches a whole message (Simplified, lower case, without surrounding punctuation). */
  patterns: RegExp[];
  replies: Record<ReplyLang, string>;
  /** `silent`: no reply in a group (an acknowledgement there answers nobody). */
  groups: 'reply' | 'silent';
  /** Whether the example questions follow the reply. */
  examples: boolean;
}

/** What loading the small-talk folder gives: the valid intents and an error for each invalid file. */
export interface SmalltalkSet {
  intents: SmalltalkIntent[];
  errors: IntentFileError[];
}

const FIELDS = ['name', 'patterns', 'reply', 'groups', 'examples'];

/** The shipped folder, found from this module, so the console needs no configuration (src/ and dist/ alike). */
export const DEFAULT_SMALLTALK_DIR = fileURLToPath(new URL('../../intents/smalltalk', import.meta.url));

/**
 * Loads every `*.yaml` of a folder of small talk. A missing folder is no
 * small talk; an invalid file is reported (file, line, field) and skipped.
 */
export function loadSmalltalk(dir: string = DEFAULT_SMALLTALK_DIR): SmalltalkSet {
  const intents: SmalltalkIntent[] = [];
  const errors: IntentFileError[] = [];
  if (!existsSync(dir)) return { intents, errors };
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/u.test(f)).sort()) {
    const path = join(dir, file);
    try {
      const intent = parseSmalltalk(readFileSync(path, 'utf8'), path);
      const clash = intents.find((i) => i.name === intent.name);
      if (clash) throw new IntentFileError(path, 1, 'name', `"${intent.name}" is already the name of ${clash.file}`);
      intents.push(intent);
    } catch (err) {
      errors.push(err instanceof IntentFileError ? err : new IntentFileError(path, 1, '(file)', err instanceof Error ? err.message : String(err)));
    }
  }
  return { intents, errors };
}

/** Parses and validates one small-talk file; throws {@link IntentFileError} naming the line and field. */
export function parseSmalltalk(text: string, file: string): SmalltalkIntent {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const fail = (node: Node | null | undefined, field: string, problem: string): never => {
    throw new IntentFileError(file, lineOf(node), field, problem);
  };
  const yamlError = doc.errors[0];
  if (yamlError) throw new IntentFileError(file, lines.linePos(yamlError.pos[0]).line, '(yaml)', yamlError.message.split('\n')[0] ?? 'invalid YAML');
  const root = doc.contents;
  if (!isMap(root)) return fail(root, '(file)', 'expected a mapping with patterns and reply');
  const map = root as YAMLMap<unknown, unknown>;
  for (const item of map.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!FIELDS.includes(key)) fail(item.key as Node, key || '(key)', `unknown field; allowed: ${FIELDS.join(', ')}`);
  }
  const node = (key: string): Node | undefined => map.get(key, true);

  const nameNode = node('name');
  const name = nameNode === undefined ? basename(file).replace(/\.ya?ml$/u, '') : text_(nameNode, 'name');
  if (!/^[\p{L}\p{N}_-]+$/u.test(name)) fail(nameNode, 'name', 'must be a word (letters, digits, - or _)');

  const patternsNode = node('patterns');
  if (!isSeq(patternsNode) || patternsNode.items.length === 0) return fail(patternsNode ?? root, 'patterns', 'is required: a list of regular expressions, each matching a whole message');
  const patterns = patternsNode.items.map((item, i) => {
    const field = `patterns[${i}]`;
    const source = text_(item as Node, field);
    const danger = catastrophicFragment(source);
    if (danger) fail(item as Node, field, `"${danger}" can take exponential time on long messages; avoid nested quantifiers`);
    try {
      // Anchored: a pattern recognises a whole message, never a greeting inside a question.
      return new RegExp(`^(?:${source})$`, 'iu');
    } catch (err) {
      return fail(item as Node, field, `not a valid regular expression: ${(err as Error).message}`);
    }
  });

  const replyNode = node('reply');
  if (!isMap(replyNode)) return fail(replyNode ?? root, 'reply', `is required: a mapping with ${REPLY_LANGS.join(', ')}`);
  const replyMap = replyNode;
  for (const item of replyMap.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!(REPLY_LANGS as readonly string[]).includes(key)) fail(item.key as Node, `reply.${key}`, `unknown language; use ${REPLY_LANGS.join(', ')}`);
  }
  const replies = {} as Record<ReplyLang, string>;
  for (const lang of REPLY_LANGS) {
    const n = replyMap.get(lang, true) as Node | undefined;
    if (!n) return fail(replyNode, `reply.${lang}`, 'is required: every reply is written in zh-Hans, zh-Hant and en');
    replies[lang] = text_(n, `reply.${lang}`);
  }

  const groupsNode = node('groups');
  const groups = groupsNode === undefined ? 'reply' : text_(groupsNode, 'groups');
  if (groups !== 'reply' && groups !== 'silent') return fail(groupsNode, 'groups', `"${groups}" is not reply or silent`);

  const examplesNode = node('examples');
  let examples = false;
  if (examplesNode !== undefined) {
    if (!isScalar(examplesNode) || typeof examplesNode.value !== 'boolean') fail(examplesNode, 'examples', 'must be true or false');
    examples = (examplesNode as { value: boolean }).value;
  }
  return { name, file, patterns, replies, groups, examples };

  function text_(n: Node, field: string): string {
    if (!isScalar(n) || typeof n.value !== 'string' || !n.value.trim()) return fail(n, field, 'expected text');
    return n.value;
  }
}
