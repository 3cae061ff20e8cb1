/**
 * Near-duplicates: articles that are copies of one text (wire copy republished by several outlets), found
 * when an article joins its story so that later stages can count them as one source of evidence.
 *
 * Two texts are copies when the Jaccard similarity of their word 5-shingles reaches
 * `NEAR_DUPLICATE_JACCARD`. Each article keeps a bottom-k sketch (the k smallest shingle hashes, stored with
 * it); two texts with Jaccard J share about J·k of their sketch values, so only earlier articles sharing at
 * least `MIN_SHARED_SKETCH` values are candidates, and each candidate is then checked exactly against its
 * text. At J = 0.5 and k = 64 the expected share is 21 values: a true copy goes unchecked only with
 * negligible probability. Reconcile uses the same primitives when a story has no stored links.
 */
import type { DuplicateLink } from '../../model/story.js';

export type { DuplicateLink };

const SHINGLE = 5;
/** Jaccard of 5-shingles above which two articles are copies of one text; wire rewrites run 0.6–0.9. */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/** Sketch size: the k smallest shingle hashes of each article. */
export const SKETCH_SIZE = 64;
/** Shared sketch values that make an earlier article a candidate copy (expected 21 at the threshold). */
export const MIN_SHARED_SKETCH = 4;
/**
 * The story's most recent articles an arriving article is compared with (by their stored sketches). Copies
 * of one wire story appear within a day or two, when the story is young; the bound keeps the check's cost
 * flat however large a story grows (the cluster bench).
 */
export const DUPLICATE_WINDOW = 64;

/** An article → the earlier article of its story whose text it copies, with their Jaccard similarity. */

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct 32-bit FNV-1a hashes of the text's word 5-shingles. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The k smallest values, ascending. */
export function bottomK(values: Set<number>, k: number = SKETCH_SIZE): number[] {
  return [...values].sort((a, b) => a - b).slice(0, k);
}

/** An article's stored sketch: the bottom-k of its shingle hashes. */
export function sketchOf(text: string): number[] {
  return bottomK(shingleHashes(text));
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Values two sorted sketches share. */
export function sharedValues(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/** Earlier articles whose sketch shares enough values with `sketch` to be checked exactly, in the given order. */
export function duplicateCandidates(sketch: readonly number[], earlier: { articleId: string; sketch: readonly number[] }[]): string[] {
  if (sketch.length === 0) return [];
  return earlier.filter((e) => sharedValues(sketch, e.sketch) >= MIN_SHARED_SKETCH).map((e) => e.articleId);
}

/**
 * The earlier article `text` copies: the first of `candidates` (earliest first) whose text reaches
 * `NEAR_DUPLICATE_JACCARD`, as an all-pairs scan in order would find; null when none does.
 */
export function findDuplicate(articleId: string, text: string, candidates: { articleId: string; text: string }[]): DuplicateLink | null {
  if (candidates.length === 0) return null;
  const mine = shingleHashes(text);
  for (const c of candidates) {
    const similarity = jaccard(mine, shingleHashes(c.text));
    if (similarity >= NEAR_DUPLICATE_JACCARD) return { articleId, duplicateOf: c.articleId, similarity: Math.round(similarity * 1000) / 1000 };
  }
  return null;
}
