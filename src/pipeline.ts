/**
 * The pipeline, in order:
 *   ingest → clean → segment → extract → cluster → (store) … reconcile → synthesize
 * Ingest stores articles as `pending` (idempotent on normalised content). Processing takes each pending
 * article, oldest first, through clean, segment, extract and cluster, and writes all it learnt plus its
 * story assignment in one transaction; several workers (`worker.ts`) do the same concurrently, the
 * assignment one at a time under the store's lock. Reconcile and synthesize run per story when a report is asked for,
 * from what the store holds, so a report always reflects every article of its story.
 * Every stage is a pure function of its input and options; only this file talks to the store.
 */
import type { ArticleInput, Extraction, Report, Sentence, StoryReport } from './model/schemas.js';
import { Report as ReportSchema } from './model/schemas.js';
import { clean, defaultCleanOptions, removeStoryIntruders, type CleanOptions } from './stages/clean/index.js';
import { cluster, defaultClusterOptions, eventDate, indexKeys, rawFeatures, weightFeatures, type ClusterOptions } from './stages/cluster/index.js';
import { defaultExtractOptions, extract, type ExtractOptions } from './stages/extract/index.js';
import { defaultIngestOptions, readInputs, toNewArticle, type IngestOptions } from './stages/ingest/index.js';
import { reconcile } from './stages/reconcile/index.js';
import { segment } from './stages/segment/index.js';
import { synthesize } from './stages/synthesize/index.js';
import type { AddResult, Store } from './storage/store.js';

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

/** Processes every pending article, oldest publication date first. */
export async function processPending(store: Store, options: PipelineOptions = defaultPipelineOptions(),
  onProgress?: (done: number, total: number) => void): Promise<ProcessSummary> {
  const ids = await store.pendingArticleIds();
  const summary: ProcessSummary = { processed: 0, failed: 0 };
  const touched = new Set<string>();
  for (const id of ids) {
    try {
      const storyId = await processArticle(store, id, options);
      if (storyId) touched.add(storyId);
      summary.processed++;
    } catch (e) {
      await store.markFailed(id, `processing failed: ${(e as Error).message}`);
      summary.failed++;
    }
    onProgress?.(summary.processed + summary.failed, ids.length);
  }
  for (const storyId of touched) await dateFromStory(store, storyId, options);
  return summary;
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
 * The expensive part (clean, segment, extract) runs first, in parallel with other workers; the story
 * assignment then runs under the store's assignment lock, so concurrent workers decide one at a time, each
 * seeing every story the others saved.
 */
export async function processArticle(store: Store, id: string, options: PipelineOptions = defaultPipelineOptions()): Promise<string | null> {
  const prepared = await prepareArticle(store, id, options);
  if (!prepared) return null;
  return store.withAssignmentLock(() => assignArticle(store, prepared, options));
}

/** Clean, segment and extract one pending article (no writes); null if it is not pending. */
export async function prepareArticle(store: Store, id: string, options: PipelineOptions = defaultPipelineOptions()): Promise<PreparedArticle | null> {
  const article = await store.getArticle(id);
  if (!article || article.status !== 'pending') return null;
  const cleaned = clean({ format: article.format, raw: article.raw, title: article.title }, options.clean);
  const sentences = segment({ articleId: id, text: cleaned.text, language: cleaned.language });

  // The publication date: given, else found in the page or a date line, else inferred from the dates
  // the text states; failing all, `dateFromStory` infers it once the batch is in. Inferred dates are marked.
  let published = article.published;
  let publishedInferred = false;
  if (!published && cleaned.published) {
    published = cleaned.published;
    publishedInferred = article.format === 'text';
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
 * Chooses the prepared article's story and saves everything in one transaction; returns the story id.
 * Run it under `store.withAssignmentLock` when other workers may be assigning: it reads the stories, decides,
 * and writes, and two workers interleaving those steps could both open a story for one event. Saving an
 * article another worker already saved changes nothing (`saveProcessed` keeps the first result).
 */
export async function assignArticle(store: Store, prepared: PreparedArticle, options: PipelineOptions = defaultPipelineOptions()): Promise<string> {
  const { id, cleaned, sentences, extraction, published, publishedInferred } = prepared;
  const raw = rawFeatures(cleaned.title, cleaned.text, extraction);
  const stats = await store.termStats([...raw.terms.keys(), ...raw.names.keys()]);
  const lead = new Set(sentences.slice(0, LEAD_SENTENCES).map((s) => s.id));
  const features = weightFeatures(raw, stats, eventDate(extraction, published, lead));
  const candidates = await store.candidateStories(indexKeys(features, options.cluster), options.cluster.candidates);
  const ref = { id, source: prepared.source, title: cleaned.title, lead: leadTitle(sentences) };
  const decision = cluster({ article: ref, features, candidates }, options.cluster);

  const notes = [cleaned.note, sentences.length === 0 ? 'no sentences: the article is stored but says nothing to extract' : null,
    `story: ${decision.reason}`].filter((n): n is string => !!n);
  await store.saveProcessed({
    articleId: id, text: cleaned.text, language: cleaned.language, published, publishedInferred, note: notes.join('; '),
    sentences, removals: cleaned.removals.map((r) => ({ ...r, articleId: id })), extraction, features,
    story: { id: decision.storyId, created: decision.created, profile: decision.profile, keys: decision.keys },
  });
  return decision.storyId;
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
  for (const id of ids) {
    const profile = await store.getStory(id);
    if (!profile) throw new Error(`no story with id ${id}`);
    const stored = await store.storyArticles(id);
    const articles = options.clean.keep.includes('intruder') ? stored : removeStoryIntruders(stored, options.clean.story);
    const reconciled = reconcile({ storyId: id, articles });
    stories.push(synthesize({ profile, articles, reconciled }));
  }
  return ReportSchema.parse({ generator: GENERATOR, stories });
}
