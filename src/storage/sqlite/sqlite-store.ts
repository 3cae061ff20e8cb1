/**
 * The embedded default store: one SQLite file through better-sqlite3, in WAL mode so readers never block
 * the writer, with a busy timeout so a second process waits for the lock instead of failing at once.
 */
import Database from 'better-sqlite3';
import type { Article, Extraction } from '../../model/schemas.js';
import type { StoryMerge, StoryProfile, StorySummary } from '../../model/story.js';
import {
  articleIdFor, type AddResult, type ArticleBundle, type ArticleParts, type Assignment, type AssignResult, type NewArticle, type ProcessedArticle,
  type Store, type TermStats,
} from '../store.js';
import { articleFromRow, type Row } from '../rows.js';
import { documentTerms } from '../term-stats.js';
import { ClusterIndex } from './cluster-index.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { profileToText } from './profile-text.js';
import { Statements } from './statements.js';
import * as reads from './story-reads.js';
import { SqliteTermStats } from './term-df.js';

/**
 * WAL pages between automatic checkpoints (SQLite's default is 1,000). A save writes ~40 pages, so the default
 * copied the WAL back into the file every ~25 articles; at 10,000 (a WAL of up to ~40 MB) a page written by
 * many saves is copied back once per checkpoint. Cluster bench at 100k: save 2.1 → 1.8 ms CPU per article.
 */
const WAL_CHECKPOINT_PAGES = 10_000;

/** How long a writer waits for another process's lock before giving up (ms). */
const BUSY_TIMEOUT_MS = 30_000;


export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** Pending articles this process's workers hold (see `claimPending`). */
  private readonly claimed = new Set<string>();
  private readonly statements: Statements;
  private readonly index: ClusterIndex;
  private readonly terms: SqliteTermStats;

  constructor(readonly path: string) {
    try {
      this.db = new Database(path);
    } catch (cause) {
      throw new Error(`cannot open the database ${path}: ${(cause as Error).message}`, { cause });
    }
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    this.migrate();
    this.statements = new Statements(this.db);
    this.index = new ClusterIndex(this.statements);
    this.terms = new SqliteTermStats(this.statements);
  }

  /** The statement for `sql`, prepared once. */
  private sql(sql: string): Database.Statement {
    return this.statements.sql(sql);
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const applied = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version as number));
    for (const m of SQLITE_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      // IMMEDIATE: two processes opening a new file at once must not both apply the same migration.
      this.db.transaction(() => {
        const again = this.db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version);
        if (again) return;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
      }).immediate();
    }
  }

  async addArticle(a: NewArticle): Promise<AddResult> {
    const existing = this.sql('SELECT id FROM articles WHERE content_hash = ?').get(a.contentHash) as Row | undefined;
    if (existing) return { id: existing.id as string, created: false };
    const id = articleIdFor(a.contentHash);
    const info = this.sql(`INSERT INTO articles (id, content_hash, source, title, url, published, published_inferred, origin, format, raw)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
      .run(id, a.contentHash, a.source, a.title, a.url, a.published, a.publishedInferred ? 1 : 0, a.origin, a.format, a.raw);
    return { id, created: info.changes === 1 };
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.sql('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? articleFromRow(row) : null;
  }

  async pendingArticleIds(limit = 1_000_000): Promise<string[]> {
    const rows = this.sql(`SELECT id FROM articles WHERE status = 'pending'
      ORDER BY published IS NULL, published, seq LIMIT ?`).all(limit) as Row[];
    return rows.map((r) => r.id as string);
  }

  /**
   * One `BEGIN IMMEDIATE` transaction: it takes the file's write lock, which is the assignment lock (another
   * process waits, up to the busy timeout). Synchronous from BEGIN to COMMIT, so nothing else in this
   * process runs in between either.
   */
  async saveAssigned(r: ArticleParts, assignment: Assignment): Promise<AssignResult | null> {
    const db = this.db;
    const asked = performance.now();
    let entered = 0;
    let written: StoryProfile | null = null;
    let terms: string[] = [];
    const storyId = db.transaction((): string | null => {
      entered = performance.now();
      const state = this.sql('SELECT status, seq FROM articles WHERE id = ?').get(r.articleId) as Row | undefined;
      if (!state) throw new Error(`article ${r.articleId} is not stored`);
      if (state.status === 'processed') return null; // another process got there first: keep its result
      const candidates = assignment.limit > 0 ? this.index.candidates(assignment.keys, assignment.limit) : [];
      const { note, story } = assignment.decide(candidates);
      this.sql(`UPDATE articles SET status = 'processed', note = ?, language = ?, text = ?, published = ?, published_inferred = ?,
        title = COALESCE(title, ?) WHERE id = ?`)
        .run(note, r.language, r.text, r.published, r.publishedInferred ? 1 : 0, r.title ?? null, r.articleId);
      const insSentence = this.sql('INSERT INTO sentences (id, article_id, idx, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const s of r.sentences) insSentence.run(s.id, s.articleId, s.index, s.paragraph, s.start, s.end, s.text);
      const insRemoval = this.sql('INSERT INTO removals (article_id, idx, text, reason, detail) VALUES (?, ?, ?, ?, ?)');
      r.removals.forEach((m, i) => insRemoval.run(r.articleId, i, m.text, m.reason, m.detail ?? null));
      this.sql('INSERT INTO extractions (article_id, json) VALUES (?, ?)').run(r.articleId, JSON.stringify(r.extraction));
      this.sql('INSERT INTO features (article_id, json) VALUES (?, ?)').run(r.articleId, JSON.stringify(r.features));
      const p = story.profile;
      written = p;
      this.sql(`INSERT INTO stories (id, title, article_count, first_date, last_date, profile) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, article_count = excluded.article_count,
          first_date = excluded.first_date, last_date = excluded.last_date, profile = excluded.profile`)
        .run(p.id, p.title, p.articleCount, p.firstDate, p.lastDate, profileToText(p));
      for (const m of story.merged ?? []) this.index.merge(m, p.id, r.articleId);
      const seq = state.seq as number;
      if (r.sketch) this.index.linkDuplicate(r.articleId, seq, r.sketch, p, story.created, assignment);
      this.sql('INSERT INTO story_articles (article_id, story_id, seq) VALUES (?, ?, ?)').run(r.articleId, p.id, seq);
      this.index.post(p.id, story.keys, seq);
      // Its terms are counted by the next fold (one appended row here, not one update per term).
      terms = documentTerms(r.features);
      this.sql('INSERT INTO term_df_pending (terms) VALUES (?)').run(JSON.stringify(terms));
      return p.id;
    }).immediate();
    if (storyId === null) return null;
    if (written) this.index.remember(written);
    this.terms.saved(terms);
    return { storyId, lockWaitMs: entered - asked, lockHeldMs: performance.now() - entered };
  }

  async saveProcessed(r: ProcessedArticle): Promise<void> {
    await this.saveAssigned(r, { keys: [], limit: 0, decide: () => ({ note: r.note, story: r.story }) });
  }

  async markFailed(articleId: string, note: string): Promise<void> {
    this.sql(`UPDATE articles SET status = 'failed', note = ? WHERE id = ? AND status = 'pending'`).run(note, articleId);
  }

  async reviseArticle(articleId: string, r: { published: string | null; publishedInferred: boolean; extraction: Extraction }): Promise<void> {
    this.db.transaction(() => {
      const changed = this.sql(`UPDATE articles SET published = ?, published_inferred = ? WHERE id = ? AND status = 'processed'`)
        .run(r.published, r.publishedInferred ? 1 : 0, articleId).changes;
      if (changed !== 1) throw new Error(`article ${articleId} is not a processed article`);
      this.sql('UPDATE extractions SET json = ? WHERE article_id = ?').run(JSON.stringify(r.extraction), articleId);
    }).immediate();
  }

  async undatedStories(): Promise<string[]> {
    // Driven by the partial index of undated processed articles (migration 2): few rows, whatever the store's size.
    const rows = this.sql(`SELECT DISTINCT sa.story_id FROM articles u JOIN story_articles sa ON sa.article_id = u.id
      WHERE u.status = 'processed' AND u.published IS NULL AND EXISTS (SELECT 1 FROM story_articles sb JOIN articles d ON d.id = sb.article_id
        WHERE sb.story_id = sa.story_id AND d.published IS NOT NULL) ORDER BY sa.story_id`).all() as Row[];
    return rows.map((r) => r.story_id as string);
  }

  async termStats(terms: string[]): Promise<TermStats> {
    return this.terms.read(terms);
  }

  async candidateStories(keys: string[], limit: number): Promise<StoryProfile[]> {
    return this.index.candidates(keys, limit);
  }

  async getStory(id: string): Promise<StoryProfile | null> {
    const resolved = reads.resolveStory(this.statements, id);
    return resolved === null ? null : reads.readProfile(this.statements, resolved);
  }

  async resolveStory(id: string): Promise<string | null> {
    return reads.resolveStory(this.statements, id);
  }

  async storyMerges(id: string): Promise<StoryMerge[]> {
    const target = reads.resolveStory(this.statements, id);
    return target === null ? [] : reads.mergesInto(this.statements, target);
  }

  async listStories(): Promise<StorySummary[]> {
    return reads.storySummaries(this.statements);
  }

  async storyArticles(storyId: string): Promise<ArticleBundle[]> {
    const resolved = reads.resolveStory(this.statements, storyId);
    return resolved === null ? [] : reads.storyBundles(this.statements, resolved);
  }

  async articleBundle(id: string): Promise<ArticleBundle | null> {
    return reads.articleBundle(this.statements, id);
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    const row = this.sql('SELECT story_id FROM story_articles WHERE article_id = ?').get(articleId) as Row | undefined;
    return row ? (row.story_id as string) : null;
  }

  async counts(): Promise<{ articles: number; pending: number; failed: number; stories: number }> {
    const row = this.sql(`SELECT COUNT(*) AS articles,
        SUM(status = 'pending') AS pending, SUM(status = 'failed') AS failed,
        (SELECT COUNT(*) FROM stories) AS stories FROM articles`).get() as Row;
    return { articles: Number(row.articles), pending: Number(row.pending ?? 0), failed: Number(row.failed ?? 0), stories: Number(row.stories) };
  }

  /**
   * Claims are kept in this process only: two processes sharing one file may both process an article, and
   * `saveProcessed` keeps the first result (SQLite has one writer anyway; PostgreSQL is the store to share).
   */
  async claimPending(): Promise<string | null> {
    // No await between reading the list and recording the claim: concurrent callers cannot take the same one.
    const rows = this.sql(`SELECT id FROM articles WHERE status = 'pending'
      ORDER BY published IS NULL, published, seq LIMIT ?`).all(this.claimed.size + 1) as Row[];
    const id = (rows.map((r) => r.id as string).find((i) => !this.claimed.has(i))) ?? null;
    if (id) this.claimed.add(id);
    return id;
  }

  async releaseClaim(articleId: string): Promise<void> {
    this.claimed.delete(articleId);
  }

  async close(): Promise<void> {
    try {
      if (this.db.open) this.terms.flush();
    } finally {
      this.db.close();
    }
  }
}
