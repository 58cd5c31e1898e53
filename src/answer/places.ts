import { readWords } from '../data.js';
import { escapeRegExp } from '../text/numbers.js';

const ENDINGS = readWords('places.yaml', 'endings').sort((a, b) => b.length - a.length);

/** How a place's name ends (data/places.yaml): 省, 市, 区…, or a venue (宾馆, 园区, 中心, 大学). */
export const PLACE_ENDING = new RegExp(`(?:${ENDINGS.map(escapeRegExp).join('|')})$`, 'u');

// 区域 is any area, not a 区; 县市 is either.
const ASKED_KIND = new RegExp(`哪一?[个座所家]?(?<kind>${ENDINGS.map(escapeRegExp).join('|')})(?![域省市县区镇乡])`, 'u');

/**
 * The kind of place a question asks for by a place name's ending: 区 of 「在杭州哪个区办的」,
 * 小镇 of 「在哪个小镇里」 (jieba glues 区办 into one word, so the question's words cannot tell). '' when none.
 */
export function askedPlaceKind(question: string): string {
  return ASKED_KIND.exec(question)?.groups?.kind ?? '';
}

const VENUE_ASKED = new RegExp(`哪一?[个座家所](?:${readWords('places.yaml', 'venues').map(escapeRegExp).join('|')})`, 'u');

const VENUE_ENDING = new RegExp(`\\p{Script=Han}(?:${readWords('places.yaml', 'venue_endings').map(escapeRegExp).join('|')})$`, 'u');

/** Whether a question asks for a venue by its kind (在哪个酒店开的) and `place` is not named like one (重庆, 运河网谷). */
export function notTheVenueAsked(question: string, place: string): boolean {
  return VENUE_ASKED.test(question) && !namedAsVenue(place);
}

/** Whether a place is named like a venue (郭尔罗斯宾馆, 会展中心): data/places.yaml `venue_endings`. */
export function namedAsVenue(place: string): boolean {
  return VENUE_ENDING.test(place);
}

/** Words jieba tags as places that name no particular place (城市, 当地, 全国): data/places.yaml. */
export const GENERIC_PLACES: ReadonlySet<string> = new Set(readWords('places.yaml', 'generic'));

const ADMINISTRATIVE = new RegExp(`^\\p{Script=Han}{2,}(?:${readWords('places.yaml', 'administrative').map(escapeRegExp).join('|')})$`, 'u');

/**
 * jieba's tag of a word, with the names of administrative areas it does not know (拱墅区, tagged x) or
 * takes for a person's (高新区, tagged nr: 高 is a surname) read as places: a question about 拱墅区 is
 * not answered from a sentence about 杭州市.
 */
export function placeAwareTag(word: string, tag: string): string {
  return (tag === 'x' || tag.startsWith('nr')) && ADMINISTRATIVE.test(word) && !GENERIC_PLACES.has(word) ? 'ns' : tag;
}

const FIRM_PREFIXES = readWords('places.yaml', 'firm_prefixes');

/** Whether the article names `word` as a firm (日商三井): then it is no place, whatever jieba tags it. */
export function namedAsFirm(word: string, articleText: string): boolean {
  return FIRM_PREFIXES.some((p) => articleText.includes(p + word));
}
