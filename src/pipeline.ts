/**
 * The pipeline, in order:
 *   ingest → clean → segment → extract → cluster → (store) … reconcile → synthesize
 * Ingest stores articles as `pending` (idempotent on normalised content). Processing takes each pending
 * article, oldest first, through clean, segment, extract and cluster, and writes all it learnt plus its
 * story assignment in one transaction; several workers (`worker.ts`) do the same concurrently, the
 * story decision one at a time under the store's lock. Reconcile and synthesize run per story when a report is asked for,
 * from what the store holds, so a report always reflects every article of its story.
 * Every stage is a pure function of its input and options; only this file talks to the store.
 */
import type { ArticleInput, Extraction, Report, Sentence, StoryReport } from './model/schemas.js';
import { Report as ReportSchema } from './model/schemas.js';
import { clean, defaultCleanOptions, removeStoryIntruders, type CleanOptions } from './stages/clean/index.js';
import {
  cluster, defaultClusterOptions, duplicateCandidates, eventDate, findDuplicate, frequentTermKeys, indexKeys, rawFeatures, sketchOf, weightFeatures, type ClusterOptions,
} from './stages/cluster/index.js';
import { dateFromUrl, defaultExtractOptions, extract, type ExtractOptions } from './stages/extract/index.js';
import { defaultIngestOptions, readInputs, toNewArticle, type IngestOptions } from './stages/ingest/index.js';
import { reconcile } from './stages/reconcile/index.js';
import { segment } from './stages/segment/index.js';
import { synthesize } from './stages/synthesize/index.js';
import type { AddResult, ArticleParts, AssignResult, Store } from './storage/store.js';
import { headlineOf } from './text/headline.js';

export const GENERATOR = 'triangulate 0.1.0';

export interface PipelineOptions {
  ingest: IngestOptions;
  clean: CleanOptions;
  extract: ExtractOptions;
  cluster: ClusterOptions;
}

export function defaultPipelineOptions(): PipelineOptions {
  return Object.freeze({
    ingest: defaultIngestOptions(), clean: defaultCleanOptions(), extract: defaultExtractOptions(), cluster: defaultClusterOptions(),
  });
}

export interface IngestProblem { file: string; line?: number; error: string }
export interface IngestSummary { added: number; duplicates: number; problems: IngestProblem[] }

/** Ingests files and folders; a bad item is reported and skipped, never stored half-way. */
export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = defaultIngestOptions(),
  onItem?: (summary: IngestSummary) => void): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, problems: [] };
  for await (const item of readInputs(paths, options)) {
    if (item.ok) {
      const r = await store.addArticle(item.article);
      if (r.created) summary.added++;
      else summary.duplicates++;
    } else {
      summary.problems.push({ file: item.file, line: item.line, error: item.error });
    }
    onItem?.(summary);
  }
  return summary;
}

/** Ingests article objects (the API and the eval harness); validates each like a file line. */
export async function ingestInputs(store: Store, items: { input: ArticleInput; origin: string }[],
  options: { source?: string } = {}): Promise<AddResult[]> {
  const out: AddResult[] = [];
  for (const { input, origin } of items) out.push(await store.addArticle(toNewArticle(input, origin, { source: options.source })));
  return out;
}

export interface ProcessSummary { processed: number; failed: number }

/** Processes every pending article, oldest publication date first, then dates what it left undated. */
export async function processPending(store: Store, options: PipelineOptions = defaultPipelineOptions(),
  onProgress?: (done: number, total: number) => void): Promise<ProcessSummary> {
  const ids = await store.pendingArticleIds();
  const summary: ProcessSummary = { processed: 0, failed: 0 };
  let done = 1;
  for (const id of ids) {
    const outcome = await processOne(store, id, options);
    if (outcome.error !== undefined) summary.failed++;
    else if (outcome.storyId !== null) summary.processed++; // else another process had processed it
    onProgress?.(done++, ids.length);
  }
  await dateUndatedStories(store, options);
  return summary;
}

/** What became of one article (`processOne`). */
export interface ArticleOutcome {
  id: string;
  /** The story it joined; null if it failed, or was no longer pending (another worker processed it). */
  storyId: string | null;
  /** The note it was marked failed with. */
  error?: string;
  /** Time spent waiting for, then holding, the store's assignment lock (ms). */
  lockWaitMs: number;
  lockHeldMs: number;
}

/**
 * Processes one pending article, as `processArticle` does, for a caller going through many (`processPending`,
 * the workers): a failure marks the article `failed` with its reason and is returned, not thrown.
 */
export async function processOne(store: Store, id: string, options: PipelineOptions = defaultPipelineOptions()): Promise<ArticleOutcome> {
  const outcome: ArticleOutcome = { id, storyId: null, lockWaitMs: 0, lockHeldMs: 0 };
  try {
    const prepared = await prepareArticle(store, id, options);
    if (!prepared) return outcome;
    const saved = await assignArticle(store, prepared, options);
    if (saved) Object.assign(outcome, saved);
  } catch (e) {
    outcome.error = `processing failed: ${(e as Error).message}`;
    await store.markFailed(id, outcome.error);
  }
  return outcome;
}

/**
 * `dateFromStory` for every story where it has work (`store.undatedStories`): run once a batch is in. The
 * store is asked, rather than a list of stories this process touched, so an article whose worker died
 * between saving it and dating it is dated by the next worker that runs this. Idempotent.
 */
export async function dateUndatedStories(store: Store, options: PipelineOptions = defaultPipelineOptions()): Promise<number> {
  const ids = await store.undatedStories();
  for (const storyId of ids) await dateFromStory(store, storyId, options);
  return ids.length;
}

/**
 * Articles that arrived undated, in a story whose other articles carry dates: each takes the story's most
 * common publication date (the latest among equals), marked inferred, and is extracted again so that its
 * relative dates ("on Friday") resolve. Runs after a batch because the dated article may come last.
 */
export async function dateFromStory(store: Store, storyId: string, options: PipelineOptions = defaultPipelineOptions()): Promise<void> {
  const articles = await store.storyArticles(storyId);
  const votes = new Map<string, number>();
  for (const a of articles) if (a.article.published) votes.set(a.article.published, (votes.get(a.article.published) ?? 0) + 1);
  const best = [...votes.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? 1 : -1))[0]?.[0];
  if (!best) return;
  for (const a of articles) {
    if (a.article.published) continue;
    const extraction = extract({ articleId: a.article.id, published: best, publishedInferred: true, sentences: a.sentences }, options.extract);
    await store.reviseArticle(a.article.id, { published: best, publishedInferred: true, extraction });
  }
}

/** Lead sentences: where an article states its event (its date, its place). */
const LEAD_SENTENCES = 3;

/** What processing learns about an article before its story is chosen (see `prepareArticle`). */
export interface PreparedArticle {
  id: string;
  source: string;
  cleaned: ReturnType<typeof clean>;
  sentences: Sentence[];
  published: string | null;
  publishedInferred: boolean;
  extraction: Extraction;
}

/**
 * Processes one pending article; returns the id of the story it joined (null if it was not pending).
 * The expensive part (clean, segment, extract, features) runs first, in parallel with other workers; only
 * the story decision and its save run under the store's assignment lock (`assignArticle`).
 */
export async function processArticle(store: Store, id: string, options: PipelineOptions = defaultPipelineOptions()): Promise<string | null> {
  const prepared = await prepareArticle(store, id, options);
  if (!prepared) return null;
  return (await assignArticle(store, prepared, options))?.storyId ?? null;
}

/** Clean, segment and extract one pending article (no writes); null if it is not pending. */
export async function prepareArticle(store: Store, id: string, options: PipelineOptions = defaultPipelineOptions()): Promise<PreparedArticle | null> {
  const article = await store.getArticle(id);
  if (!article || article.status !== 'pending') return null;
  const cleaned = clean({ format: article.format, raw: article.raw, title: article.title }, options.clean);
  const sentences = segment({ articleId: id, text: cleaned.text, language: cleaned.language });

  // The publication date: given, else found in the page or a date line, else the day a dated URL path
  // gives, else inferred from the dates the text states; failing all, `dateFromStory` infers it once the batch is in. Inferred dates are marked.
  let published = article.published;
  let publishedInferred = false;
  if (!published && cleaned.published) {
    published = cleaned.published;
    publishedInferred = article.format === 'text';
  }
  // A dated URL path ("/2016/01/27/…") is where publishers put the day they published: a fallback, inferred.
  const fromUrl = published ? null : dateFromUrl(article.url);
  if (fromUrl) {
    published = fromUrl;
    publishedInferred = true;
  }
  const run = (p: string | null, inferred: boolean): Extraction =>
    extract({ articleId: id, published: p, publishedInferred: inferred, sentences }, options.extract);
  let extraction = run(published, publishedInferred);
  if (!published) {
    const latest = latestStatedDate(extraction);
    if (latest) {
      published = latest;
      publishedInferred = true;
      extraction = run(published, true);
    }
  }
  return { id, source: article.source, cleaned, sentences, published, publishedInferred, extraction };
}

/**
 * Chooses the prepared article's story and saves everything in one transaction; returns the story id and
 * the lock times, or null if another worker had saved the article (its result stays).
 * Outside the lock: the features, weighted with the term statistics as they stand now (a few articles
 * saved meanwhile by other workers shift an idf by a hair, which moves no decision measurably: see the
 * worker bench's BCubed F1). Under it (`store.saveAssigned`): the candidate stories, read fresh, the
 * decision, and the save, so two workers never both open a story for one event.
 */
export async function assignArticle(store: Store, prepared: PreparedArticle, options: PipelineOptions = defaultPipelineOptions()): Promise<AssignResult | null> {
  const { id, cleaned, sentences, extraction, published, publishedInferred } = prepared;
  // The story's words as before headlines opened the text: the title is weighed as the title, once.
  const raw = rawFeatures(cleaned.title, cleaned.textWithoutHeadline, extraction);
  const stats = await store.termStats([...raw.terms.keys(), ...raw.names.keys()]);
  const lead = new Set(sentences.slice(0, LEAD_SENTENCES).map((s) => s.id));
  const features = weightFeatures(raw, stats, eventDate(extraction, published, lead));
  // A story is titled by a headline, not by the site name and section a page title appends to it.
  const ref = { id, source: prepared.source, title: cleaned.title ? headlineOf(cleaned.title) : null, lead: leadTitle(sentences) };
  const sketch = sketchOf(cleaned.text);
  const parts: ArticleParts = {
    articleId: id, title: cleaned.title, text: cleaned.text, language: cleaned.language, published, publishedInferred,
    sentences, removals: cleaned.removals.map((r) => ({ ...r, articleId: id })), extraction, features, sketch,
  };
  const frequent = frequentTermKeys(raw, stats.documents, options.cluster);
  const keys = [...new Set([...indexKeys(features, options.cluster), ...frequent])];
  return store.saveAssigned(parts, {
    keys,
    limit: options.cluster.candidates,
    decide: (candidates) => {
      const decision = cluster({ article: ref, features, candidates }, options.cluster);
      const notes = [cleaned.note, sentences.length === 0 ? 'no sentences: the article is stored but says nothing to extract' : null,
        languageNote(cleaned.language), `story: ${decision.reason}`].filter((n): n is string => !!n);
      return {
        note: notes.join('; '),
        story: { id: decision.storyId, created: decision.created, profile: decision.profile, keys: [...new Set([...decision.keys, ...frequent])], merged: decision.merged },
      };
    },
    // Near-duplicates of the story's recent articles: the sketch narrows them, the text decides.
    duplicates: {
      candidates: (earlier) => duplicateCandidates(sketch, earlier),
      link: (texts) => findDuplicate(id, cleaned.text, texts),
    },
  });
}

/**
 * Extraction reads English only: an article in another language is still stored, segmented and placed by
 * the words and names it shares with other stories, but its figures, quotes and dates are mostly not read;
 * the note says so rather than letting its silence in the report pass for absence.
 */
export function languageNote(language: string | null): string | null {
  if (language === null || language === 'en') return null;
  const named = language.startsWith('und-') ? `not English (${language.slice(4)} script)` : `in language '${language}', not English`;
  return `${named}: placed by the words and names it shares with stories; extraction reads English, so its counts, quotes and dates may be missing`;
}

/** The latest absolute date the text states: a lower bound for when it was published. */
function latestStatedDate(extraction: Extraction): string | null {
  const absolute = extraction.dates.filter((d) => !d.inferred && /\d{4}/.test(d.text)).map((d) => d.date).sort();
  return absolute.length ? absolute[absolute.length - 1] : null;
}

/** A lead sentence as a stand-in title, shortened at a word boundary. */
function leadTitle(sentences: Sentence[]): string | null {
  const first = sentences[0]?.text;
  if (!first) return null;
  const MAX = 160;
  return first.length <= MAX ? first : `${first.slice(0, first.lastIndexOf(' ', MAX))}…`;
}

/**
 * The report for the given stories (default: all, largest first), validated against the contract.
 * Intruders are judged here, against the whole story as it now stands (a later article can show that a
 * paragraph does not belong), unless `clean.keep` lists 'intruder'.
 */
export async function buildReport(store: Store, storyIds?: string[], options: PipelineOptions = defaultPipelineOptions()): Promise<Report> {
  const ids = storyIds ?? (await store.listStories()).map((s) => s.id);
  const stories: StoryReport[] = [];
  const done = new Set<string>();
  for (const asked of ids) {
    // A merged story's id answers the story it was merged into (its report lists the merges).
    const profile = await store.getStory(asked);
    if (!profile) throw new Error(`no story with id ${asked}`);
    const id = profile.id;
    if (done.has(id)) continue;
    done.add(id);
    const stored = await store.storyArticles(id);
    const articles = options.clean.keep.includes('intruder') ? stored : removeStoryIntruders(stored, options.clean.story);
    const reconciled = reconcile({ storyId: id, articles });
    const merges = await store.storyMerges(id);
    const story = synthesize({ profile, articles, reconciled });
    stories.push(merges.length ? { ...story, mergedFrom: merges.map((m) => ({ storyId: m.storyId, articleId: m.articleId, at: m.at })) } : story);
  }
  return ReportSchema.parse({ generator: GENERATOR, stories });
}
