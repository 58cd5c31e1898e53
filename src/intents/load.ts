import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { IntentFileError } from '../errors.js';
import {
  ANSWER_KINDS,
  catastrophicFragment,
  type AnswerKind,
  type AnswerPattern,
  type Intent,
  type IntentExample,
  type IntentPattern,
} from './schema.js';

const FIELDS = ['name', 'description', 'answer', 'priority', 'patterns', 'extract', 'extract_only', 'examples'];

/** What loading a folder of intents gives: the valid intents and an error for each invalid file. */
export interface IntentSet {
  intents: Intent[];
  errors: IntentFileError[];
}

/** True for a file that holds an intent. */
export function isIntentFile(name: string): boolean {
  return /\.ya?ml$/u.test(name);
}

/**
 * Loads every `*.yaml` file of a folder. A file that fails validation does
 * not stop the others: it is reported in `errors` with its line and field.
 * Two files with the same intent name are an error on the second.
 */
export function loadIntents(dir: string): IntentSet {
  const intents: Intent[] = [];
  const errors: IntentFileError[] = [];
  const files = readdirSync(dir).filter(isIntentFile).sort();
  for (const file of files) {
    const path = join(dir, file);
    try {
      const intent = parseIntent(readFileSync(path, 'utf8'), path);
      const clash = intents.find((i) => i.name === intent.name);
      if (clash) throw new IntentFileError(path, 1, 'name', `"${intent.name}" is already the name of ${clash.file}`);
      intents.push(intent);
    } catch (err) {
      if (err instanceof IntentFileError) errors.push(err);
      else errors.push(new IntentFileError(path, 1, '(file)', err instanceof Error ? err.message : String(err)));
    }
  }
  return { intents, errors };
}

/** Parses and validates one intents file; throws {@link IntentFileError} naming the line and field. */
export function parseIntent(text: string, file: string): Intent {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const fail = (node: Node | null | undefined, field: string, problem: string): never => {
    throw new IntentFileError(file, lineOf(node), field, problem);
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lines.linePos(yamlError.pos[0]).line;
    throw new IntentFileError(file, line, '(yaml)', yamlError.message.split('\n')[0] ?? 'invalid YAML');
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, '(file)', 'expected a mapping with name, answer, patterns and examples');
  const map = root as YAMLMap<unknown, unknown>;
  for (const item of map.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!FIELDS.includes(key)) fail(isNode(item.key) ? item.key : undefined, key || '(key)', `unknown field; allowed: ${FIELDS.join(', ')}`);
  }
  const node = (key: string): Node | undefined => {
    const found = map.get(key, true);
    return isNode(found) ? found : undefined;
  };

  const nameNode = node('name');
  const name = nameNode === undefined ? basename(file).replace(/\.ya?ml$/u, '') : scalarString(nameNode);
  if (!name || !/^[\p{L}\p{N}_-]+$/u.test(name)) fail(nameNode, 'name', 'must be a word (letters, digits, - or _)');

  const answerNode = node('answer');
  if (!answerNode) return fail(root, 'answer', `is required: one of ${ANSWER_KINDS.join(', ')}`);
  const answer = kind(answerNode, 'answer');

  const priorityNode = node('priority');
  let priority = 0;
  if (priorityNode !== undefined) {
    const value = isScalar(priorityNode) ? priorityNode.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(priorityNode, 'priority', 'must be a number');
    priority = value as number;
  }

  const patternsNode = node('patterns');
  if (!isSeq(patternsNode) || patternsNode.items.length === 0) {
    return fail(patternsNode ?? root, 'patterns', 'is required: a list of regular expressions');
  }
  const patterns = patternsNode.items.map((item, i) => pattern(item as Node, `patterns[${i}]`));

  const extractNode = node('extract');
  const extract: AnswerPattern[] = [];
  if (extractNode !== undefined) {
    if (!isSeq(extractNode)) fail(extractNode, 'extract', 'must be a list of regular expressions with a group (?<answer>…)');
    (extractNode as { items: unknown[] }).items.forEach((item, i) => {
      const compiled = pattern(item as Node, `extract[${i}]`);
      if (!/\(\?<answer>/u.test(compiled.source)) fail(item as Node, `extract[${i}]`, 'needs a named group (?<answer>…) that captures the answer');
      extract.push({ source: compiled.source, regex: new RegExp(compiled.source, 'gu'), line: compiled.line });
    });
  }

  const extractOnlyNode = node('extract_only');
  const extractOnly = extractOnlyNode === undefined ? false : isScalar(extractOnlyNode) ? extractOnlyNode.value : null;
  if (typeof extractOnly !== 'boolean') fail(extractOnlyNode, 'extract_only', 'must be true or false');
  if (extractOnly === true && extract.length === 0) fail(extractOnlyNode, 'extract_only', 'needs extract patterns to find any answer');

  const examplesNode = node('examples');
  const examples: IntentExample[] = [];
  if (examplesNode !== undefined) {
    if (!isSeq(examplesNode)) fail(examplesNode, 'examples', 'must be a list of {question, answer}');
    (examplesNode as { items: unknown[] }).items.forEach((item, i) => examples.push(example(item as Node, `examples[${i}]`)));
  }

  return {
    name,
    file,
    description: node('description') ? scalarString(node('description') as Node) : '',
    answer,
    priority,
    patterns,
    extract,
    extractOnly: extractOnly === true,
    examples,
  };

  function scalarString(n: Node): string {
    if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) {
      return fail(n, '(value)', 'expected text');
    }
    return String(n.value);
  }

  function kind(n: Node, field: string): AnswerKind {
    const value = isScalar(n) ? n.value : undefined;
    if (typeof value !== 'string' || !(ANSWER_KINDS as readonly string[]).includes(value)) {
      return fail(n, field, `"${String(value)}" is not an answer kind; use one of ${ANSWER_KINDS.join(', ')}`);
    }
    return value as AnswerKind;
  }

  function pattern(n: Node, field: string): IntentPattern {
    let source: unknown;
    let answerKind = answer;
    if (isMap(n)) {
      const m = n;
      for (const item of m.items) {
        const key = isScalar(item.key) ? String(item.key.value) : '';
        if (key !== 'pattern' && key !== 'answer') fail(item.key as Node, `${field}.${key}`, 'unknown field; allowed: pattern, answer');
      }
      const p = m.get('pattern', true) as Node | undefined;
      source = p && isScalar(p) ? p.value : undefined;
      const a = m.get('answer', true) as Node | undefined;
      if (a) answerKind = kind(a, `${field}.answer`);
    } else if (isScalar(n)) {
      source = n.value;
    }
    if (typeof source !== 'string' || source.length === 0) return fail(n, field, 'expected a regular expression as text');
    const danger = catastrophicFragment(source);
    if (danger) fail(n, field, `"${danger}" can take exponential time on long questions; avoid nested quantifiers`);
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'du');
    } catch (err) {
      return fail(n, field, `not a valid regular expression: ${(err as Error).message}`);
    }
    return { source, regex, answer: answerKind, line: lineOf(n) };
  }

  function example(n: Node, field: string): IntentExample {
    if (!isMap(n)) return fail(n, field, 'expected {question: …, answer: …}');
    const m = n;
    const q = m.get('question', true) as Node | undefined;
    if (!q || !isScalar(q) || typeof q.value !== 'string' || !q.value.trim()) {
      return fail(q ?? n, `${field}.question`, 'is required: the question as a person would ask it');
    }
    if (!m.has('answer')) return fail(n, `${field}.answer`, 'is required: the expected answer, or null when the article does not say');
    const a = m.get('answer', true) as Node | undefined;
    const value = a && isScalar(a) ? a.value : null;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
      return fail(a, `${field}.answer`, 'expected text or null');
    }
    return { question: q.value, answer: value === null ? null : String(value), line: lineOf(n) };
  }
}
