/**
 * Bench `e2e`: end-to-end throughput and memory of the pipeline (ingest + processing through clean,
 * segment, extract and cluster) on a fresh temporary SQLite file, for a few corpus sizes. Each size runs
 * in its own child process (`runCorpus`), so the peak RSS reported beside it is that size's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, REFERENCE_CORPUS, loadDataset, runInChild, seconds } from '../eval/harness.js';
import { ingestAndProcess, openStore } from '../eval/engine.js';
import type { Bench } from './registry.js';

/** One measured corpus: the reference articles, or the first `size` GVA articles in publication order. */
export type Corpus = { kind: 'reference' } | { kind: 'gva'; size: number };

/** The corpora `npm run bench` measures; the largest is the whole GVA file (about a minute on 2 cores). */
export const E2E_CORPORA: Corpus[] = [{ kind: 'reference' }, { kind: 'gva', size: 500 }, { kind: 'gva', size: 1856 }];

export interface E2eRow { corpus: string; articles: number; seconds: number; articlesPerSecond: number; peakRssMb: number }

/** Runs in the child: builds the corpus, then times ingest + processing on a temp-file store. */
export async function runCorpus({ corpus, dataDir }: { corpus: Corpus; dataDir: string }): Promise<Omit<E2eRow, 'peakRssMb'>> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    if (corpus.kind === 'reference') {
      const { ingestPaths, processPending } = await import('../src/pipeline.js');
      const t0 = process.hrtime.bigint();
      const summary = await ingestPaths(store, [REFERENCE_CORPUS]);
      await processPending(store);
      const s = seconds(t0);
      return { corpus: 'reference (kryvyi-rih)', articles: summary.added, seconds: s, articlesPerSecond: summary.added / s };
    }
    const rows = (await loadDataset(dataDir, 'gva-incidents.jsonl')).slice(0, corpus.size);
    const run = await ingestAndProcess(store, rows);
    return { corpus: `gva-incidents first ${rows.length}`, articles: rows.length, seconds: run.seconds, articlesPerSecond: rows.length / run.seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchE2e(progress: (line: string) => void, dataDir = DEFAULT_DATA_DIR): Promise<E2eRow[]> {
  const rows: E2eRow[] = [];
  for (const corpus of E2E_CORPORA) {
    progress(`e2e: ${corpus.kind === 'gva' ? `gva ${corpus.size}` : 'reference'} (child process)`);
    const r = await runInChild<Omit<E2eRow, 'peakRssMb'>>(fileURLToPath(import.meta.url), 'runCorpus', { corpus, dataDir });
    rows.push({ ...r.value, peakRssMb: Math.round(r.peakRssMb) });
  }
  return rows;
}

export const e2eBench: Bench = {
  description: 'ingest + processing on a temp-file SQLite store: articles/s and peak RSS per corpus size',
  async run(progress) {
    const rows = await benchE2e(progress);
    return {
      tables: [{
        title: 'end to end (SQLite file)',
        rows: [['corpus', 'articles', 'seconds', 'articles/s', 'peak RSS MB'],
          ...rows.map((r) => [r.corpus, String(r.articles), r.seconds.toFixed(1), r.articlesPerSecond.toFixed(1), String(r.peakRssMb)])],
      }],
      notes: ['peak RSS is per child process (one per corpus size): Node, tsx, the engine and the corpus rows included'],
      json: { runs: rows },
    };
  },
};
