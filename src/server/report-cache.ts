/**
 * Story reports, built once and served many times. Building one reads every article of the story and runs
 * the intruder check, reconciliation and synthesis: tens of milliseconds for a story of a few articles, far
 * more for a large one, too much to repeat on every page view. The cache keeps, per story, the report and
 * what it renders to (JSON text, HTML, Markdown), each rendered on first use.
 *
 * When an entry is stale:
 * - its story's version changed: the version is the story's summary (article count, dates, sources, title:
 *   what a newly joined article changes), looked up on every request in the cached story list below, so a
 *   cached report costs one aggregate query (the store's counts) and no profile read;
 * - this server stored or processed articles since it was built (`invalidateAll`, the generation);
 * - it is older than `maxAgeMs`: a writer in another process (a worker, the CLI) can revise an article of
 *   a story without changing its profile (an undated article given the story's date after the batch), so
 *   no entry is trusted for longer than that.
 * Concurrent requests for a story not yet built share one build. At most `maxEntries` stories are kept,
 * the least recently used dropped first.
 *
 * The story list is kept the same way (`StoryListCache`): reading it parses every story's profile (40 ms
 * for 170 stories), and it changes only when an article is stored or processed, which the store's counts
 * show (one aggregate query). A story joined by an article always changes the counts (one fewer pending).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Report } from '../model/schemas.js';
import type { StoryProfile, StorySummary } from '../model/story.js';

export interface ReportCacheOptions {
  /** Stories kept; 0 turns the cache off (every request builds the report). */
  maxEntries: number;
  /** Longest an entry is served without being rebuilt, in milliseconds. */
  maxAgeMs: number;
}

/**
 * 256 stories: a report of a mid-sized story is tens of KB as JSON, so a full cache is some tens of MB
 * with its renderings. 30 s bounds how stale a story revised by another process can be; a rebuild every
 * 30 s per viewed story costs nothing measurable under load (see `npm run bench -- api`).
 */
export function defaultReportCacheOptions(): ReportCacheOptions {
  return Object.freeze({ maxEntries: 256, maxAgeMs: 30_000 });
}

/** A built report, its JSON text and its other renderings, each made on first use, each also gzipped on first use. */
export class CachedReport {
  private readonly renders = new Map<string, string>();
  private readonly gzipped = new Map<string, Buffer>();
  /** The story's report (the contract's `StoryReport`) as JSON text, sent as it is: no serialising per request. */
  readonly json: string;
  /** A hash of the JSON: the same report gets the same tag across rebuilds, so a client's copy stays valid. */
  readonly etag: string;

  /** `report` holds the one story (`buildReport` for one id). */
  constructor(readonly report: Report) {
    this.json = JSON.stringify(report.stories[0]);
    this.etag = createHash('sha1').update(this.json).digest('base64url').slice(0, 22);
  }

  /**
   * A rendering gzipped, made the first time it is asked for: browsers accept gzip, and a story's JSON
   * shrinks about sixfold, so serving it costs less than sending it plain (`npm run bench -- api`).
   */
  gzip(name: string, text: () => string): Buffer {
    let out = this.gzipped.get(name);
    if (out === undefined) {
      out = gzipSync(text());
      this.gzipped.set(name, out);
    }
    return out;
  }

  /** The rendering `name`, made by `render` the first time it is asked for. */
  rendered(name: string, render: (report: Report) => string): string {
    let out = this.renders.get(name);
    if (out === undefined) {
      out = render(this.report);
      this.renders.set(name, out);
    }
    return out;
  }
}

interface Entry { version: string; generation: number; built: number; value: Promise<CachedReport> }

/** What a story's report depends on that a joining article changes: the cache key beside the story id. */
export function storyVersion(profile: Pick<StorySummary, 'articleCount' | 'firstDate' | 'lastDate' | 'title' | 'sources'>): string {
  return JSON.stringify([profile.articleCount, profile.firstDate, profile.lastDate, profile.title, profile.sources]);
}

export class ReportCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** Builds and hits since the server started, for tests and the bench. */
  readonly stats = { builds: 0, hits: 0 };

  constructor(private readonly options: ReportCacheOptions = defaultReportCacheOptions(), private readonly now: () => number = Date.now) {}

  /** Everything cached is stale: this server changed the store. */
  invalidateAll(): void {
    this.generation++;
    this.entries.clear();
  }

  /** The story's report at this version, built by `build` unless a fresh entry has it. */
  get(storyId: string, profile: Pick<StoryProfile, 'articleCount' | 'firstDate' | 'lastDate' | 'title' | 'sources'>, build: () => Promise<Report>): Promise<CachedReport> {
    const version = storyVersion(profile);
    const hit = this.entries.get(storyId);
    const now = this.now();
    if (hit && hit.version === version && hit.generation === this.generation && now - hit.built <= this.options.maxAgeMs) {
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(storyId);
      this.entries.set(storyId, hit);
      this.stats.hits++;
      return hit.value;
    }
    this.stats.builds++;
    const value = build().then((report) => new CachedReport(report));
    if (this.options.maxEntries <= 0) return value;
    const entry: Entry = { version, generation: this.generation, built: now, value };
    this.entries.delete(storyId);
    this.entries.set(storyId, entry);
    // A failed build is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(storyId) === entry) this.entries.delete(storyId);
    });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

/** The stories in the store's order (largest first), and each by id. */
export interface StoryList { items: readonly StorySummary[]; byId: ReadonlyMap<string, StorySummary> }

/** The stored stories' summaries, rebuilt when the store's counts change (see the module comment). */
export class StoryListCache {
  private entry: { key: string; generation: number; built: number; value: Promise<StoryList> } | null = null;
  private generation = 0;

  constructor(private readonly options: ReportCacheOptions = defaultReportCacheOptions(), private readonly now: () => number = Date.now) {}

  invalidateAll(): void {
    this.generation++;
    this.entry = null;
  }

  /** The summaries at these counts (`store.counts()`), read by `build` unless a fresh entry has them. */
  get(counts: object, build: () => Promise<StorySummary[]>): Promise<StoryList> {
    const key = JSON.stringify(counts);
    const now = this.now();
    const e = this.entry;
    if (e && e.key === key && e.generation === this.generation && now - e.built <= this.options.maxAgeMs) return e.value;
    const value = build().then((items) => ({ items, byId: new Map(items.map((x) => [x.id, x])) }));
    if (this.options.maxEntries <= 0) return value;
    const entry = { key, generation: this.generation, built: now, value };
    this.entry = entry;
    value.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return value;
  }
}
