/**
 * How the suites and the bench drive the engine, in one place: ingest dataset rows into a store, process
 * them, and read back which story each row landed in. Engine modules are imported lazily, so a suite that
 * does not need one (and `--help`) runs while another part of the engine is being rewritten.
 */
import type { ArticleBundle, Store } from '../src/storage/store.js';
import { newsInput, seconds } from './harness.js';

export interface NewsRow { id: string; title: string | null; text: string; url: string | null; published?: string | null }

export interface PipelineRun {
  /** The stored article id of each row, in row order (identical texts share one); null if ingest refused it. */
  articleIds: (string | null)[];
  /** Per-row ingest refusals, as the engine worded them. */
  refused: { id: string; error: string }[];
  /** Wall time of ingest + processing. */
  seconds: number;
}

export async function openStore(path = ':memory:'): Promise<Store> {
  const { SqliteStore } = await import('../src/storage/sqlite/sqlite-store.js');
  return new SqliteStore(path);
}

/** Ingests the rows (input fields only, origin `eval:<id>`) and processes everything pending. */
export async function ingestAndProcess(store: Store, rows: readonly NewsRow[]): Promise<PipelineRun> {
  const { ingestInputs, processPending } = await import('../src/pipeline.js');
  const t0 = process.hrtime.bigint();
  const results = await ingestInputs(store, rows.map((r) => ({ input: newsInput(r), origin: `eval:${r.id}` })));
  await processPending(store);
  const elapsed = seconds(t0);
  const refused: PipelineRun['refused'] = [];
  const articleIds = rows.map((r, i) => {
    const res = results[i] as { id?: string; error?: string } | undefined;
    if (res?.id) return res.id;
    refused.push({ id: r.id, error: res?.error ?? 'no result' });
    return null;
  });
  return { articleIds, refused, seconds: elapsed };
}

/** Every story with its article bundles, in `listStories` order. */
export async function storiesWithArticles(store: Store): Promise<{ storyId: string; articles: ArticleBundle[] }[]> {
  const out: { storyId: string; articles: ArticleBundle[] }[] = [];
  for (const s of await store.listStories()) out.push({ storyId: s.id, articles: await store.storyArticles(s.id) });
  return out;
}

/** The story of each stored article (articles that failed processing have none). */
export async function storyOfArticle(store: Store): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const { storyId, articles } of await storiesWithArticles(store)) {
    for (const b of articles) map.set(b.article.id, storyId);
  }
  return map;
}
