/**
 * Suite `extraction`: boilerplate removal on `extraction.jsonl` (91 real article pages with checked bodies),
 * scored with the article-extraction-benchmark shingle metric (see `metrics.ts`).
 * Ours: the clean stage on the raw HTML, scored at the page level the benchmark defines — its `body` (the
 * article as the page lays it out, figure captions and chrome out). The sentence-level removals on top
 * (sub-headings, link lists, teasers…) are not scored here: the benchmark's bodies keep sub-headings, and
 * the intruders suite measures that level. Baseline: plain Readability.js on jsdom.
 * Each system runs in its own child process, streaming the pages, so `peakRssMb` is that system's own peak
 * (including Node, tsx and its libraries); `pagesPerSecond` counts only the time spent inside the system
 * (DOM parsing included), not reading the file.
 */
import { fileURLToPath } from 'node:url';
import { loadDataset, runInChild, seconds, streamDataset, type Suite, type SuiteResult } from './harness.js';
import { shingleCounts, shingleScores } from './metrics.js';

/**
 * The two halves of the file, by page id: ids whose first hex digit is even are the tuning half (45 pages)
 * that the clean stage's page-level constants were calibrated on; the others (46) are held out, to show the
 * score holds on pages not tuned on. Reported as `tune.*` and `heldOut.*`.
 */
type Half = 'tune' | 'heldOut';
export function halfOf(id: string): Half {
  return parseInt(id[0], 16) % 2 === 0 ? 'tune' : 'heldOut';
}

interface SystemRun {
  ids: string[];
  texts: string[];
  seconds: number;
  /** Pages the system threw on (scored as an empty prediction), with the first error. */
  failures: { id: string; error: string }[];
}

async function runSystem(dataDir: string, predict: (html: string, url: string) => Promise<string>): Promise<SystemRun> {
  const run: SystemRun = { ids: [], texts: [], seconds: 0, failures: [] };
  for await (const row of streamDataset(dataDir, 'extraction.jsonl')) {
    const t0 = process.hrtime.bigint();
    let text = '';
    try {
      text = await predict(row.html, row.url);
    } catch (e) {
      run.failures.push({ id: row.id, error: e instanceof Error ? e.message : String(e) });
    }
    run.seconds += seconds(t0);
    run.ids.push(row.id);
    run.texts.push(text);
  }
  return run;
}

/** Ours, run in a child process: the clean stage's page-level body. */
export async function runOurs({ dataDir }: { dataDir: string }): Promise<SystemRun> {
  const { clean } = await import('../src/stages/clean/index.js');
  return runSystem(dataDir, async (html) => clean({ format: 'html', raw: html, title: null }).body);
}

/** Baseline, run in a child process: Readability's `textContent`, as the benchmark's readability.js output. */
export async function runBaseline({ dataDir }: { dataDir: string }): Promise<SystemRun> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  return runSystem(dataDir, async (html, url) => {
    // A console with no listeners: jsdom's complaints about page CSS are not results.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  });
}

export const extractionSuite: Suite = {
  name: 'extraction',
  description: 'boilerplate removal on extraction.jsonl: shingle F1/P/R, pages/s, peak RSS (baseline: Readability.js on jsdom)',
  async run({ dataDir, progress }): Promise<SuiteResult> {
    // Read and validate the file (and keep only the gold) before any child starts.
    const gold = new Map<string, string>();
    for (const row of await loadDataset(dataDir, 'extraction.jsonl')) gold.set(row.id, row.articleBody);
    const self = fileURLToPath(import.meta.url);
    progress(`extraction: ours on ${gold.size} pages (child process)`);
    const ours = await runInChild<SystemRun>(self, 'runOurs', { dataDir });
    progress('extraction: baseline (Readability.js) (child process)');
    const base = await runInChild<SystemRun>(self, 'runBaseline', { dataDir });
    const score = (r: { value: SystemRun; peakRssMb: number }) => {
      const counts = r.value.ids.map((id, i) => shingleCounts(gold.get(id)!, r.value.texts[i]));
      const s = shingleScores(counts);
      const half = (h: Half) => shingleScores(counts.filter((_, i) => halfOf(r.value.ids[i]) === h));
      return {
        f1: s.f1, precision: s.precision, recall: s.recall,
        pagesPerSecond: r.value.ids.length / r.value.seconds,
        peakRssMb: Math.round(r.peakRssMb),
        'tune.f1': half('tune').f1, 'heldOut.f1': half('heldOut').f1,
        'heldOut.precision': half('heldOut').precision, 'heldOut.recall': half('heldOut').recall,
      };
    };
    const notes = [
      'ours: the page-level body (figure captions and page chrome out), before sentence-level noise removal',
      'peakRssMb: each system ran in its own child process (Node + tsx + its libraries + one page at a time)',
      'pagesPerSecond: time inside the system only (DOM parse included), one page at a time',
      'tune.*: the pages (first id digit even) the page-level constants were calibrated on; heldOut.*: the others, never tuned on',
    ];
    for (const [name, r] of [['ours', ours.value], ['baseline', base.value]] as const) {
      if (r.failures.length) notes.push(`${name} threw on ${r.failures.length} page(s), scored empty; first: ${r.failures[0].id}: ${r.failures[0].error}`);
    }
    const baseText = new Map(base.value.ids.map((id, i) => [id, base.value.texts[i]]));
    return {
      suite: 'extraction',
      size: ours.value.ids.length,
      metrics: score(ours),
      baseline: score(base),
      notes,
      predictions: ours.value.ids.map((id, i) => ({ id, text: ours.value.texts[i], baseline: { text: baseText.get(id) ?? '' } })),
    };
  },
};
