import type { AnswerKind } from '../../intents/schema.js';
import type { Extractor } from '../types.js';
import { extractDate } from './date.js';
import { extractNumber } from './number.js';
import { extractOrganization, extractPeople, extractPerson, extractRole } from './people.js';
import { extractItems, extractPhrase } from './phrase.js';
import { extractPlace } from './place.js';
import { extractEditor, extractFiled, extractGist, extractPublished, extractReporter, extractSource, extractTitle } from './report.js';
import { extractStatement } from './statement.js';
import { extractYesNo } from './yesno.js';
import { extractChoice } from './choice.js';

/** The extractor of each kind of answer. */
export const EXTRACTORS: Record<AnswerKind, Extractor> = {
  person: extractPerson,
  people: extractPeople,
  role: extractRole,
  number: extractNumber,
  date: extractDate,
  place: extractPlace,
  phrase: extractPhrase,
  items: extractItems,
  organization: extractOrganization,
  statement: extractStatement,
  yesno: extractYesNo,
  choice: extractChoice,
  title: extractTitle,
  source: extractSource,
  published: extractPublished,
  filed: extractFiled,
  reporter: extractReporter,
  editor: extractEditor,
  gist: extractGist,
};

/** Kinds the generic span extractor may also answer: the others are answered by their own extractor or not at all. */
export const SPAN_KINDS: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['person', 'role', 'number', 'date', 'place', 'phrase']);

/** Kinds that check claims the question makes (their names and figures are what is checked, not what is asked about). */
export const CLAIM_KINDS: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['yesno', 'choice']);

/** Kinds about the report itself: answered from its structure, whatever the question's words. */
export const REPORT_KINDS: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['title', 'source', 'published', 'filed', 'reporter', 'editor', 'gist']);
