/**
 * Independent evidence: articles that are near-copies of each other (wire copy republished by several
 * outlets) count as one source. Near-duplicates are found by the Jaccard similarity of word 5-shingles.
 *
 * Comparing every pair is quadratic (a 1,856-article story took 25 s). Each article keeps a bottom-k
 * sketch (the k smallest shingle hashes); two texts with Jaccard J share about J·k of their sketch values,
 * so only earlier articles sharing at least `MIN_SHARED_SKETCH` values with an article are candidates,
 * and each candidate is then checked exactly. At J = 0.5 and k = 64 the expected share is 21 values: a true
 * copy goes unchecked only with negligible probability.
 */
import type { ArticleBundle } from '../../storage/store.js';

const SHINGLE = 5;
/** Jaccard of 5-shingles above which two articles are copies of one text; wire rewrites run 0.6–0.9. */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/** Sketch size: the k smallest shingle hashes of each article. */
const SKETCH_SIZE = 64;
/** Shared sketch values that make an earlier article a candidate copy (expected 21 at the threshold). */
const MIN_SHARED_SKETCH = 4;

/** Maps each article id to the id of its evidence group (the earliest article of its copies). */
export function evidenceGroups(articles: ArticleBundle[]): Map<string, string> {
  const shingles = articles.map((a) => shingleHashes(a.article.text ?? ''));
  const postings = new Map<number, number[]>();
  const group = new Map<string, string>();
  for (let i = 0; i < articles.length; i++) {
    const id = articles[i].article.id;
    const sketch = bottomK(shingles[i], SKETCH_SIZE);
    const shared = new Map<number, number>();
    for (const h of sketch) for (const j of postings.get(h) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    let home = id;
    // The earliest qualifying copy, as an all-pairs scan in order would find.
    const candidates = [...shared.entries()].filter(([, n]) => n >= MIN_SHARED_SKETCH).map(([j]) => j).sort((a, b) => a - b);
    for (const j of candidates) {
      if (jaccard(shingles[i], shingles[j]) >= NEAR_DUPLICATE_JACCARD) {
        home = group.get(articles[j].article.id)!;
        break;
      }
    }
    group.set(id, home);
    for (const h of sketch) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  }
  return group;
}

/** The distinct 32-bit FNV-1a hashes of the text's word 5-shingles. */
function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
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

function bottomK(values: Set<number>, k: number): number[] {
  return [...values].sort((a, b) => a - b).slice(0, k);
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}
