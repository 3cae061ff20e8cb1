/**
 * The simple systems each suite measures the engine against, in the same run. They are meant to be the
 * obvious first thing one would write, not tuned rivals; each says where it is favoured or handicapped.
 * (The extraction baseline, plain Readability on jsdom, lives in `extraction.ts`: it is one call.)
 */

// ---------------------------------------------------------------------------------------------------
// Clustering: single-pass TF-IDF cosine clustering.

const TERM_RE = /[\p{L}\p{N}]+/gu;

/** A short English stop list: the baseline drops these so centroids are not made of "the" and "said". */
const STOPWORDS = new Set(`a about after all also an and any are as at be been before but by can could did do does
for from had has have he her his how i if in into is it its just last more most my new no not of on one or other
our out over said says she so some than that the their them then there these they this those to two up us was we
were what when where which while who will with would year years you`.split(/\s+/));

/** An L2-normalised sparse vector: parallel term ids and weights. */
export interface SparseVector { terms: Int32Array; weights: Float64Array }

export function baselineTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TERM_RE)) {
    const t = m[0];
    if (t.length >= 2 && !STOPWORDS.has(t)) out.push(t);
  }
  return out;
}

/**
 * TF-IDF vectors of the documents: raw term counts times smoothed IDF `ln((1 + N) / (1 + df)) + 1`, with IDF
 * taken from the whole collection at once (a baseline's shortcut: an online system only knows the past).
 */
export function tfidfVectors(docs: readonly string[]): SparseVector[] {
  const vocab = new Map<string, number>();
  const counted = docs.map((doc) => {
    const tf = new Map<number, number>();
    for (const t of baselineTerms(doc)) {
      let id = vocab.get(t);
      if (id === undefined) vocab.set(t, (id = vocab.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocab.size);
  for (const tf of counted) for (const id of tf.keys()) df[id]++;
  const n = docs.length;
  return counted.map((tf) => {
    const terms = Int32Array.from(tf.keys());
    const weights = Float64Array.from(terms, (id) => tf.get(id)! * (Math.log((1 + n) / (1 + df[id])) + 1));
    let sq = 0;
    for (const w of weights) sq += w * w;
    const norm = Math.sqrt(sq) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms, weights };
  });
}

/**
 * Single-pass clustering in document order: each document joins the cluster whose centroid (sum of its
 * members' vectors) is most cosine-similar, if that similarity reaches `threshold`, else opens a new cluster.
 * An inverted index from term to the clusters holding it keeps each step proportional to the overlap.
 * Returns the cluster index of each document.
 */
export function singlePassCluster(vectors: readonly SparseVector[], threshold: number): number[] {
  const centroids: Map<number, number>[] = [];
  const normSq: number[] = [];
  const postings = new Map<number, number[]>();
  const labels: number[] = [];
  let scores = new Float64Array(16);
  const touched: number[] = [];
  for (const v of vectors) {
    if (scores.length < centroids.length) scores = new Float64Array(centroids.length * 2);
    touched.length = 0;
    for (let i = 0; i < v.terms.length; i++) {
      const list = postings.get(v.terms[i]);
      if (!list) continue;
      for (const c of list) {
        if (scores[c] === 0) touched.push(c);
        scores[c] += v.weights[i] * centroids[c].get(v.terms[i])!;
      }
    }
    let best = -1;
    let bestCos = -Infinity;
    let bestDot = 0;
    for (const c of touched) {
      const cos = scores[c] / Math.sqrt(normSq[c]);
      if (cos > bestCos) { bestCos = cos; best = c; bestDot = scores[c]; }
      scores[c] = 0;
    }
    let c: number;
    if (best >= 0 && bestCos >= threshold) {
      c = best;
      normSq[c] += 2 * bestDot + 1; // |c + v|² = |c|² + 2 c·v + |v|², |v| = 1
    } else {
      c = centroids.length;
      centroids.push(new Map());
      normSq.push(v.terms.length > 0 ? 1 : Number.MIN_VALUE);
    }
    const centroid = centroids[c];
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i];
      const had = centroid.get(t);
      if (had === undefined) {
        const list = postings.get(t);
        if (list) list.push(c);
        else postings.set(t, [c]);
      }
      centroid.set(t, (had ?? 0) + v.weights[i]);
    }
    labels.push(c);
  }
  return labels;
}

/** The thresholds the baseline is swept over: 0.05, 0.10, …, 0.95. */
export const SWEEP_THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);

// ---------------------------------------------------------------------------------------------------
// Casualty counts: the most frequent number near a casualty word.

/** How far (in tokens, either side) a number may sit from its casualty word. */
export const CASUALTY_WINDOW = 5;
const KILLED_WORDS = new Set(['killed', 'dead', 'died', 'killing', 'fatal']);
const INJURED_WORDS = new Set(['injured', 'wounded', 'hurt', 'shot']);
const NUMBER_WORDS = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ').map((w, i) => [w, i + 1] as const),
);
const DIGITS_RE = /^\d+$/;

export interface CasualtyCounts { killed: number; injured: number }

/**
 * For each measure, counts every number token (digits, or a word one..twenty) within `CASUALTY_WINDOW`
 * tokens of one of the measure's words, over all the texts; answers the most frequent number (ties: the one
 * that stood closest to its word, then the first seen), 0 when none. Ages and times near "shot" count too:
 * that naivety is the point of a baseline.
 */
export function casualtyBaseline(texts: readonly string[]): CasualtyCounts {
  const tally = { killed: new Map<number, { n: number; dist: number; first: number }>(), injured: new Map<number, { n: number; dist: number; first: number }>() };
  let seen = 0;
  for (const text of texts) {
    const tokens = text.toLowerCase().match(TERM_RE) ?? [];
    const killedAt: number[] = [];
    const injuredAt: number[] = [];
    tokens.forEach((t, i) => {
      if (KILLED_WORDS.has(t)) killedAt.push(i);
      if (INJURED_WORDS.has(t)) injuredAt.push(i);
    });
    tokens.forEach((t, i) => {
      const value = DIGITS_RE.test(t) ? Number(t) : NUMBER_WORDS.get(t);
      if (value === undefined) return;
      const order = seen++;
      for (const [measure, at] of [['killed', killedAt], ['injured', injuredAt]] as const) {
        let dist = Infinity;
        for (const j of at) dist = Math.min(dist, Math.abs(i - j));
        if (dist > CASUALTY_WINDOW) continue;
        const entry = tally[measure].get(value);
        if (entry) { entry.n++; entry.dist = Math.min(entry.dist, dist); }
        else tally[measure].set(value, { n: 1, dist, first: order });
      }
    });
  }
  const pick = (m: Map<number, { n: number; dist: number; first: number }>): number => {
    let best: [number, { n: number; dist: number; first: number }] | null = null;
    for (const e of m) {
      const [, s] = e;
      if (!best || s.n > best[1].n || (s.n === best[1].n && (s.dist < best[1].dist || (s.dist === best[1].dist && s.first < best[1].first)))) best = e;
    }
    return best ? best[0] : 0;
  };
  return { killed: pick(tally.killed), injured: pick(tally.injured) };
}
