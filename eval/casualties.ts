/**
 * Suite `casualties`: for each incident of `gva-incident-facts.jsonl`, the killed and injured the engine
 * reconciles from that incident's articles (its gold cluster in `gva-incidents.jsonl`), scored as the share
 * of incidents where killed, injured, and both equal the archive's table.
 *
 * Ours: each incident's articles go through the per-article stages on a fresh in-memory store, then
 * `reconcile` runs once over all of them — the gold cluster, so clustering mistakes do not count here
 * (how often our clusterer split an incident is reported as a note). The answer for a measure is the
 * `estimate.best` of its fact about `people` (the one with most citations when several events have one),
 * else of its largest fact about any subject, else 0.
 * Baseline: the most frequent number near a casualty word over the incident's articles (`baselines.ts`).
 * Under the figures, the reference corpus's reconciled facts are listed for review (`reference-facts.ts`).
 */
import type { Extraction, Fact } from '../src/model/schemas.js';
import type { ArticleBundle } from '../src/storage/store.js';
import { casualtyBaseline, type CasualtyCounts } from './baselines.js';
import { ingestAndProcess, openStore, storiesWithArticles } from './engine.js';
import { loadDataset, type Row, type Suite, type SuiteResult } from './harness.js';
import { share } from './metrics.js';
import { formatReferenceFacts, referenceFacts } from './reference-facts.js';

export const KILLED_MEASURES = ['killed'];
export const INJURED_MEASURES = ['injured', 'wounded'];

export interface IncidentRun {
  incident: string;
  gold: CasualtyCounts;
  rows: Row<'gva-incidents.jsonl'>[];
  /** The stored article id of each row (null: ingest refused it). */
  articleIds: (string | null)[];
  /** Distinct processed articles of the incident, whatever story each joined. */
  bundles: ArticleBundle[];
  stories: number;
  /** The engine's error for this incident, if it threw. */
  error: string | null;
}

/** Runs the per-article stages for every incident with a table row, one fresh store per incident. */
export async function runIncidents(dataDir: string, progress: (l: string) => void): Promise<{ runs: IncidentRun[]; seconds: number }> {
  const facts = await loadDataset(dataDir, 'gva-incident-facts.jsonl');
  const byIncident = new Map<string, Row<'gva-incidents.jsonl'>[]>();
  for (const row of await loadDataset(dataDir, 'gva-incidents.jsonl')) {
    const list = byIncident.get(row.gold);
    if (list) list.push(row);
    else byIncident.set(row.gold, [row]);
  }
  const runs: IncidentRun[] = [];
  let total = 0;
  for (const f of facts) {
    const rows = byIncident.get(f.incident) ?? [];
    if (rows.length === 0) continue;
    if (runs.length % 100 === 0) progress(`incidents: ${runs.length}/${facts.length}`);
    const run: IncidentRun = { incident: f.incident, gold: { killed: f.killed, injured: f.injured }, rows, articleIds: [], bundles: [], stories: 0, error: null };
    const store = await openStore();
    try {
      const r = await ingestAndProcess(store, rows);
      total += r.seconds;
      run.articleIds = r.articleIds;
      const stories = await storiesWithArticles(store);
      run.stories = stories.length;
      run.bundles = stories.flatMap((s) => s.articles);
    } catch (e) {
      run.error = e instanceof Error ? e.message : String(e);
    } finally {
      await store.close();
    }
    runs.push(run);
  }
  return { runs, seconds: total };
}

function citationCount(f: Fact): number {
  return f.values.reduce((n, v) => n + v.citations.length, 0);
}

/** Our answer for one measure from reconciled facts (see the file comment). */
export function factCount(facts: readonly Fact[], measures: readonly string[]): number {
  const cands = facts.filter((f) => measures.includes(f.measure));
  if (cands.length === 0) return 0;
  const people = cands.filter((f) => f.subject === 'people');
  if (people.length > 0) {
    const best = people.reduce((a, b) => (citationCount(b) > citationCount(a) ? b : a));
    return best.estimate.best;
  }
  return Math.max(...cands.map((f) => f.estimate.best));
}

/** One article's answer from its extraction alone: largest exact / at-least count, `people` first, else 0. */
export function extractionCount(x: Extraction, measures: readonly string[]): number {
  const cands = x.counts.filter((c) => measures.includes(c.measure) && (c.qualifier === 'exact' || c.qualifier === 'at least'));
  const people = cands.filter((c) => c.subject === 'people');
  const pool = people.length > 0 ? people : cands;
  return pool.length ? Math.max(...pool.map((c) => c.value)) : 0;
}

export function articleTexts(rows: readonly { title: string | null; text: string }[]): string[] {
  return rows.map((r) => `${r.title ?? ''}\n${r.text}`);
}

export function scoreCounts(items: { gold: CasualtyCounts; pred: CasualtyCounts | null }[]) {
  return {
    killed: share(items, (x) => x.pred?.killed === x.gold.killed),
    injured: share(items, (x) => x.pred?.injured === x.gold.injured),
    both: share(items, (x) => x.pred?.killed === x.gold.killed && x.pred?.injured === x.gold.injured),
  };
}

export const casualtiesSuite: Suite = {
  name: 'casualties',
  description: 'killed/injured reconciled per GVA incident vs the archive table: shares right (baseline: most frequent number near a casualty word)',
  async run({ dataDir, progress }): Promise<SuiteResult> {
    const { reconcile } = await import('../src/stages/reconcile/index.js');
    const { runs, seconds } = await runIncidents(dataDir, progress);
    const items: { id: string; gold: CasualtyCounts; pred: CasualtyCounts | null; base: CasualtyCounts; events: number }[] = [];
    const errors: string[] = [];
    for (const run of runs) {
      let pred: CasualtyCounts | null = null;
      let events = 0;
      if (run.error === null) {
        try {
          const out = await reconcile({ storyId: `eval:${run.incident}`, articles: run.bundles });
          pred = { killed: factCount(out.facts, KILLED_MEASURES), injured: factCount(out.facts, INJURED_MEASURES) };
          events = out.events.length;
        } catch (e) {
          run.error = `reconcile: ${e instanceof Error ? e.message : String(e)}`;
        }
      }
      if (run.error !== null) errors.push(`${run.incident}: ${run.error}`);
      items.push({ id: run.incident, gold: run.gold, pred, base: casualtyBaseline(articleTexts(run.rows)), events });
    }
    const notes = [
      'reconcile ran once per incident over all its processed articles (the gold cluster)',
      `our clusterer split ${runs.filter((r) => r.stories > 1).length} of ${runs.length} incidents into several stories (informational)`,
      `per-article stages took ${seconds.toFixed(1)} s over ${runs.reduce((n, r) => n + r.rows.length, 0)} articles, one in-memory store per incident`,
    ];
    if (errors.length) notes.push(`the engine threw on ${errors.length} incident(s), scored wrong; first: ${errors[0]}`);
    progress('casualties: the reference corpus, for the facts table');
    const reference = await referenceFacts();
    return {
      suite: 'casualties',
      size: items.length,
      metrics: scoreCounts(items),
      baseline: scoreCounts(items.map((x) => ({ gold: x.gold, pred: x.base }))),
      notes,
      predictions: items.map((x) => ({ id: x.id, killed: x.pred?.killed ?? null, injured: x.pred?.injured ?? null, events: x.events, baseline: x.base })),
      listing: { lines: formatReferenceFacts(reference), json: reference },
    };
  },
};
