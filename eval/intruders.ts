/**
 * Suite `intruders`: a seeded benchmark of intruder removal. From ecbplus-clusters.jsonl and
 * gva-incidents.jsonl, stories are the gold events / incidents with at least 2 articles. In each story about
 * a third of the articles stay untouched; into every other article 1–3 sentences of an article about another
 * topic are inserted, each as its own paragraph, at random positions after the lead (positions recorded).
 * ECB+ donors come from another topic number; GVA donors from another incident: all GVA incidents are
 * shootings, so that stratum is the hard case. The two datasets never donate to each other.
 *
 * Ours: story-level `findIntruders` (one call per story, on the paragraphs each article keeps after the
 * per-article `clean()`, as in the pipeline) together with the per-article `clean()` intruder removals. Baseline: the per-article `clean()` removals alone.
 * Metrics: `precision` = inserted paragraphs removed / paragraphs removed, and `recall` = inserted removed /
 * inserted, both over touched articles; `genuineRemoved` = paragraphs removed / paragraphs, over untouched
 * articles (`genuineRemovedSentences` the same in sentences). Per stratum under `ecb.*` and `gva.*` (flat
 * keys: the harness's metrics are flat, and so floors can be pinned per stratum).
 *
 * `--seed N` (default 1) makes another corpus; the same seed always makes the same one.
 */
import { clean, findIntruders } from '../src/stages/clean/index.js';
import { trainBoostedTrees, type BoostOptions, type BoostedTrees } from '../src/stages/clean/intruder-boost.js';
import { BOOSTED_FEATURES, judgedParagraphs } from '../src/stages/clean/story.js';
import { splitSentences } from '../src/text/sentences.js';
import { UsageError, loadDataset, type Metrics, type Suite, type SuiteResult } from './harness.js';

export const DEFAULT_SEED = 1;
export const SEED_FLAG = '--seed';
/** GVA incidents used, the first in file order: enough for stable figures, and the run stays a few seconds. */
export const GVA_INCIDENT_CAP = 300;
/** A donor sentence must have at least this many words, so it can be told apart at all. */
export const MIN_INTRUDER_WORDS = 8;
/** Share of each story's articles left untouched (rounded down: a 2-article story has none). */
export const UNTOUCHED_SHARE = 1 / 3;

// ---------------------------------------------------------------------------------------------------
// The seeded corpus.

/** mulberry32: a small, fast 32-bit PRNG; `next()` is uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Stratum = 'ecb' | 'gva';
export const STRATA: readonly Stratum[] = ['ecb', 'gva'];

export interface SourceArticle {
  id: string;
  /** Gold event or incident: the story the article belongs to. */
  story: string;
  /** Donors must come from another topic (ECB+: the topic number; GVA: the incident). */
  topic: string;
  stratum: Stratum;
  paragraphs: string[];
}

export interface Intruder {
  /** Index of the inserted paragraph in the built article's `paragraphs`. */
  paragraph: number;
  text: string;
  donor: string;
}

export interface BuiltArticle {
  id: string;
  story: string;
  stratum: Stratum;
  touched: boolean;
  paragraphs: string[];
  /** Ascending by `paragraph`; empty for untouched articles. */
  intruders: Intruder[];
}

const RE = {
  paragraphBreak: /\n\s*\n/,
  lineBreak: /\n/,
  space: /\s+/g,
  word: /[\p{L}\p{N}]+/gu,
};

/** One paragraph per line (ECB+: one sentence per line) or per blank-line block (GVA), whitespace folded. */
export function paragraphsOf(text: string, stratum: Stratum): string[] {
  return text.split(stratum === 'ecb' ? RE.lineBreak : RE.paragraphBreak).map((p) => p.replace(RE.space, ' ').trim()).filter((p) => p !== '');
}

function wordCount(s: string): number {
  return s.match(RE.word)?.length ?? 0;
}

/** A donor's usable sentences, grouped by paragraph (paragraphs with none left out). */
function donorSentences(a: SourceArticle): string[][] {
  const out: string[][] = [];
  for (const p of a.paragraphs) {
    const ok = splitSentences(p).map((s) => p.slice(s.start, s.end)).filter((s) => wordCount(s) >= MIN_INTRUDER_WORDS);
    if (ok.length) out.push(ok);
  }
  return out;
}

/**
 * The benchmark corpus: every article of `articles` (stories in order of first appearance, articles in
 * input order), touched ones with their intruders inserted and recorded. Pure: the same input and seed give
 * the same corpus.
 */
export function buildCorpus(articles: readonly SourceArticle[], seed: number): BuiltArticle[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const donors = new Map<Stratum, { article: SourceArticle; sentences: string[][] }[]>();
  for (const a of articles) {
    const sentences = donorSentences(a);
    if (sentences.length === 0) continue;
    const list = donors.get(a.stratum) ?? [];
    list.push({ article: a, sentences });
    donors.set(a.stratum, list);
  }
  const stories = new Map<string, SourceArticle[]>();
  for (const a of articles) {
    const key = `${a.stratum}\u0000${a.story}`;
    const list = stories.get(key) ?? [];
    list.push(a);
    stories.set(key, list);
  }

  const out: BuiltArticle[] = [];
  for (const members of stories.values()) {
    // Fisher–Yates over the member indexes; the first `untouched` of the shuffle stay clean.
    const order = members.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const untouched = new Set(order.slice(0, Math.floor(members.length * UNTOUCHED_SHARE)));
    members.forEach((a, i) => {
      if (untouched.has(i)) {
        out.push({ id: a.id, story: a.story, stratum: a.stratum, touched: false, paragraphs: [...a.paragraphs], intruders: [] });
        return;
      }
      const pool = (donors.get(a.stratum) ?? []).filter((d) => d.article.topic !== a.topic);
      if (pool.length === 0) throw new Error(`intruders: no donor of another topic for ${a.stratum} article ${a.id}`);
      const slots: { text: string; donor: string | null }[] = a.paragraphs.map((text) => ({ text, donor: null }));
      const k = 1 + Math.floor(rand() * 3);
      for (let n = 0; n < k; n++) {
        const d = pick(pool);
        const text = pick(pick(d.sentences));
        // Never before the lead: positions 1..length (the end included).
        const at = 1 + Math.floor(rand() * slots.length);
        slots.splice(at, 0, { text, donor: d.article.id });
      }
      const intruders: Intruder[] = [];
      slots.forEach((s, p) => { if (s.donor !== null) intruders.push({ paragraph: p, text: s.text, donor: s.donor }); });
      out.push({ id: a.id, story: a.story, stratum: a.stratum, touched: true, paragraphs: slots.map((s) => s.text), intruders });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Detection and scoring.

interface Detected {
  /** Paragraph indexes removed by story-level cohesion plus the article-level clean stage. */
  ours: number[];
  /** Paragraph indexes removed by the article-level clean stage alone. */
  baseline: number[];
}

/**
 * One article through the clean stage, as the pipeline runs it: the paragraph indexes of its `intruder`
 * removals (matched by text, first unmatched wins), and the paragraphs it keeps with their indexes in the
 * built article — the story-level check judges those, as the pipeline's does (it sees cleaned text only).
 */
export function cleanArticle(paragraphs: string[]): { removed: number[]; unmatched: number; kept: string[]; keptIndex: number[] } {
  const out = clean({ format: 'text', raw: paragraphs.join('\n'), title: null });
  const removed: number[] = [];
  let unmatched = 0;
  // The clean stage strips list bullets from what it keeps, so a kept or removed text can be a paragraph's tail.
  const find = (text: string, taken: (i: number) => boolean) => {
    const i = paragraphs.findIndex((p, j) => !taken(j) && p === text);
    return i >= 0 ? i : paragraphs.findIndex((p, j) => !taken(j) && p.endsWith(text));
  };
  for (const r of out.removals) {
    if (r.reason !== 'intruder') continue;
    const i = find(r.text, (j) => removed.includes(j));
    if (i < 0) unmatched++;
    else removed.push(i);
  }
  const kept: string[] = [];
  const keptIndex: number[] = [];
  const used = new Set<number>();
  for (const text of out.text === '' ? [] : out.text.split('\n\n')) {
    const i = find(text, (j) => used.has(j));
    if (i < 0) continue;
    used.add(i);
    kept.push(text);
    keptIndex.push(i);
  }
  return { removed: removed.sort((a, b) => a - b), unmatched, kept, keptIndex };
}

function detect(corpus: BuiltArticle[]): { detected: Map<BuiltArticle, Detected>; unmatched: number } {
  const detected = new Map<BuiltArticle, Detected>();
  let unmatched = 0;
  const stories = new Map<string, BuiltArticle[]>();
  for (const a of corpus) {
    const key = `${a.stratum}\u0000${a.story}`;
    stories.set(key, [...(stories.get(key) ?? []), a]);
  }
  for (const members of stories.values()) {
    const cleaned = members.map((a) => cleanArticle(a.paragraphs));
    const verdicts = findIntruders(members.map((a, i) => ({ articleId: a.id, paragraphs: cleaned[i].kept })));
    members.forEach((a, i) => {
      const base = cleaned[i];
      unmatched += base.unmatched;
      const ours = new Set(base.removed);
      for (const v of verdicts) if (v.articleId === a.id) ours.add(base.keptIndex[v.paragraph]);
      detected.set(a, { ours: [...ours].sort((x, y) => x - y), baseline: base.removed });
    });
  }
  return { detected, unmatched };
}

// ---------------------------------------------------------------------------------------------------
// Training the boosted intruder model (on seed 1 only: seeds 2 and 3 are the held-out check).

/** Every paragraph the story-level check judges in the corpus of `seed`: its features, 1 when it was inserted. */
export function trainingRows(corpus: BuiltArticle[]): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  const stories = new Map<string, BuiltArticle[]>();
  for (const a of corpus) stories.set(`${a.stratum}\u0000${a.story}`, [...(stories.get(`${a.stratum}\u0000${a.story}`) ?? []), a]);
  for (const members of stories.values()) {
    const cleaned = members.map((a) => cleanArticle(a.paragraphs));
    const byId = new Map(members.map((a, i) => [a.id, { a, c: cleaned[i] }]));
    for (const j of judgedParagraphs(members.map((a, i) => ({ articleId: a.id, paragraphs: cleaned[i].kept })))) {
      const { a, c } = byId.get(j.signals.articleId)!;
      const at = c.keptIndex[j.signals.paragraph];
      x.push(j.features);
      y.push(a.intruders.some((i) => i.paragraph === at) ? 1 : 0);
    }
  }
  return { x, y };
}

/** The boosting settings `intruder-model.ts` was trained with. */
export const BOOST_OPTIONS: BoostOptions = Object.freeze({ trees: 100, depth: 3, rate: 0.1, bins: 32, minLeaf: 50, l2: 1 });

/** Trains the intruder model on the corpus of `seed` (1: never a held-out seed). */
export async function trainIntruderModel(dataDir: string, seed = DEFAULT_SEED, options: BoostOptions = BOOST_OPTIONS): Promise<BoostedTrees> {
  const { articles } = await loadSources(dataDir);
  const { x, y } = trainingRows(buildCorpus(articles, seed));
  return trainBoostedTrees(BOOSTED_FEATURES, x, y, options);
}

/** The threshold `intruder-model.ts` ships with, chosen on seed 1 as `MODEL_DOC` says. */
export const MODEL_THRESHOLD = 0.95;

/** `intruder-model.ts`'s calibration note: how the model was trained and what it scores. */
export const MODEL_DOC = `The story-level intruder model: 100 boosted trees of depth 3 over \`BOOSTED_FEATURES\` (story.ts), trained by
\`trainIntruderModel\` (eval/intruders.ts, \`BOOST_OPTIONS\`) on the benchmark corpus of seed 1 only: every
paragraph the check judges (stories of 2+ articles, after the article-level clean), 1 when it was inserted.
Threshold: the lowest on seed 1 with precision ≥ 0.91 (0.85), plus a margin of 0.10.
\`npm run eval -- intruders\`, seeds 1 / 2 (held out) / 3 (held out): precision 0.915/0.914/0.909, recall
0.502/0.500/0.496, genuine paragraphs removed 0.6/0.5/0.5% (ECB+ recall 0.70/0.70/0.71, GVA 0.34/0.34/0.32);
the linear score alone gave precision 0.911/0.912/0.908, recall 0.419/0.414/0.416.
The seeds share their genuine paragraphs (only the insertions differ), so they flatter a model that
memorises stories. Checked on unseen stories (trained on half of seed 1's stories, scored on the other half
of seed 2's): recall at precision 0.90 0.44 and 0.56 for the two halves, about what 200 trees with leaves of
20 rows give (0.44, 0.55); those score 0.544/0.527/0.521 on the seeds, but their seed-1 threshold kept only
precision 0.87 on unseen stories, against 0.89 and 0.92 for these settings. Depth 4: seed 1 recall 0.655,
held out 0.60 at precision 0.89 (overfits); stumps (depth 1): 0.43.`;

/**
 * The whole of `intruder-model.ts`: `doc` (its calibration note), the threshold, and the model (numbers
 * rounded to 4 decimals). Regenerate with `npx tsx -e "import('./eval/intruders.ts').then(async (m) =>
 * process.stdout.write(m.modelSource(await m.trainIntruderModel('../shared/datasets'), m.MODEL_THRESHOLD, m.MODEL_DOC)))"
 * > src/stages/clean/intruder-model.ts` (about 20 s), then check the figures with `npm run eval -- intruders`.
 */
export function modelSource(model: BoostedTrees, threshold: number, doc: string): string {
  const r = (v: number) => String(Math.round(v * 1e4) / 1e4);
  const trees = model.trees.map((t) => `    { split: [${t.split.join(', ')}], at: [${t.at.map(r).join(', ')}], leaf: [${t.leaf.map(r).join(', ')}] },`);
  return [
    '/**',
    ...doc.split('\n').map((l) => ` * ${l}`.trimEnd()),
    ' */',
    "import type { BoostedTrees } from './intruder-boost.js';",
    '',
    '/** Final-score (log-odds) threshold: a paragraph scoring at or above it is an intruder. */',
    `export const INTRUDER_THRESHOLD = ${threshold};`,
    '',
    '/** Generated by `modelSource` (eval/intruders.ts): edit the training, not the numbers. */',
    'export const INTRUDER_MODEL: BoostedTrees = Object.freeze({',
    `  features: ${JSON.stringify(model.features)},`,
    `  base: ${r(model.base)}, depth: ${model.depth},`,
    '  trees: [',
    ...trees,
    '  ],',
    '});',
    '',
  ].join('\n');
}

interface Tally { inserted: number; truePositives: number; removedTouched: number; untouchedParagraphs: number; untouchedRemoved: number; untouchedSentences: number; untouchedSentencesRemoved: number }

function tally(articles: BuiltArticle[], removedOf: (a: BuiltArticle) => number[]): Tally {
  const t: Tally = { inserted: 0, truePositives: 0, removedTouched: 0, untouchedParagraphs: 0, untouchedRemoved: 0, untouchedSentences: 0, untouchedSentencesRemoved: 0 };
  for (const a of articles) {
    const removed = removedOf(a);
    if (a.touched) {
      const inserted = new Set(a.intruders.map((x) => x.paragraph));
      t.inserted += inserted.size;
      t.removedTouched += removed.length;
      t.truePositives += removed.filter((p) => inserted.has(p)).length;
    } else {
      const sentences = a.paragraphs.map((p) => Math.max(1, splitSentences(p).length));
      t.untouchedParagraphs += a.paragraphs.length;
      t.untouchedRemoved += removed.length;
      t.untouchedSentences += sentences.reduce((x, y) => x + y, 0);
      for (const p of removed) t.untouchedSentencesRemoved += sentences[p];
    }
  }
  return t;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

function metricsOf(t: Tally): Metrics {
  return {
    precision: ratio(t.truePositives, t.removedTouched),
    recall: ratio(t.truePositives, t.inserted),
    genuineRemoved: ratio(t.untouchedRemoved, t.untouchedParagraphs),
    genuineRemovedSentences: ratio(t.untouchedSentencesRemoved, t.untouchedSentences),
    inserted: t.inserted,
    removedTouched: t.removedTouched,
    removedUntouched: t.untouchedRemoved,
  };
}

/** Overall metrics, then the same per stratum under `<stratum>.<metric>`. */
function scoreAll(corpus: BuiltArticle[], removedOf: (a: BuiltArticle) => number[]): Metrics {
  const out: Metrics = metricsOf(tally(corpus, removedOf));
  for (const s of STRATA) {
    const m = metricsOf(tally(corpus.filter((a) => a.stratum === s), removedOf));
    for (const k of ['precision', 'recall', 'genuineRemoved']) out[`${s}.${k}`] = m[k];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Loading and the suite.

export async function loadSources(dataDir: string): Promise<{ articles: SourceArticle[]; sizes: string[] }> {
  const articles: SourceArticle[] = [];
  const sizes: string[] = [];
  const ecb = await loadDataset(dataDir, 'ecbplus-clusters.jsonl');
  const gva = await loadDataset(dataDir, 'gva-incidents.jsonl');
  const strata: [Stratum, { id: string; gold: string; text: string }[], (gold: string) => string, number][] = [
    // ECB+ gold is `<topic>_<subtopic>`: donors must differ in the topic number, not only the event.
    ['ecb', ecb, (gold) => gold.split('_')[0], Infinity],
    ['gva', gva, (gold) => gold, GVA_INCIDENT_CAP],
  ];
  for (const [stratum, rows, topicOf, cap] of strata) {
    const byStory = new Map<string, SourceArticle[]>();
    for (const r of rows) {
      const paragraphs = paragraphsOf(r.text, stratum);
      if (paragraphs.length === 0) continue;
      const list = byStory.get(r.gold) ?? [];
      list.push({ id: r.id, story: r.gold, topic: topicOf(r.gold), stratum, paragraphs });
      byStory.set(r.gold, list);
    }
    const stories = [...byStory.values()].filter((l) => l.length >= 2).slice(0, cap);
    const n = stories.reduce((x, l) => x + l.length, 0);
    sizes.push(`${stratum}: ${stories.length} of ${byStory.size} stories (those with 2+ articles${Number.isFinite(cap) ? `, first ${cap} in file order` : ''}), ${n} articles`);
    for (const l of stories) articles.push(...l);
  }
  return { articles, sizes };
}

export function intrudersSuite(seed: number = DEFAULT_SEED): Suite {
  return {
    name: 'intruders',
    description: `seeded intruder removal on ECB+ and GVA stories: precision, recall, genuineRemoved, per stratum (baseline: article-level cohesion alone; ${SEED_FLAG} N)`,
    async run({ dataDir, progress }): Promise<SuiteResult> {
      const { articles, sizes } = await loadSources(dataDir);
      const corpus = buildCorpus(articles, seed);
      progress(`intruders: seed ${seed}, ${corpus.length} articles; ${sizes.join('; ')}`);
      const { detected, unmatched } = detect(corpus);
      const ours = (a: BuiltArticle) => detected.get(a)!.ours;
      const base = (a: BuiltArticle) => detected.get(a)!.baseline;
      const touched = corpus.filter((a) => a.touched).length;
      const notes = [
        `seed ${seed}; ${touched} touched, ${corpus.length - touched} untouched articles; ${sizes.join('; ')}`,
        'ours: story-level findIntruders (default options) plus the clean stage\'s intruder removals; baseline: the clean stage alone',
        'precision and recall over touched articles; genuineRemoved over untouched ones (paragraphs; genuineRemovedSentences in sentences)',
      ];
      if (unmatched) notes.push(`${unmatched} clean-stage intruder removal(s) matched no paragraph by text, left uncounted`);
      return {
        suite: 'intruders',
        size: corpus.length,
        metrics: scoreAll(corpus, ours),
        baseline: scoreAll(corpus, base),
        notes,
        predictions: corpus.map((a) => ({
          id: a.id, story: a.story, stratum: a.stratum, touched: a.touched,
          inserted: a.intruders.map((x) => x.paragraph), removed: ours(a), baseline: { removed: base(a) },
        })),
      };
    },
  };
}

/**
 * Takes `--seed N` (a non-negative integer) out of the arguments, which the shared parser does not know;
 * `seed` is null when the flag is absent.
 */
export function takeSeedFlag(argv: readonly string[]): { seed: number | null; rest: string[] } {
  const rest: string[] = [];
  let seed: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== SEED_FLAG) {
      rest.push(argv[i]);
      continue;
    }
    const v = argv[++i];
    if (v === undefined || !/^\d+$/.test(v) || Number(v) > 0xffffffff) throw new UsageError(`${SEED_FLAG} needs an integer from 0 to ${0xffffffff}, got ${v ?? 'nothing'}`);
    seed = Number(v);
  }
  return { seed, rest };
}
