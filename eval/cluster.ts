/**
 * Suites `cluster-ecb` and `cluster-gva`: story clustering, BCubed P/R/F1 against the gold event or
 * incident, over all documents of the file at once, fed in file order (for GVA that is publication order).
 * Ours: the whole pipeline on a fresh in-memory SQLite store; each row scores in its article's story (rows
 * with identical text share an article, hence a story).
 * Order: the same run again on `ORDER_SEEDS` seeded shuffles of the rows, each article processed as it
 * arrives (not re-sorted by date), so a story must form whatever comes first; reported as the min, max, mean
 * and standard deviation of F1 over the shuffles (`orderF1Min` … `orderF1Stdev`).
 * Halves: the file-order run scored again on each half of the gold clusters (`half0.f1`, `half1.f1`; ECB+ by
 * topic parity, GVA by the parity of half the incident id, all of whose ids are even), so a change tuned on
 * one half can be checked on the other. Mixing joins: the listing names, for every story holding two gold
 * clusters, the decision that first let another in (with its score), and `mixingJoins` counts them.
 * Baseline: single-pass TF-IDF cosine clustering at
 * its best threshold on this very data (an oracle choice that flatters it), IDF from the whole collection.
 */
import { SWEEP_THRESHOLDS, singlePassCluster, tfidfVectors } from './baselines.js';
import type { Store } from '../src/storage/store.js';
import { ingestAndProcess, openStore, storyOfArticle, type NewsRow } from './engine.js';
import { loadDataset, newsInput, seconds, type Suite, type SuiteResult } from './harness.js';
import { mulberry32 } from './intruders.js';
import { bcubed } from './metrics.js';

/** Seeds of the shuffled arrival orders (1..5). */
const ORDER_SEEDS = [1, 2, 3, 4, 5];

/** Fisher-Yates with a seeded PRNG: the same seed gives the same order on every machine. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** BCubed F1 of one arrival order: every row ingested, then each article processed in that order. */
async function shuffledF1(rows: (NewsRow & { gold: string })[], seed: number): Promise<number> {
  const { ingestInputs, processArticle } = await import('../src/pipeline.js');
  const order = shuffled(rows.map((_, i) => i), seed);
  const store = await openStore();
  try {
    const results = await ingestInputs(store, order.map((i) => ({ input: newsInput(rows[i]), origin: `eval:${rows[i].id}` })));
    const ids = results.map((r) => (r as { id?: string }).id ?? null);
    for (const id of new Set(ids)) if (id !== null) await processArticle(store, id);
    const storyOf = await storyOfArticle(store);
    const predicted = order.map((i, k) => (ids[k] === null ? undefined : storyOf.get(ids[k]!)) ?? `unclustered:${rows[i].id}`);
    return bcubed(predicted, order.map((i) => rows[i].gold)).f1;
  } finally {
    await store.close();
  }
}

function spread(xs: number[]): { min: number; max: number; mean: number; stdev: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const stdev = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { min: Math.min(...xs), max: Math.max(...xs), mean, stdev };
}

/** BCubed of the rows whose gold cluster falls in half `h` (0 or 1) by `halfOf`. */
function halfScore(predicted: string[], gold: string[], halfOf: (gold: string) => number, h: number) {
  const ks = gold.map((_, k) => k).filter((k) => halfOf(gold[k]) === h);
  return bcubed(ks.map((k) => predicted[k]), ks.map((k) => gold[k]));
}

async function clusterSuite(name: string, rows: (NewsRow & { gold: string })[], progress: (l: string) => void,
  halfOf: (gold: string) => number): Promise<SuiteResult> {
  const gold = rows.map((r) => r.gold);
  const notes: string[] = [];

  progress(`${name}: ours on ${rows.length} articles`);
  const store = await openStore();
  let predicted: string[];
  let ourSeconds: number;
  let mixing: MixingJoin[] = [];
  try {
    const run = await ingestAndProcess(store, rows);
    ourSeconds = run.seconds;
    const storyOf = await storyOfArticle(store);
    const counts = await store.counts();
    // A row without a story (refused at ingest, failed processing) is scored as its own singleton cluster.
    let orphans = 0;
    predicted = rows.map((r, i) => {
      const a = run.articleIds[i];
      const s = a === null ? undefined : storyOf.get(a);
      if (s === undefined) orphans++;
      return s ?? `unclustered:${r.id}`;
    });
    const distinct = new Set(run.articleIds.filter((a) => a !== null)).size;
    if (distinct < rows.length - run.refused.length) notes.push(`${rows.length - run.refused.length - distinct} rows had the text of an earlier row and share its article`);
    if (run.refused.length) notes.push(`ingest refused ${run.refused.length} row(s); first: ${run.refused[0].id}: ${run.refused[0].error}`);
    if (counts.failed) notes.push(`${counts.failed} article(s) failed processing`);
    if (orphans) notes.push(`${orphans} row(s) landed in no story, scored as singletons`);
    mixing = await mixingJoins(store, rows, run.articleIds, predicted);
  } finally {
    await store.close();
  }

  const orderF1: number[] = [];
  for (const seed of ORDER_SEEDS) {
    progress(`${name}: ours on shuffled order ${seed} of ${ORDER_SEEDS.length}`);
    orderF1.push(await shuffledF1(rows, seed));
  }
  const order = spread(orderF1);
  notes.push(`order: F1 over ${ORDER_SEEDS.length} seeded shuffles (seeds ${ORDER_SEEDS.join(', ')}), each article processed on arrival: ${orderF1.map((f) => f.toFixed(3)).join(', ')}`);

  progress(`${name}: baseline sweep over ${SWEEP_THRESHOLDS.length} thresholds`);
  const t0 = process.hrtime.bigint();
  const vectors = tfidfVectors(rows.map((r) => `${r.title ?? ''}\n${r.text}`));
  const vectorSeconds = seconds(t0);
  let best = { threshold: 0, labels: [] as number[], score: { precision: 0, recall: 0, f1: -1 }, seconds: 0 };
  for (const threshold of SWEEP_THRESHOLDS) {
    const t1 = process.hrtime.bigint();
    const labels = singlePassCluster(vectors, threshold);
    const elapsed = seconds(t1);
    const score = bcubed(labels.map(String), gold);
    if (score.f1 > best.score.f1) best = { threshold, labels, score, seconds: elapsed };
  }
  notes.push(`baseline: single-pass TF-IDF cosine, best threshold ${best.threshold} of ${SWEEP_THRESHOLDS[0]}..${SWEEP_THRESHOLDS.at(-1)} swept on this data, IDF from the whole collection`);
  notes.push('articlesPerSecond: ours = ingest + full processing; baseline = vectorising + one clustering pass');

  const ours = bcubed(predicted, gold);
  const [half0, half1] = [0, 1].map((h) => halfScore(predicted, gold, halfOf, h));
  return {
    suite: name,
    size: rows.length,
    metrics: {
      precision: ours.precision, recall: ours.recall, f1: ours.f1,
      clusters: new Set(predicted).size,
      articlesPerSecond: rows.length / ourSeconds,
      'half0.f1': half0.f1, 'half0.precision': half0.precision, 'half1.f1': half1.f1, 'half1.precision': half1.precision,
      orderF1Min: order.min, orderF1Max: order.max, orderF1Mean: order.mean, orderF1Stdev: order.stdev,
      mixingJoins: mixing.length,
    },
    counts: ['clusters', 'mixingJoins'],
    baseline: {
      precision: best.score.precision, recall: best.score.recall, f1: best.score.f1,
      clusters: new Set(best.labels).size,
      articlesPerSecond: rows.length / (vectorSeconds + best.seconds),
      'half0.f1': halfScore(best.labels.map(String), gold, halfOf, 0).f1, 'half1.f1': halfScore(best.labels.map(String), gold, halfOf, 1).f1,
      threshold: best.threshold,
    },
    notes: [`gold: ${new Set(gold).size} clusters`, ...notes],
    predictions: rows.map((r, i) => ({ id: r.id, story: predicted[i], baseline: { cluster: best.labels[i] } })),
    listing: {
      lines: [`mixing joins (file order): ${mixing.length}`, ...mixing.map((m) => `${m.row} (gold ${m.gold}) into the story of gold ${m.into} (${m.intoRows} rows): ${m.decision}`)],
      json: mixing,
    },
  };
}

/** The decision that first brought a second gold cluster into a predicted story (see `mixingJoins`). */
interface MixingJoin { row: string; gold: string; into: string; intoRows: number; decision: string }

/**
 * Where the file-order run lets two gold clusters share a story: for each story, each gold cluster other
 * than that of the story's first row, with the first of its rows (rows go in processing order) and that
 * article's recorded story decision. That decision is the one to study: once one article of a look-alike
 * event joins, the rest of its event follows it. A decision that opened a new story means the mix came
 * later, by a merge.
 */
async function mixingJoins(store: Store, rows: (NewsRow & { gold: string })[], articleIds: (string | null)[], predicted: string[]): Promise<MixingJoin[]> {
  const byStory = new Map<string, number[]>();
  predicted.forEach((s, i) => byStory.set(s, [...(byStory.get(s) ?? []), i]));
  const out: MixingJoin[] = [];
  for (const members of byStory.values()) {
    const size = new Map<string, number>();
    for (const i of members) size.set(rows[i].gold, (size.get(rows[i].gold) ?? 0) + 1);
    if (size.size < 2) continue;
    // The story's first row founded it (rows go in processing order); the other clusters came into it.
    const main = rows[members[0]].gold;
    for (const gold of size.keys()) {
      if (gold === main) continue;
      const first = members.find((i) => rows[i].gold === gold)!;
      const id = articleIds[first];
      const note = id === null ? null : (await store.getArticle(id))?.note ?? null;
      const decision = note?.split('; ').find((n) => n.startsWith('story: '))?.slice('story: '.length) ?? 'no decision recorded';
      out.push({ row: rows[first].id, gold, into: main, intoRows: size.get(main)!, decision });
    }
  }
  return out;
}

export const clusterEcbSuite: Suite = {
  name: 'cluster-ecb',
  description: 'story clustering on ecbplus-clusters.jsonl: BCubed P/R/F1, articles/s (baseline: TF-IDF single-pass, best threshold)',
  async run({ dataDir, progress }) {
    // ECB+ has no publication dates: the rows go in file order.
    const rows = await loadDataset(dataDir, 'ecbplus-clusters.jsonl');
    // Gold is `<topic>_<subtopic>`: a topic's two look-alike events stay in one half.
    return clusterSuite('cluster-ecb', rows, progress, (g) => parseInt(g, 10) % 2);
  },
};

export const clusterGvaSuite: Suite = {
  name: 'cluster-gva',
  description: 'story clustering on gva-incidents.jsonl in publication order: BCubed P/R/F1, articles/s (baseline: TF-IDF single-pass)',
  async run({ dataDir, progress }) {
    const rows = await loadDataset(dataDir, 'gva-incidents.jsonl');
    return clusterSuite('cluster-gva', rows, progress, (g) => Math.floor(Number(g) / 2) % 2);
  },
};
