/**
 * Document frequencies, written in batches. Bumping ~175 `term_df` rows in every article's transaction
 * dirtied ~175 random pages per save, which made the commit the largest part of placing an article in a
 * large store (cluster bench). Instead each save appends ONE row to `term_df_pending` (the article's distinct
 * terms), and a fold adds every pending row to `term_df` and to the document count in one transaction,
 * sorted, so each page of `term_df` is written once per fold rather than once per article.
 *
 * Staleness, bounded: a process sees its own saves at once (`TermDeltas`, added to what it reads), and other
 * processes' once they fold — each folds after `foldEvery(documents)` of its saves and when it closes. A
 * fold takes every pending row, whoever wrote it, so a crashed worker's rows are counted by the next fold,
 * never lost; a process whose rows another folded counts them twice in its own reads until its next fold
 * (at most `foldEvery` documents, in its process only).
 */
import type { TermStats } from './store.js';

/**
 * Saves between folds: 1/`FOLD_FRACTION` of the documents counted, within [`FOLD_MIN`, `FOLD_MAX`]. Another
 * worker's unseen saves then shift a document frequency by under 1% of the documents, which moves no idf
 * measurably; the cap keeps a fold at 1M articles near 20k distinct terms (cluster bench: the fold's cost,
 * amortised, is under a tenth of the save's).
 */
const FOLD_FRACTION = 128;
const FOLD_MIN = 8;
const FOLD_MAX = 1024;

export function foldEvery(documents: number): number {
  return Math.min(FOLD_MAX, Math.max(FOLD_MIN, Math.floor(documents / FOLD_FRACTION)));
}

/** The distinct terms an article counts once in: its weighted terms and names, sorted. */
export function documentTerms(features: { terms: Record<string, number>; names: Record<string, number> }): string[] {
  return [...new Set([...Object.keys(features.terms), ...Object.keys(features.names)])].sort();
}

/** This process's saves not yet folded: added to what the store reads, so its own statistics are exact. */
export class TermDeltas {
  private df = new Map<string, number>();
  documents = 0;

  add(terms: string[]): void {
    for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.documents++;
  }

  /** Whether this process has saved enough since its last fold to fold again. */
  due(storedDocuments: number): boolean {
    return this.documents >= foldEvery(storedDocuments + this.documents);
  }

  clear(): void {
    this.df = new Map();
    this.documents = 0;
  }

  /** The stored statistics with this process's unfolded saves added (in the order the terms were asked). */
  apply(terms: string[], documents: number, stored: Map<string, number>): TermStats {
    const df = new Map<string, number>();
    for (const t of terms) {
      const n = (stored.get(t) ?? 0) + (this.df.get(t) ?? 0);
      if (n > 0) df.set(t, n);
    }
    return { documents: documents + this.documents, df };
  }
}
