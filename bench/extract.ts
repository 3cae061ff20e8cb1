/**
 * Bench `extract`: articles per second of the extract stage alone, on clean text already cut into sentences
 * (the GVA articles: segmented once, before the clock starts), one core, in a child process so the peak RSS
 * is this run's own. Beside it, in the same process and on the same sentences, a reference: the extract
 * stage's own tokeniser over every sentence, the floor any extraction pays. The ratio of the two is what to
 * read; absolute figures vary with the machine and its load.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, loadDataset, runInChild, seconds } from '../eval/harness.js';
import type { Bench } from './registry.js';

/** Passes over the corpus for each measurement; the best pass counts (the least disturbed by other load). */
const PASSES = 3;

export interface ExtractBenchResult {
  articles: number;
  sentences: number;
  megabytes: number;
  extractSeconds: number;
  tokenizeSeconds: number;
  extractArticlesPerSecond: number;
  tokenizeArticlesPerSecond: number;
}

/** Runs in the child: segments the corpus, then times tokenising and extracting it. */
export async function runExtractBench({ dataDir }: { dataDir: string }): Promise<ExtractBenchResult> {
  const { segment } = await import('../src/stages/segment/index.js');
  const { extract } = await import('../src/stages/extract/index.js');
  const { tokenize } = await import('../src/stages/extract/tokens.js');
  const rows = await loadDataset(dataDir, 'gva-incidents.jsonl');
  const inputs = rows.map((r) => ({
    articleId: r.id, published: r.published ?? null, publishedInferred: false,
    sentences: segment({ articleId: r.id, text: r.text, language: 'en' }),
  }));
  let sink = 0;
  const best = (fn: () => void): number => {
    let min = Infinity;
    for (let p = 0; p < PASSES; p++) {
      const t0 = process.hrtime.bigint();
      fn();
      min = Math.min(min, seconds(t0));
    }
    return min;
  };
  const tokenizeSeconds = best(() => { for (const a of inputs) for (const s of a.sentences) sink += tokenize(s.text).length; });
  const extractSeconds = best(() => { for (const a of inputs) sink += extract(a).quotes.length; });
  if (sink < 0) throw new Error('unreachable');
  const n = inputs.length;
  return {
    articles: n,
    sentences: inputs.reduce((t, a) => t + a.sentences.length, 0),
    megabytes: rows.reduce((t, r) => t + r.text.length, 0) / 1e6,
    extractSeconds, tokenizeSeconds,
    extractArticlesPerSecond: n / extractSeconds,
    tokenizeArticlesPerSecond: n / tokenizeSeconds,
  };
}

export const extractBench: Bench = {
  description: 'extract stage alone on segmented GVA articles: articles/s and peak RSS, beside tokenising the same sentences',
  async run(progress) {
    progress('extract: segmenting and timing the GVA corpus (child process)');
    const { value: r, peakRssMb } = await runInChild<ExtractBenchResult>(fileURLToPath(import.meta.url), 'runExtractBench', { dataDir: DEFAULT_DATA_DIR });
    return {
      tables: [{
        title: `extract stage, ${r.articles} GVA articles, ${r.sentences} sentences, ${r.megabytes.toFixed(1)} MB of text (best of ${PASSES} passes)`,
        rows: [['step', 'seconds', 'articles/s', 'ms/article', 'x tokenise'],
          ['tokenise (reference)', r.tokenizeSeconds.toFixed(3), r.tokenizeArticlesPerSecond.toFixed(0), (1000 / r.tokenizeArticlesPerSecond).toFixed(3), '1.0'],
          ['extract', r.extractSeconds.toFixed(3), r.extractArticlesPerSecond.toFixed(0), (1000 / r.extractArticlesPerSecond).toFixed(3), (r.extractSeconds / r.tokenizeSeconds).toFixed(1)]],
      }],
      notes: [`peak RSS of the child process (Node, tsx, the corpus and the engine): ${Math.round(peakRssMb)} MB`, 'one core: the stage runs on the main thread of one process'],
      json: { ...r, peakRssMb: Math.round(peakRssMb) },
    };
  },
};
