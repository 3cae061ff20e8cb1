/**
 * Independent evidence: articles that are near-copies of each other (wire copy republished by several
 * outlets) count as one source. Near-duplicates are found by the Jaccard similarity of word 5-shingles.
 *
 * The cluster stage links each article to the earlier copy it duplicates when it joins its story, and the
 * store keeps the link: when every article of the story carries its checked link, the groups follow those
 * links. A story with an article processed before links were kept, or one whose stories were merged (the
 * two sides were never compared), is computed here as before.
 *
 * Comparing every pair is quadratic (a 1,856-article story took 25 s). Each article keeps a bottom-k
 * sketch (the k smallest shingle hashes); two texts with Jaccard J share about J·k of their sketch values,
 * so only earlier articles sharing at least `MIN_SHARED_SKETCH` values with an article are candidates,
 * and each candidate is then checked exactly. At J = 0.5 and k = 64 the expected share is 21 values: a true
 * copy goes unchecked only with negligible probability.
 */
import { bottomK, jaccard, MIN_SHARED_SKETCH, NEAR_DUPLICATE_JACCARD, shingleHashes, SKETCH_SIZE } from '../cluster/index.js';
import type { ArticleBundle } from '../../storage/store.js';

export { NEAR_DUPLICATE_JACCARD };

/** Maps each article id to the id of its evidence group (the earliest article of its copies). */
export function evidenceGroups(articles: ArticleBundle[]): Map<string, string> {
  if (articles.length > 0 && articles.every((a) => a.duplicate !== undefined)) return linkedGroups(articles);
  return computedGroups(articles);
}

/**
 * Groups from the stored links: each article's group is the root of its chain of links (an article linked
 * to one outside the list heads its own group). The root is the earliest processed copy, which for articles
 * published in order is the earliest in the list, as `computedGroups` would choose.
 */
function linkedGroups(articles: ArticleBundle[]): Map<string, string> {
  const of = new Map(articles.map((a) => [a.article.id, a.duplicate?.of ?? null]));
  const group = new Map<string, string>();
  for (const a of articles) {
    let id = a.article.id;
    for (let hops = 0; hops <= articles.length; hops++) {
      const next = of.get(id);
      if (!next || !of.has(next)) break;
      id = next;
    }
    group.set(a.article.id, id);
  }
  return group;
}

/** Groups computed from the texts: each article joins the group of the earliest earlier article it copies. */
function computedGroups(articles: ArticleBundle[]): Map<string, string> {
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
