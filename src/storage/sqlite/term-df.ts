/**
 * The SQLite store's term statistics: reads of `term_df` with this process's unfolded saves added, and the
 * fold of `term_df_pending` into `term_df` (see `../term-stats.ts` for the batching and its staleness bound).
 */
import { TermDeltas } from '../term-stats.js';
import type { TermStats } from '../store.js';
import type { Statements } from './statements.js';

/**
 * Stored document frequencies kept in memory between folds (absent terms as 0). `term_df` changes only in a
 * fold, and every fold that changes it raises the stored document count, so a cache filled at one count
 * answers exactly what the table would until the count moves; then it is emptied. Cluster bench at 100k:
 * the read took 0.33 ms CPU per article, most of it looking up terms already looked up since the last fold.
 * The cap bounds its memory (a term and its count: about 100 bytes).
 */
const TERM_CACHE = 200_000;

export class SqliteTermStats {
  /** This process's saves not yet folded into `term_df`, and the document count last read. */
  private readonly deltas = new TermDeltas();
  private storedDocuments = 0;
  /** Stored frequencies read at `cachedAt` documents (see `TERM_CACHE`). */
  private readonly cache = new Map<string, number>();
  private cachedAt = -1;

  constructor(private readonly s: Statements) {}

  read(terms: string[]): TermStats {
    // The count and the frequencies from one snapshot: one read transaction (it takes no write lock).
    const { documents, stored } = this.s.db.transaction(() => {
      const documents = Number(this.s.value(`SELECT value FROM meta WHERE key = 'documents'`).get());
      if (documents !== this.cachedAt || this.cache.size > TERM_CACHE) {
        this.cache.clear();
        this.cachedAt = documents;
      }
      const missing = terms.filter((t) => !this.cache.has(t));
      if (missing.length > 0) {
        const rows = this.s.sql('SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))').raw(true)
          .all(JSON.stringify(missing)) as [string, number][];
        for (const t of missing) this.cache.set(t, 0);
        for (const [t, n] of rows) this.cache.set(t, n);
      }
      return { documents, stored: this.cache };
    })();
    this.storedDocuments = documents;
    return this.deltas.apply(terms, documents, stored);
  }

  /** Counts a saved article's terms (`documentTerms`) in this process's reads; folds when enough saves have gathered. */
  saved(terms: string[]): void {
    this.deltas.add(terms);
    if (this.deltas.due(this.storedDocuments)) this.fold();
  }

  /** Folds what this process saved, if anything (on close: else the next fold, by any process, counts it). */
  flush(): void {
    if (this.deltas.documents > 0) this.fold();
  }

  /**
   * Adds every pending row (this process's and any other's, a crashed one's included) to `term_df` and to
   * the document count, in one transaction: sorted, so each page of `term_df` is written once.
   */
  private fold(): void {
    const s = this.s;
    s.db.transaction(() => {
      s.sql(`INSERT INTO term_df (term, df) SELECT j.value, COUNT(*) FROM term_df_pending p, json_each(p.terms) j
        WHERE true GROUP BY j.value ORDER BY j.value ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`).run();
      s.sql(`UPDATE meta SET value = CAST(value AS INTEGER) + (SELECT COUNT(*) FROM term_df_pending) WHERE key = 'documents'`).run();
      s.sql('DELETE FROM term_df_pending').run();
      this.storedDocuments = Number(s.value(`SELECT value FROM meta WHERE key = 'documents'`).get());
    }).immediate();
    this.deltas.clear();
  }
}
