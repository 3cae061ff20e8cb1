/**
 * Suite `clean-reference`: every removal the clean stage makes on the reference corpus
 * (`../shared/examples/kryvyi-rih`), listed per article with its reason code, its detail and its text, for a
 * person to review. There is no gold: the figures are counts (removals per reason, sentences kept), and the
 * listing is the result. The corpus runs through the real pipeline (ingest, clean, segment, extract,
 * cluster on an in-memory SQLite store), then the story-level intruder check that every report applies
 * (`removeStoryIntruders`), so the listing is exactly what the report's `removed` section shows.
 * `--json` gives the listing under `listing`: `[{ article, file, story, sentencesKept, removals: [{ reason,
 * detail, text }] }]`. Exit 0 whatever is removed: judging the removals is the reviewer's job.
 */
import { basename } from 'node:path';
import type { RemovalReason } from '../src/model/schemas.js';
import { REFERENCE_CORPUS, DataError, type Metrics, type Suite, type SuiteResult } from './harness.js';
import { openStore, storiesWithArticles } from './engine.js';

/** Longest removal text printed in the readable listing (`--json` keeps every character). */
const MAX_PRINTED_CHARS = 400;

export interface ReferenceRemoval { reason: RemovalReason; detail: string | null; text: string }
export interface ReferenceArticle { article: string; file: string; story: string; sentencesKept: number; removals: ReferenceRemoval[] }

/** Runs the corpus through the pipeline and the story-level check; one entry per article, in file order. */
export async function referenceRemovals(corpus = REFERENCE_CORPUS): Promise<ReferenceArticle[]> {
  const { ingestPaths, processPending } = await import('../src/pipeline.js');
  const { removeStoryIntruders, defaultCleanOptions } = await import('../src/stages/clean/index.js');
  const store = await openStore();
  try {
    const summary = await ingestPaths(store, [corpus]);
    if (summary.problems.length) throw new DataError(`${corpus}: ${summary.problems.map((p) => `${p.file}: ${p.error}`).join('; ')}`);
    if (summary.added === 0) throw new DataError(`${corpus}: no articles (expected .txt files)`);
    await processPending(store);
    const out: ReferenceArticle[] = [];
    let n = 0;
    for (const { storyId, articles } of await storiesWithArticles(store)) {
      n++;
      for (const b of removeStoryIntruders(articles, defaultCleanOptions().story)) {
        out.push({
          article: b.article.id, file: basename(b.article.origin), story: `story ${n} (${storyId})`, sentencesKept: b.sentences.length,
          removals: b.removals.map((r) => ({ reason: r.reason, detail: r.detail ?? null, text: r.text })),
        });
      }
    }
    return out.sort((a, b) => a.file.localeCompare(b.file));
  } finally {
    await store.close();
  }
}

function printable(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_PRINTED_CHARS ? t : `${t.slice(0, MAX_PRINTED_CHARS)}… (${t.length} characters)`;
}

export const cleanReferenceSuite: Suite = {
  name: 'clean-reference',
  description: 'every clean-stage removal on the reference corpus, per article, with reason and text, for review (no gold; --json gives the list)',
  async run({ progress }): Promise<SuiteResult> {
    progress(`clean-reference: ${REFERENCE_CORPUS} through the pipeline (in-memory SQLite)`);
    const articles = await referenceRemovals();
    const metrics: Metrics = {
      articles: articles.length,
      stories: new Set(articles.map((a) => a.story)).size,
      sentencesKept: articles.reduce((x, a) => x + a.sentencesKept, 0),
      removals: articles.reduce((x, a) => x + a.removals.length, 0),
    };
    const byReason = new Map<string, number>();
    for (const a of articles) for (const r of a.removals) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
    for (const [reason, count] of [...byReason].sort()) metrics[`removed.${reason}`] = count;
    const lines = ['removals:'];
    for (const a of articles) {
      lines.push(`${a.file} (${a.story}; ${a.sentencesKept} sentences kept): ${a.removals.length} removal(s)`);
      for (const r of a.removals) lines.push(`  [${r.reason}] ${r.detail ?? ''}`, `      "${printable(r.text)}"`);
    }
    return {
      suite: 'clean-reference',
      size: articles.length,
      metrics,
      counts: Object.keys(metrics),
      baseline: null,
      notes: ['no gold: review the listing; the figures are counts', 'the listing is what the report\'s "removed" section shows (story-level intruders included)'],
      predictions: articles.map((a) => ({ id: a.file, ...a })),
      listing: { lines, json: articles },
    };
  },
};
