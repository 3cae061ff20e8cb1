/**
 * Independent evidence: articles that are near-copies of each other (wire copy republished by several
 * outlets) count as one source. Near-duplicates are found by the Jaccard similarity of word 5-shingles.
 */
import type { ArticleBundle } from '../../storage/store.js';

const SHINGLE = 5;
/** Jaccard of 5-shingles above which two articles are copies of one text; wire rewrites run 0.6–0.9. */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** Maps each article id to the id of its evidence group (the earliest article of its copies). */
export function evidenceGroups(articles: ArticleBundle[]): Map<string, string> {
  const shingles = articles.map((a) => shingleSet(a.article.text ?? ''));
  const group = new Map<string, string>();
  for (let i = 0; i < articles.length; i++) {
    const id = articles[i].article.id;
    let home = id;
    for (let j = 0; j < i; j++) {
      if (jaccard(shingles[i], shingles[j]) >= NEAR_DUPLICATE_JACCARD) {
        home = group.get(articles[j].article.id)!;
        break;
      }
    }
    group.set(id, home);
  }
  return group;
}

function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}
