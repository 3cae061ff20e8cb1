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
 * `--seed N` (default 1) makes another corpus; the same seed always makes the same one. The corpus is built
 * in `intruder-corpus.ts`; the intruder model is trained on it in `intruder-training.ts`.
 */
import { findIntruders } from '../src/stages/clean/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { UsageError, type Metrics, type Suite, type SuiteResult } from './harness.js';
import { DEFAULT_SEED, STRATA, buildCorpus, cleanArticle, loadSources, type BuiltArticle } from './intruder-corpus.js';

export {
  DEFAULT_SEED, GVA_INCIDENT_CAP, MIN_INTRUDER_WORDS, STRATA, UNTOUCHED_SHARE, buildCorpus, cleanArticle, loadSources, mulberry32, paragraphsOf,
  type BuiltArticle, type Intruder, type SourceArticle, type Stratum,
} from './intruder-corpus.js';
export { BOOST_OPTIONS, MODEL_DOC, MODEL_THRESHOLD, modelSource, trainIntruderModel, trainingRows } from './intruder-training.js';

export const SEED_FLAG = '--seed';

// ---------------------------------------------------------------------------------------------------
// Detection and scoring.

interface Detected {
  /** Paragraph indexes removed by story-level cohesion plus the article-level clean stage. */
  ours: number[];
  /** Paragraph indexes removed by the article-level clean stage alone. */
  baseline: number[];
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
