/**
 * Overlap weighed by rarity, for the intruder signals (`intruder-signals.ts`). Shootings, trials or
 * earthquakes are each reported in one vocabulary, so a paragraph pasted in from another shooting shares
 * "police", "shot" and "hospital" with the story as much as a genuine one; what it does not share is the
 * rare words — the street, the rare verb — and the word pairs. So: shares weighed by a fixed background
 * idf (`intruder-background.ts`), pairs of adjacent content terms, and the best single match in another
 * article (a story's articles retell each other paragraph by paragraph; a pasted one retells nothing).
 */
import { contentTerms } from '../../text/terms.js';
import { BACKGROUND_IDF_BANDS, BACKGROUND_RARE_IDF } from './intruder-background.js';

const IDF = new Map<string, number>();
for (const [idf, stems] of BACKGROUND_IDF_BANDS) for (const s of stems.split(' ')) IDF.set(s, idf);

/** A content term's background inverse document frequency (rare words, names included, get the most). */
export function backgroundIdf(term: string): number {
  return IDF.get(term) ?? BACKGROUND_RARE_IDF;
}

/**
 * Room for each term's number in a pair's key. Keys stay below 2^30, small integers that maps hash fast
 * (larger keys are boxed doubles: counting pairs took twice as long); a story with more distinct terms
 * than this (none in the benchmark's largest) would share numbers, and at worst count a few false pairs.
 */
const PAIR_BASE = 2 ** 15;

/**
 * A paragraph's distinct content terms, their background idf in the set's order, and the pairs of
 * adjacent terms ("open fire"), each pair a number made of the two terms' numbers in `ids` (a story's
 * numbering, grown as new terms come; numbers are cheaper to count than joined strings).
 */
export function termsAndPairs(text: string, ids: Map<string, number>): { terms: Set<string>; weights: Float64Array; pairs: Set<number> } {
  const seq = contentTerms(text);
  const pairs = new Set<number>();
  let prev = -1;
  for (const t of seq) {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size % PAIR_BASE));
    if (prev >= 0) pairs.add(prev * PAIR_BASE + id);
    prev = id;
  }
  const terms = new Set(seq);
  const weights = new Float64Array(terms.size);
  let i = 0;
  for (const t of terms) weights[i++] = backgroundIdf(t);
  return { terms, weights, pairs };
}

/** Where each term is used: the counted paragraphs (by a flat key) that use it. */
export type Postings = Map<string, number[]>;

export function postingsOf(sets: readonly (readonly Set<string>[])[], counted: (ai: number, pi: number) => boolean, key: (ai: number, pi: number) => number): Postings {
  const out: Postings = new Map();
  sets.forEach((a, ai) => a.forEach((set, pi) => {
    if (!counted(ai, pi)) return;
    const k = key(ai, pi);
    for (const t of set) {
      const list = out.get(t);
      if (list) list.push(k);
      else out.set(t, [k]);
    }
  }));
  return out;
}

/**
 * The most of a paragraph's idf mass that any single counted paragraph of another article covers (0 to
 * 1). `weights` are the terms' idf in the set's order; `articleOf` maps a flat key to its article; `self` is the paragraph's own article; `scratch` is a
 * zeroed array with a slot for every key, left zeroed again (one allocation per story, not per paragraph).
 */
export function bestMatch(set: ReadonlySet<string>, weights: Float64Array, postings: Postings, articleOf: (key: number) => number, self: number, scratch: Float64Array): number {
  const touched: number[] = [];
  let total = 0;
  let i = 0;
  for (const t of set) {
    const w = weights[i++];
    total += w;
    const list = postings.get(t);
    if (list === undefined) continue;
    for (const k of list) {
      if (articleOf(k) === self) continue;
      if (scratch[k] === 0) touched.push(k);
      scratch[k] += w;
    }
  }
  let best = 0;
  for (const k of touched) {
    if (scratch[k] > best) best = scratch[k];
    scratch[k] = 0;
  }
  return total > 0 ? best / total : 0;
}
