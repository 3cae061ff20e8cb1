/**
 * Intruder detection by lexical cohesion: a paragraph that shares almost no content terms with the rest of
 * its article (a company quote pasted into a war report) does not belong to the story. Only paragraphs
 * long enough to judge are judged, and the lead is never judged: it defines the story.
 */
import { contentTerms } from '../../text/terms.js';

export interface CohesionOptions {
  /** Fewest distinct content terms a paragraph needs before its cohesion is judged. */
  minTerms: number;
  /** Highest share of a paragraph's distinct terms found elsewhere in the article for it to be an intruder. */
  maxShared: number;
  /**
   * Fewest distinct terms the rest of the article must have for a judgement: in a three-paragraph story a
   * genuine paragraph can share no word with the others, so short articles are never judged.
   */
  minContextTerms: number;
}

/**
 * Deliberately conservative. On the reference corpus genuine paragraphs score as low as 0.10 while a
 * pasted-in quote scores 0.15, so article-level cohesion alone cannot separate them; at 0.05 only a
 * paragraph sharing (almost) nothing is removed. The story-level check (`story.ts`) does the real work;
 * this one covers what it cannot see, and must not cost it precision. minTerms swept on `npm run eval --
 * intruders` with the story-level defaults (seeds 1/2/3, precision / recall / genuine paragraphs removed,
 * both levels together): 8 → 0.872/0.860/0.864, 0.380/0.371/0.363, 0.9% (this level alone: precision 0.84);
 * 10 → 0.901/0.893/0.889, 0.359/0.353/0.342, 0.7-0.8%; 12 → 0.914/0.909/0.902, 0.345/0.336/0.328,
 * 0.5-0.7% (alone: 0.93/0.92/0.90) — the only setting with precision ≥ 0.90 on every seed, so chosen.
 */
export const DEFAULT_COHESION: CohesionOptions = Object.freeze({ minTerms: 12, maxShared: 0.05, minContextTerms: 50 });

/** For each paragraph, its share of distinct terms that occur in other paragraphs (null when not judged). */
export function cohesionScores(paragraphs: string[], options: CohesionOptions = DEFAULT_COHESION): (number | null)[] {
  const termSets = paragraphs.map((p) => new Set(contentTerms(p)));
  const counts = new Map<string, number>();
  for (const set of termSets) for (const t of set) counts.set(t, (counts.get(t) ?? 0) + 1);
  return termSets.map((set, i) => {
    if (i === 0 || set.size < options.minTerms || counts.size - set.size < options.minContextTerms) return null;
    let shared = 0;
    for (const t of set) if ((counts.get(t) ?? 0) > 1) shared++;
    return shared / set.size;
  });
}
