import { readWords } from '../data.js';

/**
 * Words that carry no meaning for retrieval: function words, and the words a
 * question is asked with (谁, 什么, 多少…), which the article never contains
 * in the sense asked.
 */
export const QUESTION_WORDS: readonly string[] = readWords('stopwords.yaml', 'question_words');

/**
 * Words that name the kind of thing asked (什么时候, 什么原因, 哪一个): the
 * article states the thing itself, so they are neither searched nor required.
 */
const ASKED_KIND_WORDS = readWords('stopwords.yaml', 'asked_kind_words');

const FUNCTION_WORDS = readWords('stopwords.yaml', 'function_words');

/** Nouns that name an attribute of a thing (主题, 方向): data/stopwords.yaml `attribute_nouns`. */
export const ATTRIBUTE_NOUNS: readonly string[] = readWords('stopwords.yaml', 'attribute_nouns');

/** Verbs that say only that an event took place (开, 举行): data/stopwords.yaml `event_verbs`. */
export const EVENT_VERBS: ReadonlySet<string> = new Set(readWords('stopwords.yaml', 'event_verbs'));

/** What readers end a question with for tone (来着, 㗎): data/stopwords.yaml `closing_particles`. */
export const CLOSING_PARTICLES: readonly string[] = readWords('stopwords.yaml', 'closing_particles');

/** How words an asker adds about themselves after a question begin (我想去看看, 谢谢). */
export const ASKER_OPENINGS: readonly string[] = readWords('stopwords.yaml', 'asker_openings');

const STOP = new Set<string>([...QUESTION_WORDS, ...ASKED_KIND_WORDS, ...FUNCTION_WORDS]);

/** True for a word that should not drive retrieval or count as evidence. */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Matches any question word; longest first so that 什么时候 wins over 什么. */
export const QUESTION_WORD_PATTERN = new RegExp(
  QUESTION_WORDS.slice().sort((a, b) => b.length - a.length).join('|'),
  'u',
);
