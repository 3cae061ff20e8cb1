/**
 * The one storage interface. SQLite (embedded default) implements it in `sqlite/`; PostgreSQL (shared,
 * several workers) implements it in `postgres/`. Methods are async so both fit; every method that
 * writes more than one row does so in one transaction, so a crash never leaves half an article.
 *
 * Several workers (`src/worker.ts`) share one store through three guarantees: a claim keeps two workers
 * off the same pending article (`claimPending`), the story assignment runs one at a time per database
 * (`withAssignmentLock`), and `saveProcessed` keeps the first result for an article saved twice. Claims are
 * only an economy: a lost or doubled claim costs work, never correctness.
 */
import type { Article, Extraction, Removal, Sentence } from '../model/schemas.js';
import type { ArticleFeatures, StoryProfile, StorySummary } from '../model/story.js';

/** An article as ingest hands it to the store. */
export type NewArticle = Omit<Article, 'id' | 'status' | 'note' | 'language' | 'text'>;

export interface AddResult { id: string; created: boolean }

/** Everything processing learnt about one article, written in one transaction. */
export interface ProcessedArticle {
  articleId: string;
  text: string;
  language: string | null;
  published: string | null;
  publishedInferred: boolean;
  note: string | null;
  sentences: Sentence[];
  removals: Removal[];
  extraction: Extraction;
  features: ArticleFeatures;
  /** The story the article joins; `profile` is the story's profile after the article joined. */
  story: { id: string; created: boolean; profile: StoryProfile; keys: string[] };
}

/** An article with its processed parts, as later stages read it. */
export interface ArticleBundle {
  article: Article;
  sentences: Sentence[];
  removals: Removal[];
  extraction: Extraction;
}

export interface TermStats {
  /** Processed articles the statistics cover. */
  documents: number;
  /** Document frequency of each asked-for term (absent terms are 0). */
  df: Map<string, number>;
}

export interface Store {
  /** Stores the article unless one with the same content hash exists; never overwrites. */
  addArticle(article: NewArticle): Promise<AddResult>;
  getArticle(id: string): Promise<Article | null>;
  /** Pending articles, oldest publication date first (undated last), then in order of arrival. */
  pendingArticleIds(limit?: number): Promise<string[]>;
  saveProcessed(result: ProcessedArticle): Promise<void>;
  markFailed(articleId: string, note: string): Promise<void>;
  /** Replaces a processed article's publication date and extraction (a date inferred later from its story). */
  reviseArticle(articleId: string, revision: { published: string | null; publishedInferred: boolean; extraction: Extraction }): Promise<void>;
  termStats(terms: string[]): Promise<TermStats>;
  /** Stories sharing index keys with the article, best-matching first, at most `limit`. */
  candidateStories(keys: string[], limit: number): Promise<StoryProfile[]>;
  getStory(id: string): Promise<StoryProfile | null>;
  listStories(): Promise<StorySummary[]>;
  storyArticles(storyId: string): Promise<ArticleBundle[]>;
  /** One article with its sentences, removals and extraction (empty until processed); null for an unknown id. */
  articleBundle(id: string): Promise<ArticleBundle | null>;
  /** The story a processed article joined; null for an unknown, pending or failed article. */
  storyOfArticle(articleId: string): Promise<string | null>;
  counts(): Promise<{ articles: number; pending: number; failed: number; stories: number }>;
  /**
   * Claims the oldest pending article (in `pendingArticleIds` order) that no other worker holds and returns
   * its id, or null when none is left unclaimed. Hold it until `releaseClaim`. A claim dies with its worker:
   * on PostgreSQL it is a session advisory lock, so a killed process's claims vanish with its connection and
   * another worker retries the article at once. A claimed article may already be processed by the time it
   * is read (a claim is taken after the list is read): `processArticle` then skips it.
   */
  claimPending(): Promise<string | null>;
  releaseClaim(articleId: string): Promise<void>;
  /**
   * Runs `fn` while no other caller, in this process or any other sharing the database, runs it: the story
   * assignment (term statistics → candidate stories → decision → `saveProcessed`) goes inside, so two
   * workers never both open a story for one event. SQLite: an in-process queue plus `BEGIN IMMEDIATE`
   * (the file's write lock). PostgreSQL: an in-process queue plus a session advisory lock per schema held
   * on a dedicated connection (released by the server if the process dies).
   */
  withAssignmentLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Stable article id from the content hash: the same content gets the same id in every store. */
export function articleIdFor(contentHash: string): string {
  return `a${contentHash.slice(0, 15)}`;
}
