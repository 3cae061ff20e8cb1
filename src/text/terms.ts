/**
 * Content terms of a text: lower-cased words, function words removed, Porter-stemmed (the `stemmer`
 * package), so "strikes", "striking" and "struck"-free variants meet. Shared by clean (lexical cohesion)
 * and cluster (term vectors).
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/** Function words plus the reporting words every news story uses; they say nothing about which story. */
const STOP = new Set([
  ...eng,
  'said', 'says', 'say', 'told', 'tell', 'according', 'would', 'could', 'should', 'will', 'may', 'might', 'must', 'also', 'just',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'last', 'new', 'year', 'years',
  'mr', 'mrs', 'ms', 'dr', 'its', 'it’s', 'who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'what', 'there', 'here',
  'than', 'then', 'them', 'they', 'their', 'our', 'we', 'us', 'you', 'your', 'he', 'she', 'him', 'her', 'his', 'hers', 'i', 'me',
  'my', 'get', 'got', 'like', 'made', 'make', 'many', 'much', 'more', 'most', 'some', 'such', 'other', 'others', 'over', 'into',
  'since', 'still', 'even', 'well', 'back', 'week', 'day', 'days', 'time', 'people', 'now', 'today', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const MIN_TERM_LENGTH = 3;

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z'’-]+$/.test(word) ? stemmer(word.replace(/['’]s$/, '')) : word;
    if (stemCache.size > STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Stemmed content terms in text order (with repeats). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < MIN_TERM_LENGTH || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
