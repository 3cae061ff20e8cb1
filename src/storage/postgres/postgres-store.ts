/**
 * The shared store: PostgreSQL through a `pg.Pool`, for several workers on one database. Same tables and
 * semantics as the SQLite store. Concurrency rests on row locks, not on one writer at a time: `addArticle`
 * relies on the unique content hash (`ON CONFLICT DO NOTHING`), `saveProcessed` locks the article row
 * (`FOR UPDATE`) so a second worker waits and then sees it processed. Work is shared by session advisory
 * locks held on two dedicated connections (one for claims, one for the story assignment): the server drops
 * them when a worker's connection closes, so a killed worker leaves nothing locked and nothing to expire.
 */
import type pg from 'pg';
import type { Article, Extraction } from '../../model/schemas.js';
import { StoryProfile, type StoryMerge, type StorySummary } from '../../model/story.js';
import {
  articleIdFor, type AddResult, type ArticleBundle, type ArticleParts, type Assignment, type AssignResult, type NewArticle, type ProcessedArticle,
  type Store, type TermStats, MAX_MERGE_HOPS,
} from '../store.js';
import { Mutex } from '../mutex.js';
import { articleFromRow, type Row } from '../rows.js';
import { documentTerms, TermDeltas } from '../term-stats.js';
import { linkDuplicate, mergeStory, readCandidates, sortedUnique } from './cluster-index.js';
import { openPool, transaction, type PostgresOptions } from './pool.js';
import { SessionConnection } from './session.js';
import { readBundles, resolve } from './story-reads.js';

/**
 * Advisory-lock classes (arbitrary constants, apart from the migrations' 0x7472); the second key is the
 * schema (the assignment) or the schema and article id (a claim), hashed: a collision only makes a worker
 * skip an article another holds, or wait for an unrelated schema's assignment.
 */
const ASSIGNMENT_LOCK_CLASS = 0x7461;
const CLAIM_LOCK_CLASS = 0x7463;
/** Folds of `term_df_pending` run one at a time per schema: two never wait on each other's `term_df` rows. */
const FOLD_LOCK_CLASS = 0x7466;

/**
 * How many of the oldest pending articles a claim tries, in order, before reading the list again: enough
 * for every loop of a few workers to find one not held by another.
 */
const CLAIM_WINDOW = 64;

export class PostgresStore implements Store {
  /** Pending articles this process's workers hold, as advisory locks on `claims`. */
  private readonly claimed = new Set<string>();
  private readonly claims: SessionConnection;
  /** Session advisory locks are re-entrant within a connection: claims of this process queue here first. */
  private readonly claimQueue = new Mutex();
  /** This process's saves not yet folded into `term_df` (see `term-stats.ts`), and the count last read. */
  private readonly deltas = new TermDeltas();
  private storedDocuments = 0;

  private constructor(private readonly pool: pg.Pool) {
    this.claims = new SessionConnection(pool);
  }

  /** Connects to `url` (`postgres://user:password@host:port/database`) and applies missing migrations. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    return new PostgresStore(await openPool(url, options));
  }

  async addArticle(a: NewArticle): Promise<AddResult> {
    const id = articleIdFor(a.contentHash);
    try {
      // A concurrent insert of the same hash makes this wait for that transaction, then do nothing.
      const inserted = await this.pool.query(`INSERT INTO articles (id, content_hash, source, title, url, published, published_inferred, origin, format, raw)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [id, a.contentHash, a.source, a.title, a.url, a.published, a.publishedInferred, a.origin, a.format, a.raw]);
      if (inserted.rowCount === 1) return { id, created: true };
      const existing = await this.pool.query('SELECT id FROM articles WHERE content_hash = $1', [a.contentHash]);
      return { id: (existing.rows[0]?.id as string | undefined) ?? id, created: false };
    } catch (cause) {
      // e.g. a NUL character, which PostgreSQL text cannot hold (SQLite can).
      throw new Error(`cannot store the article from ${a.origin}: ${(cause as Error).message}`, { cause });
    }
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.pool.query('SELECT * FROM articles WHERE id = $1', [id]);
    return rows[0] ? articleFromRow(rows[0]) : null;
  }

  async pendingArticleIds(limit = 1_000_000): Promise<string[]> {
    const { rows } = await this.pool.query(`SELECT id FROM articles WHERE status = 'pending'
      ORDER BY published IS NULL, published, seq LIMIT $1`, [limit]);
    return rows.map((r: Row) => r.id as string);
  }

  async saveAssigned(r: ArticleParts, assignment: Assignment): Promise<AssignResult | null> {
    let asked = 0;
    let entered = 0;
    const terms = documentTerms(r.features);
    const storyId = await transaction(this.pool, async (c) => {
      // The article row, locked: a second worker saving the same article waits here, then finds it processed.
      const state = await c.query('SELECT status FROM articles WHERE id = $1 FOR UPDATE', [r.articleId]);
      if (state.rowCount === 0) throw new Error(`article ${r.articleId} is not stored`);
      if (state.rows[0].status === 'processed') return null; // another worker got there first: keep its result
      // The article's own rows: only this transaction writes them, so they are written before the lock.
      const s = r.sentences;
      await c.query(`INSERT INTO sentences (id, article_id, idx, paragraph, start, "end", text)
        SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[])`,
      [s.map((x) => x.id), s.map((x) => x.articleId), s.map((x) => x.index), s.map((x) => x.paragraph),
        s.map((x) => x.start), s.map((x) => x.end), s.map((x) => x.text)]);
      const m = r.removals;
      await c.query(`INSERT INTO removals (article_id, idx, text, reason, detail)
        SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
      [r.articleId, m.map((_, i) => i), m.map((x) => x.text), m.map((x) => x.reason), m.map((x) => x.detail ?? null)]);
      await c.query(`INSERT INTO extractions (article_id, data) VALUES ($1, $2)`, [r.articleId, JSON.stringify(r.extraction)]);
      await c.query(`INSERT INTO features (article_id, data) VALUES ($1, $2)`, [r.articleId, JSON.stringify(r.features)]);
      // Its terms, counted by the next fold: one appended row, outside the lock, instead of ~175 updates under it.
      await c.query('INSERT INTO term_df_pending (terms) VALUES ($1)', [terms]);

      // The assignment lock, held until COMMIT: the next holder's candidate read sees this story saved.
      // Story rows and index keys are written only under it, so no
      // two transactions wait on each other's rows while one holds the lock (no lock-order deadlock).
      asked = performance.now();
      await c.query('SELECT pg_advisory_xact_lock($1::int, hashtext(current_schema()))', [ASSIGNMENT_LOCK_CLASS]);
      entered = performance.now();
      const candidates = assignment.limit > 0 ? await readCandidates(c, assignment.keys, assignment.limit) : [];
      const { note, story } = assignment.decide(candidates);
      await c.query(`UPDATE articles SET status = 'processed', note = $1, language = $2, text = $3, published = $4, published_inferred = $5,
        title = COALESCE(title, $7) WHERE id = $6`, [note, r.language, r.text, r.published, r.publishedInferred, r.articleId, r.title ?? null]);
      const p = story.profile;
      await c.query(`INSERT INTO stories (id, title, article_count, first_date, last_date, profile) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
          first_date = excluded.first_date, last_date = excluded.last_date, profile = excluded.profile`,
      [p.id, p.title, p.articleCount, p.firstDate, p.lastDate, JSON.stringify(p)]);
      for (const m of story.merged ?? []) await mergeStory(c, m, p.id, r.articleId);
      if (r.sketch) await linkDuplicate(c, r.articleId, r.text, r.sketch, p, story.created, assignment);
      await c.query('INSERT INTO story_articles (article_id, story_id, seq) SELECT id, $2, seq FROM articles WHERE id = $1', [r.articleId, p.id]);
      // A posting's seq is the story's latest article: the candidate read takes the most recent per key.
      await c.query(`INSERT INTO story_keys (key, story_id, seq) SELECT unnest($1::text[]), $2, (SELECT seq FROM articles WHERE id = $3)
        ON CONFLICT (key, story_id) DO UPDATE SET seq = excluded.seq`, [sortedUnique(story.keys), p.id, r.articleId]);
      return p.id;
    });
    if (storyId === null) return null;
    this.deltas.add(terms);
    if (this.deltas.due(this.storedDocuments)) await this.foldTermStats();
    return { storyId, lockWaitMs: entered - asked, lockHeldMs: performance.now() - entered };
  }

  async saveProcessed(r: ProcessedArticle): Promise<void> {
    await this.saveAssigned(r, { keys: [], limit: 0, decide: () => ({ note: r.note, story: r.story }) });
  }

  async markFailed(articleId: string, note: string): Promise<void> {
    await this.pool.query(`UPDATE articles SET status = 'failed', note = $1 WHERE id = $2 AND status = 'pending'`, [note, articleId]);
  }

  async reviseArticle(articleId: string, r: { published: string | null; publishedInferred: boolean; extraction: Extraction }): Promise<void> {
    await transaction(this.pool, async (c) => {
      const changed = await c.query(`UPDATE articles SET published = $1, published_inferred = $2 WHERE id = $3 AND status = 'processed'`,
        [r.published, r.publishedInferred, articleId]);
      if (changed.rowCount !== 1) throw new Error(`article ${articleId} is not a processed article`);
      await c.query('UPDATE extractions SET data = $1 WHERE article_id = $2', [JSON.stringify(r.extraction), articleId]);
    });
  }

  async undatedStories(): Promise<string[]> {
    // Driven by the partial index of undated processed articles (migration 2): few rows, whatever the store's size.
    const { rows } = await this.pool.query(`SELECT DISTINCT sa.story_id FROM articles u JOIN story_articles sa ON sa.article_id = u.id
      WHERE u.status = 'processed' AND u.published IS NULL AND EXISTS (SELECT 1 FROM story_articles sb JOIN articles d ON d.id = sb.article_id
        WHERE sb.story_id = sa.story_id AND d.published IS NOT NULL) ORDER BY sa.story_id`);
    return rows.map((r: Row) => r.story_id as string);
  }

  async termStats(terms: string[]): Promise<TermStats> {
    // One statement, so the document count and the frequencies come from the same snapshot.
    const { rows } = await this.pool.query(`SELECT m.value AS documents, t.term, t.df FROM meta m
      LEFT JOIN term_df t ON t.term = ANY($1::text[]) WHERE m.key = 'documents'`, [terms]);
    const found = new Map(rows.filter((r: Row) => r.term != null).map((r: Row) => [r.term as string, r.df as number]));
    this.storedDocuments = Number(rows[0].documents);
    return this.deltas.apply(terms, this.storedDocuments, found); // in the order asked, as SQLite gives them
  }

  /**
   * Adds every pending row (this process's and any other's, a killed worker's included) to `term_df` and to
   * the document count, in one statement, sorted; one fold at a time (a transaction-level advisory lock).
   */
  private async foldTermStats(): Promise<void> {
    await transaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1::int, hashtext(current_schema()))', [FOLD_LOCK_CLASS]);
      const { rows } = await c.query(`WITH gone AS (DELETE FROM term_df_pending RETURNING terms),
          bumped AS (INSERT INTO term_df (term, df) SELECT t, COUNT(*) FROM gone, unnest(gone.terms) AS t GROUP BY t ORDER BY t
            ON CONFLICT (term) DO UPDATE SET df = term_df.df + excluded.df)
        UPDATE meta SET value = value + (SELECT COUNT(*) FROM gone) WHERE key = 'documents' RETURNING value`);
      this.storedDocuments = Number(rows[0].value);
    });
    this.deltas.clear();
  }

  async candidateStories(keys: string[], limit: number): Promise<StoryProfile[]> {
    return readCandidates(this.pool, keys, limit);
  }

  async getStory(id: string): Promise<StoryProfile | null> {
    // The story itself, else the one its merges lead to (one statement; `resolveStory` for the hop limit).
    const { rows } = await this.pool.query('SELECT profile FROM stories WHERE id = $1', [id]);
    if (rows[0]) return StoryProfile.parse(rows[0].profile);
    const resolved = await resolve(this.pool, id);
    if (resolved === null) return null;
    const again = await this.pool.query('SELECT profile FROM stories WHERE id = $1', [resolved]);
    return again.rows[0] ? StoryProfile.parse(again.rows[0].profile) : null;
  }

  async resolveStory(id: string): Promise<string | null> {
    return resolve(this.pool, id);
  }

  async storyMerges(id: string): Promise<StoryMerge[]> {
    const target = await resolve(this.pool, id);
    if (target === null) return [];
    const { rows } = await this.pool.query(`WITH RECURSIVE m AS (
        SELECT story_id, into_id, article_id, merged_at, 1 AS depth FROM story_merges WHERE into_id = $1
        UNION ALL SELECT s.story_id, s.into_id, s.article_id, s.merged_at, m.depth + 1 FROM story_merges s JOIN m ON s.into_id = m.story_id
          WHERE m.depth < $2)
      SELECT DISTINCT story_id, into_id, article_id, merged_at FROM m ORDER BY merged_at, story_id`, [target, MAX_MERGE_HOPS]);
    return rows.map((m: Row) => ({ storyId: m.story_id as string, into: m.into_id as string, articleId: m.article_id as string, at: m.merged_at as string }));
  }

  async listStories(): Promise<StorySummary[]> {
    // NULLS LAST: SQLite sorts NULL lowest, so an undated story comes last there under DESC too.
    const { rows } = await this.pool.query('SELECT profile FROM stories ORDER BY article_count DESC, last_date DESC NULLS LAST, id');
    return rows.map((r: Row) => {
      const p = StoryProfile.parse(r.profile);
      return { id: p.id, title: p.title, articleCount: p.articleCount, sources: p.sources, firstDate: p.firstDate, lastDate: p.lastDate };
    });
  }

  async storyArticles(storyId: string): Promise<ArticleBundle[]> {
    // Four reads in one snapshot, so an article revised meanwhile is never seen half old, half new.
    return transaction(this.pool, async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const resolved = await resolve(c, storyId);
      if (resolved === null) return [];
      const articles = (await c.query(`SELECT a.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id
        WHERE sa.story_id = $1 ORDER BY a.published IS NULL, a.published, sa.seq`, [resolved])).rows.map(articleFromRow);
      return readBundles(c, articles);
    });
  }

  async articleBundle(id: string): Promise<ArticleBundle | null> {
    return transaction(this.pool, async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const articles = (await c.query('SELECT * FROM articles WHERE id = $1', [id])).rows.map(articleFromRow);
      return articles.length ? (await readBundles(c, articles))[0] : null;
    });
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    const { rows } = await this.pool.query('SELECT story_id FROM story_articles WHERE article_id = $1', [articleId]);
    return rows[0] ? (rows[0].story_id as string) : null;
  }

  async counts(): Promise<{ articles: number; pending: number; failed: number; stories: number }> {
    // COUNT is BIGINT, which pg hands back as a string.
    const { rows: [row] } = await this.pool.query(`SELECT COUNT(*) AS articles,
        COUNT(*) FILTER (WHERE status = 'pending') AS pending, COUNT(*) FILTER (WHERE status = 'failed') AS failed,
        (SELECT COUNT(*) FROM stories) AS stories FROM articles`);
    return { articles: Number(row.articles), pending: Number(row.pending), failed: Number(row.failed), stories: Number(row.stories) };
  }

  async claimPending(): Promise<string | null> {
    return this.claimQueue.run(async () => {
      const { rows } = await this.pool.query(`SELECT id FROM articles WHERE status = 'pending'
        ORDER BY published IS NULL, published, seq LIMIT $1`, [CLAIM_WINDOW + this.claimed.size]);
      for (const { id } of rows as { id: string }[]) {
        if (this.claimed.has(id)) continue;
        const lock = await this.claims.query('SELECT pg_try_advisory_lock($1::int, hashtext(current_schema() || $2::text)) AS ok',
          [CLAIM_LOCK_CLASS, id]);
        if (lock.rows[0].ok) {
          this.claimed.add(id);
          return id;
        }
      }
      return null;
    });
  }

  async releaseClaim(articleId: string): Promise<void> {
    if (!this.claimed.delete(articleId)) return;
    await this.claimQueue.run(() => this.claims.query('SELECT pg_advisory_unlock($1::int, hashtext(current_schema() || $2::text))',
      [CLAIM_LOCK_CLASS, articleId]));
  }

  async close(): Promise<void> {
    try {
      if (this.deltas.documents > 0) await this.foldTermStats(); // else the next fold, by any worker, counts them
    } finally {
      await this.claims.releaseAll();
      this.claimed.clear();
      await this.pool.end();
    }
  }
}
