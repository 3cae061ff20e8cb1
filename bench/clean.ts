/**
 * Bench `clean`: speed of the clean stage, beside the corpus size each figure was measured on.
 *   - sentence level: `clean()` on plain-text articles (layout rules + article-level cohesion), in input
 *     sentences per second, on every article of gva-incidents.jsonl and ecbplus-clusters.jsonl; and the
 *     story-level intruder check (`findIntruders`, one call per gold story) on the same articles.
 *   - page level: `clean()` on the HTML pages of extraction.jsonl (page extraction + the sentence rules),
 *     in pages per second, beside plain Readability.js on jsdom (the extraction suite's baseline) in the
 *     same run.
 * Each measured loop is warmed up first (text: one pass; pages: the first few), then timed; the corpus is
 * read before timing starts. Both cores may be shared: compare ours to the baseline of the same run only.
 */
import { DEFAULT_DATA_DIR, loadDataset, seconds } from '../eval/harness.js';
import type { Bench } from './registry.js';

/** Timed passes over the text corpora (after one warm-up pass): enough for a second or more of work. */
const ROUNDS = 3;

export interface CleanBenchRow { what: string; items: number; unit: string; seconds: number; perSecond: number; sentencesPerSecond: number | null }

/** Pages of the warm-up pass before the page-level loops are timed (a full pass would double the bench). */
const PAGE_WARMUP = 10;

function time(fn: (warmup: boolean) => void, rounds: number): number {
  fn(true);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn(false);
  return seconds(t0) / rounds;
}

export async function benchClean(progress: (line: string) => void, dataDir = DEFAULT_DATA_DIR): Promise<{ rows: CleanBenchRow[]; corpus: string[] }> {
  const { clean, findIntruders } = await import('../src/stages/clean/index.js');
  const { splitSentences } = await import('../src/text/sentences.js');
  const gva = await loadDataset(dataDir, 'gva-incidents.jsonl');
  const ecb = await loadDataset(dataDir, 'ecbplus-clusters.jsonl');
  const pages = await loadDataset(dataDir, 'extraction.jsonl');
  const texts = [...gva, ...ecb].map((r) => ({ story: r.gold, title: r.title, text: r.text }));
  const sentences = texts.reduce((n, r) => n + splitSentences(r.text).length, 0);
  const chars = texts.reduce((n, r) => n + r.text.length, 0);
  const pageBytes = pages.reduce((n, p) => n + p.html.length, 0);
  const rows: CleanBenchRow[] = [];

  progress(`clean: sentence level on ${texts.length} articles (${sentences} sentences), ${ROUNDS} rounds`);
  const textSeconds = time(() => { for (const r of texts) clean({ format: 'text', raw: r.text, title: r.title }); }, ROUNDS);
  rows.push({ what: 'clean() on text (rules + cohesion)', items: texts.length, unit: 'articles', seconds: textSeconds, perSecond: texts.length / textSeconds, sentencesPerSecond: sentences / textSeconds });

  // The story-level check sees the cleaned paragraphs of each gold story's articles, as the pipeline does.
  const stories = new Map<string, { articleId: string; paragraphs: string[] }[]>();
  texts.forEach((r, i) => {
    const paragraphs = clean({ format: 'text', raw: r.text, title: r.title }).text.split('\n\n');
    stories.set(r.story, [...(stories.get(r.story) ?? []), { articleId: String(i), paragraphs }]);
  });
  progress(`clean: story level on ${stories.size} stories`);
  const storySeconds = time(() => { for (const s of stories.values()) findIntruders(s); }, ROUNDS);
  rows.push({ what: 'findIntruders per story', items: stories.size, unit: 'stories', seconds: storySeconds, perSecond: stories.size / storySeconds, sentencesPerSecond: sentences / storySeconds });

  progress(`clean: page level on ${pages.length} pages (ours)`);
  const oursSeconds = time((warmup) => { for (const p of warmup ? pages.slice(0, PAGE_WARMUP) : pages) clean({ format: 'html', raw: p.html, title: null }); }, 1);
  rows.push({ what: 'clean() on HTML (ours, linkedom)', items: pages.length, unit: 'pages', seconds: oursSeconds, perSecond: pages.length / oursSeconds, sentencesPerSecond: null });

  progress(`clean: page level on ${pages.length} pages (baseline: Readability.js on jsdom)`);
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const baseSeconds = time((warmup) => {
    for (const p of warmup ? pages.slice(0, PAGE_WARMUP) : pages) {
      const dom = new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() });
      new Readability(dom.window.document).parse();
      dom.window.close();
    }
  }, 1);
  rows.push({ what: 'baseline: Readability.js on jsdom', items: pages.length, unit: 'pages', seconds: baseSeconds, perSecond: pages.length / baseSeconds, sentencesPerSecond: null });

  const corpus = [
    `text: ${texts.length} articles (${gva.length} gva-incidents + ${ecb.length} ecbplus-clusters), ${sentences} sentences, ${(chars / 1e6).toFixed(1)} M characters`,
    `story level: the same articles in ${stories.size} gold stories`,
    `pages: ${pages.length} pages of extraction.jsonl, ${(pageBytes / 1e6).toFixed(1)} M characters of HTML`,
  ];
  return { rows, corpus };
}

export const cleanBench: Bench = {
  description: 'clean stage: sentences/s of the sentence cleaner (rules + cohesion, story level), pages/s of the page extractor vs Readability+jsdom',
  async run(progress) {
    const { rows, corpus } = await benchClean(progress);
    const ours = rows.find((r) => r.what.startsWith('clean() on HTML'))!;
    const base = rows.find((r) => r.what.startsWith('baseline'))!;
    return {
      tables: [{
        title: 'clean stage',
        rows: [['what', 'items', 'seconds/pass', 'items/s', 'sentences/s'],
          ...rows.map((r) => [r.what, `${r.items} ${r.unit}`, r.seconds.toFixed(2), r.perSecond.toFixed(1), r.sentencesPerSecond === null ? '-' : r.sentencesPerSecond.toFixed(0)])],
      }],
      notes: [
        ...corpus,
        `page extraction: ours ${(ours.perSecond / base.perSecond).toFixed(1)}x the baseline's pages/s in this run`,
        `text rows: one warm-up pass, then the mean of ${ROUNDS} passes; page rows: a warm-up on ${PAGE_WARMUP} pages, then one timed pass`,
        'the extraction suite (`npm run eval -- extraction`) times each system in its own fresh child process, so its ratio is the fairer one',
      ],
      json: { rows, corpus, pageSpeedup: ours.perSecond / base.perSecond },
    };
  },
};
