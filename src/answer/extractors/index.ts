import type { AnswerKind } from '../../intents/schema.js';
import type { Extractor } from '../types.js';
import { extractDate } from './date.js';
import { extractNumber } from './number.js';
import { extractPerson, extractRole } from './people.js';
import { extractPhrase } from './phrase.js';
import { extractPlace } from './place.js';

/** The extractor of each kind of answer. */
export const EXTRACTORS: Record<AnswerKind, Extractor> = {
  person: extractPerson,
  role: extractRole,
  number: extractNumber,
  date: extractDate,
  place: extractPlace,
  phrase: extractPhrase,
};
