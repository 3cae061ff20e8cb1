/**
 * The embedded default store: one SQLite file through better-sqlite3, in WAL mode so readers never block
 * the writer, with a busy timeout so a second process waits for the lock instead of failing at once.
 */
import Database from 'better-sqlite3';
import type { Article, Extraction } from '../../model/schemas.js';
import { StoryProfile, type StoryMerge, type StorySummary } from '../../model/story.js';
import { DUPLICATE_WINDOW } from '../../stages/cluster/duplicates.js';
import {
  articleIdFor, type AddResult, type ArticleBundle, type ArticleParts, type Assignment, type AssignResult, type NewArticle, type ProcessedArticle,
  type Store, type TermStats, MAX_MERGE_HOPS, POSTINGS_PER_KEY,
} from '../store.js';
import {
  articleFromRow, duplicateFromRow, extractionFrom, removalFromRow, sentenceFromRow, sketchFromBytes, sketchToBytes, type Row,
} from '../rows.js';
import { documentTerms, TermDeltas } from '../term-stats.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { candidateFromText, profileFromText, profileToText } from './profile-text.js';

/**
 * Parsed story profiles kept in memory for the candidate read (about 10 kB each). The cluster bench's
 * follow-ups and recent stories hit it; a miss costs one row read and one parse.
 */
const PROFILE_CACHE = 5_000;

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
  /** Parsed story profiles, least recently used first (see `readCandidates`). */
  private readonly profiles = new Map<string, StoryProfile>();
  /** Prepared statements by SQL text (and pluck mode): preparing costs more than running most of them. */
  private readonly statements = new Map<string, Database.Statement>();
  /** This process's saves not yet folded into `term_df` (see `term-stats.ts`), and the count last read. */
  private readonly deltas = new TermDeltas();
  private storedDocuments = 0;

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
  }

  /** The statement for `sql`, prepared once. */
  private sql(sql: string): Database.Statement {
    return this.prepared(sql, false);
  }

  /** The statement for `sql`, prepared once, answering the first column's value (`pluck`). */
  private value(sql: string): Database.Statement {
    return this.prepared(sql, true);
  }

  private prepared(sql: string, pluck: boolean): Database.Statement {
    const key = pluck ? `value:${sql}` : sql;
    let s = this.statements.get(key);
    if (!s) {
      s = pluck ? this.db.prepare(sql).pluck() : this.db.prepare(sql);
      this.statements.set(key, s);
    }
    return s;
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
      const state = this.sql('SELECT status FROM articles WHERE id = ?').get(r.articleId) as Row | undefined;
      if (!state) throw new Error(`article ${r.articleId} is not stored`);
      if (state.status === 'processed') return null; // another process got there first: keep its result
      const candidates = assignment.limit > 0 ? this.readCandidates(assignment.keys, assignment.limit) : [];
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
      for (const m of story.merged ?? []) this.mergeStory(m, p.id, r.articleId);
      const seq = (this.sql('SELECT seq FROM articles WHERE id = ?').get(r.articleId) as Row).seq as number;
      if (r.sketch) this.linkDuplicate(r.articleId, seq, r.text, r.sketch, p, story.created, assignment);
      this.sql('INSERT INTO story_articles (article_id, story_id, seq) VALUES (?, ?, ?)').run(r.articleId, p.id, seq);
      // A posting's seq is the story's latest article: the candidate read takes the most recent per key.
      const insKey = this.sql('INSERT INTO story_keys (story_id, key, seq) VALUES (?, ?, ?) ON CONFLICT (story_id, key) DO UPDATE SET seq = excluded.seq');
      for (const k of story.keys) insKey.run(p.id, k, seq);
      // Its terms are counted by the next fold (one appended row here, not one update per term).
      terms = documentTerms(r.features);
      this.sql('INSERT INTO term_df_pending (terms) VALUES (?)').run(JSON.stringify(terms));
      return p.id;
    }).immediate();
    if (storyId === null) return null;
    if (written) this.remember(written);
    this.deltas.add(terms);
    if (this.deltas.due(this.storedDocuments)) this.foldTermStats();
    return { storyId, lockWaitMs: entered - asked, lockHeldMs: performance.now() - entered };
  }

  /**
   * Folds story `from` into `into` inside the caller's transaction (`into`'s profile, already saved, holds
   * `from`'s): its articles and index postings move, its row goes, and the merge is recorded so that its id
   * resolves to `into`. Its articles are marked unchecked for near-duplicates: they were never compared with
   * `into`'s, so reconcile compares the merged story's texts itself.
   */
  private mergeStory(from: string, into: string, articleId: string): void {
    if (from === into || !this.sql('SELECT 1 FROM stories WHERE id = ?').get(from)) return;
    // Its postings, one range of the primary key: each moves to `into`, keeping the more recent seq.
    this.sql(`INSERT INTO story_keys (story_id, key, seq) SELECT ?, key, seq FROM story_keys WHERE story_id = ?
      ON CONFLICT (story_id, key) DO UPDATE SET seq = MAX(seq, excluded.seq)`).run(into, from);
    this.sql('DELETE FROM story_keys WHERE story_id = ?').run(from);
    this.sql('UPDATE article_links SET checked = 0 WHERE article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)').run(from);
    this.sql('UPDATE story_articles SET story_id = ? WHERE story_id = ?').run(into, from);
    this.sql('UPDATE story_sketches SET story_id = ? WHERE story_id = ?').run(into, from);
    this.sql('DELETE FROM stories WHERE id = ?').run(from);
    this.sql('INSERT INTO story_merges (story_id, into_id, article_id, merged_at) VALUES (?, ?, ?, ?)').run(from, into, articleId, new Date().toISOString());
    this.profiles.delete(from);
  }

  /**
   * Keeps the article's sketch and, when it joins an existing story, checks it for copies: the story's
   * `DUPLICATE_WINDOW` most recent sketches (one range read of `story_sketches`) pick the candidates, their
   * texts decide. The article's link row says whether that covered every earlier article of the story: it
   * did when the story held no more than the window, each with its sketch (the profile counts them).
   */
  private linkDuplicate(articleId: string, seq: number, text: string, sketch: number[], story: StoryProfile, created: boolean, assignment: Assignment): void {
    let checked = created;
    let link = null;
    if (!created && assignment.duplicates) {
      const rows = (this.sql('SELECT article_id, sketch FROM story_sketches WHERE story_id = ? ORDER BY seq DESC LIMIT ?')
        .all(story.id, DUPLICATE_WINDOW) as Row[]).reverse();
      checked = rows.length === story.articleCount - 1;
      const ids = assignment.duplicates.candidates(rows.map((x) => ({ articleId: x.article_id as string, sketch: sketchFromBytes(x.sketch as Buffer) })));
      if (ids.length > 0) {
        const texts = this.sql(`SELECT id, text FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Row[];
        const byId = new Map(texts.map((t) => [t.id as string, (t.text as string | null) ?? '']));
        link = assignment.duplicates.link(ids.filter((id) => byId.has(id)).map((id) => ({ articleId: id, text: byId.get(id)! })));
      }
    }
    this.sql('INSERT INTO story_sketches (story_id, seq, article_id, sketch) VALUES (?, ?, ?, ?)').run(story.id, seq, articleId, sketchToBytes(sketch));
    this.sql('INSERT INTO article_links (article_id, duplicate_of, similarity, checked) VALUES (?, ?, ?, ?)')
      .run(articleId, link?.duplicateOf ?? null, link?.similarity ?? null, checked ? 1 : 0);
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
    // One read for all the terms, in one implicit transaction with the document count.
    const rows = this.sql(`SELECT NULL AS term, CAST(value AS INTEGER) AS df FROM meta WHERE key = 'documents'
      UNION ALL SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))`).raw(true).all(JSON.stringify(terms)) as [string | null, number][];
    let documents = 0;
    const stored = new Map<string, number>();
    for (const [term, n] of rows) {
      if (term === null) documents = Number(n);
      else stored.set(term, n);
    }
    this.storedDocuments = documents;
    return this.deltas.apply(terms, documents, stored);
  }

  /**
   * Adds every pending row (this process's and any other's, a crashed one's included) to `term_df` and to
   * the document count, in one transaction: sorted, so each page of `term_df` is written once.
   */
  private foldTermStats(): void {
    this.db.transaction(() => {
      this.sql(`INSERT INTO term_df (term, df) SELECT j.value, COUNT(*) FROM term_df_pending p, json_each(p.terms) j
        WHERE true GROUP BY j.value ORDER BY j.value ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`).run();
      this.sql(`UPDATE meta SET value = CAST(value AS INTEGER) + (SELECT COUNT(*) FROM term_df_pending) WHERE key = 'documents'`).run();
      this.sql('DELETE FROM term_df_pending').run();
      this.storedDocuments = Number(this.value(`SELECT value FROM meta WHERE key = 'documents'`).get());
    }).immediate();
    this.deltas.clear();
  }

  async candidateStories(keys: string[], limit: number): Promise<StoryProfile[]> {
    return this.readCandidates(keys, limit);
  }

  private readCandidates(keys: string[], limit: number): StoryProfile[] {
    if (keys.length === 0) return [];
    // Per key, its most recent postings (an index range scan on story_keys_recent); shared keys counted here.
    // (Counting them in SQL instead, one UNION ALL statement with GROUP BY, took 8× as long: temporary B-trees.)
    const postings = this.value('SELECT story_id FROM story_keys WHERE key = ? ORDER BY seq DESC LIMIT ?');
    const shared = new Map<string, number>();
    for (const key of new Set(keys)) {
      for (const id of postings.all(key, POSTINGS_PER_KEY) as string[]) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = topShared(shared, limit);
    if (best.length === 0) return [];
    // Parsing a profile costs more than the whole index read: a profile parsed before is reused while the
    // row's article count still matches (a story's profile changes only when an article joins it).
    const counts = this.sql(`SELECT id, article_count FROM stories WHERE id IN (${best.map(() => '?').join(',')})`).all(...best) as Row[];
    const countOf = new Map(counts.map((r) => [r.id as string, Number(r.article_count)]));
    const profileOf = this.value('SELECT profile FROM stories WHERE id = ?');
    const out: StoryProfile[] = [];
    for (const id of best) {
      const count = countOf.get(id);
      if (count === undefined) continue;
      let p = this.profiles.get(id);
      if (p) this.profiles.delete(id); // re-inserted below: most recently used last
      // The store wrote this JSON from a validated profile: it is read back unvalidated here, the hot path
      // (schema validation cost as much as the rest of the read; `getStory` still validates), its terms and
      // names as arrays (`profile-text.ts`).
      if (!p || p.articleCount !== count) p = candidateFromText(profileOf.get(id) as string);
      this.remember(p);
      out.push(p);
    }
    return out;
  }

  /** Keeps a parsed profile, dropping the least recently used beyond `PROFILE_CACHE`. */
  private remember(p: StoryProfile): void {
    this.profiles.delete(p.id);
    this.profiles.set(p.id, p);
    if (this.profiles.size > PROFILE_CACHE) this.profiles.delete(this.profiles.keys().next().value!);
  }


  async getStory(id: string): Promise<StoryProfile | null> {
    const resolved = this.resolve(id);
    return resolved === null ? null : this.readProfile(resolved);
  }

  private readProfile(id: string): StoryProfile | null {
    const row = this.sql('SELECT profile FROM stories WHERE id = ?').get(id) as Row | undefined;
    return row ? StoryProfile.parse(profileFromText(row.profile as string)) : null;
  }

  async resolveStory(id: string): Promise<string | null> {
    return this.resolve(id);
  }

  private resolve(id: string): string | null {
    const exists = this.sql('SELECT 1 FROM stories WHERE id = ?');
    const next = this.value('SELECT into_id FROM story_merges WHERE story_id = ?');
    let current = id;
    for (let hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
      if (exists.get(current)) return current;
      const into = next.get(current) as string | undefined;
      if (into === undefined) return null;
      current = into;
    }
    throw new Error(`story ${id}: more than ${MAX_MERGE_HOPS} merges to follow; the story_merges table is corrupt`);
  }

  async storyMerges(id: string): Promise<StoryMerge[]> {
    const target = this.resolve(id);
    if (target === null) return [];
    const into = this.sql('SELECT * FROM story_merges WHERE into_id = ?');
    const out: StoryMerge[] = [];
    const seen = new Set([target]);
    for (let frontier = [target]; frontier.length > 0;) {
      const next: string[] = [];
      for (const t of frontier) {
        for (const m of into.all(t) as Row[]) {
          if (seen.has(m.story_id as string)) continue;
          seen.add(m.story_id as string);
          next.push(m.story_id as string);
          out.push({ storyId: m.story_id as string, into: m.into_id as string, articleId: m.article_id as string, at: m.merged_at as string });
        }
      }
      frontier = next;
    }
    return out.sort((a, b) => a.at.localeCompare(b.at) || a.storyId.localeCompare(b.storyId));
  }

  async listStories(): Promise<StorySummary[]> {
    const rows = this.sql('SELECT profile FROM stories ORDER BY article_count DESC, last_date DESC, id').all() as Row[];
    return rows.map((r) => {
      const p = StoryProfile.parse(profileFromText(r.profile as string));
      return { id: p.id, title: p.title, articleCount: p.articleCount, sources: p.sources, firstDate: p.firstDate, lastDate: p.lastDate };
    });
  }

  async storyArticles(storyId: string): Promise<ArticleBundle[]> {
    const resolved = this.resolve(storyId);
    if (resolved === null) return [];
    const rows = this.sql(`SELECT a.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id
      WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, sa.seq`).all(resolved) as Row[];
    const read = this.bundleReader();
    return rows.map(read);
  }

  async articleBundle(id: string): Promise<ArticleBundle | null> {
    const row = this.sql('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? this.bundleReader()(row) : null;
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    const row = this.sql('SELECT story_id FROM story_articles WHERE article_id = ?').get(articleId) as Row | undefined;
    return row ? (row.story_id as string) : null;
  }

  /** Reads an article row's processed parts; the statements are prepared once per call, not per article. */
  private bundleReader(): (row: Row) => ArticleBundle {
    const sentencesOf = this.sql('SELECT * FROM sentences WHERE article_id = ? ORDER BY idx');
    const removalsOf = this.sql('SELECT * FROM removals WHERE article_id = ? ORDER BY idx');
    const extractionOf = this.sql('SELECT json FROM extractions WHERE article_id = ?');
    const duplicateOf = this.sql('SELECT checked, duplicate_of, similarity FROM article_links WHERE article_id = ?');
    return (row) => {
      const article = articleFromRow(row);
      const sentences = (sentencesOf.all(article.id) as Row[]).map(sentenceFromRow);
      const removals = (removalsOf.all(article.id) as Row[]).map(removalFromRow);
      const ex = extractionOf.get(article.id) as Row | undefined;
      const extraction = extractionFrom(ex ? JSON.parse(ex.json as string) : null);
      const duplicate = duplicateFromRow(duplicateOf.get(article.id) as Row | undefined);
      return { article, sentences, removals, extraction, ...(duplicate === undefined ? {} : { duplicate }) };
    };
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
      if (this.db.open && this.deltas.documents > 0) this.foldTermStats(); // else the next fold, by any process, counts them
    } finally {
      this.db.close();
    }
  }
}

/**
 * The `limit` ids sharing the most keys (then by id), best first: one pass keeping the best so far, instead of
 * sorting every story the postings named (a few thousand at 100k; sorting them cost 7× as much).
 */
function topShared(shared: Map<string, number>, limit: number): string[] {
  if (limit <= 0) return [];
  const best: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const e of shared) {
    if (best.length === limit && !before(e, best[limit - 1])) continue;
    let i = best.length < limit ? best.length : limit - 1;
    while (i > 0 && before(e, best[i - 1])) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = e;
  }
  return best.map(([id]) => id);
}
