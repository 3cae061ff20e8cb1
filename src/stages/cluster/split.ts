/**
 * Story splits: the repair for a look-alike event that joined another event's story. Stories form one
 * article at a time, so the first report of a second event of the same kind (another coach fired, another
 * title fight of the same champion) can join the first event's story on shared vocabulary, and the rest of
 * its event then follows it there. No evidence at that first decision tells it apart (see `cluster`'s
 * calibration notes), but once a few of its articles are in, the story's articles form two groups that
 * agree within and not across: a split check after each join finds them and moves the newer group out.
 * Input: the story's most recent articles (`SPLIT_WINDOW`, oldest first) with their features and refs.
 * Output: the articles to move and the two profiles, or null when the story is one event.
 * Cost: pairwise similarity over the window, at most `SPLIT_WINDOW`² / 2 comparisons per join, whatever the
 * store's size. Needs the store to read a story's recent articles' features and to move articles (not yet
 * wired: see `findSplit`).
 */
import type { ArticleFeatures, StoryProfile } from '../../model/story.js';
import { defaultClusterOptions, mergeProfile, newProfile, weightTotals, type ArticleRef, type ClusterOptions } from './index.js';
import { round } from './features.js';
import { headerOf, packedProfile, vectorsOf, type Packed } from './vectors.js';

/**
 * SPLIT_CALIBRATION. Replayed in memory on the cluster evals from each article's features (the replay gives
 * the eval's figures exactly without splits), a split check after every join: BCubed F1 in file order,
 * ECB+ halves by topic parity (even, tuned on / odd, held out), then the mean over 5 shuffled orders.
 * No split: ECB+ 0.871, halves 0.906 / 0.835, shuffled 0.863 (halves 0.875 / 0.864); GVA 0.904 (0.897).
 * Minimum story size × ratio, parts of at least 3 (even half file / shuffled, odd half file / shuffled):
 * 8 × 0.65: 0.918 / 0.898, 0.894 / 0.880; 8 × 0.7: 0.907 / 0.885, 0.901 / 0.891; 12 × 0.65: 0.943 /
 * 0.909, 0.894 / 0.885; 12 × 0.7: 0.937 / 0.904, 0.911 / 0.896; 12 × 0.75: 0.923 / 0.895, 0.891 / 0.897;
 * 16 × 0.65: 0.945 / 0.910, 0.898 / 0.883; 16 × 0.7 (chosen, best on the even half): 0.945 / 0.913,
 * 0.916 / 0.897, whole ECB+ 0.931 (P 0.808 → 0.924, R 0.945 → 0.938), shuffled 0.905 (min 0.848 →
 * 0.897); 16 × 0.75: 0.936 / 0.907; 20 × 0.7: 0.919 / 0.916 (2 orders); 24 × 0.7: 0.940 / 0.902. GVA is
 * unchanged at 16 (0.904; shuffled 0.893–0.900): its incidents rarely reach that size. Parts of 2 split
 * outlier pairs off true events (recall falls); parts of 4 miss look-alikes caught early. The less coherent
 * part's mean similarity as the yardstick (the mean or the greater of the two parts split true events:
 * 0.899 and 0.844 at 6 × 0.6); asking each part to hold a name most of its articles carry and few of the
 * other's changed little (names are shared across look-alikes: the champion, the team, the company).
 * Re-measured after later extraction changes moved the unsplit figure to 0.859 (halves 0.880 / 0.837):
 * with splits 0.931 (halves 0.944 / 0.918; shuffled 0.898–0.917, mean 0.909), GVA 0.904 (0.894–0.900).
 * Forbidding a split pair to merge again lowered ECB+ to 0.925 (shuffled mean 0.901): a merge-back is
 * split again when it was wrong, and some splits were.
 */
/** Articles a story needs before a split is looked for: two groups of a few articles each, and some slack. */
export const SPLIT_MIN_STORY = 16;
/** Articles each part needs: fewer is an outlier (a background piece, a roundup), not a second event. */
export const SPLIT_MIN_PART = 3;
/**
 * A split stands when the mean similarity across the two parts is at most this share of the mean within
 * the less coherent part.
 */
export const SPLIT_MAX_RATIO = 0.7;
/** The story's most recent articles compared: a look-alike that joined lately is among them. */
export const SPLIT_WINDOW = 40;

export interface SplitMember { article: ArticleRef; features: ArticleFeatures }

export interface StorySplit {
  /** Ids of the articles that leave, oldest first. */
  moved: string[];
  /** Mean pairwise similarity across the parts, and within the less coherent part. */
  between: number;
  within: number;
  reason: string;
}

/**
 * Symmetric similarity of two articles: each compared with a story of the other alone (`similarity`),
 * averaged. Term cosine and two-way name agreement are symmetric already; only an article without names
 * scores the pair by terms alone on its side.
 */
export function pairSimilarity(a: ArticleFeatures, b: ArticleFeatures, options: ClusterOptions = defaultClusterOptions()): number {
  const ids = new Map<string, number>();
  return pairOf(sparse(a, ids), sparse(b, ids), options);
}

/** An article's terms and names as ascending key ids with weights, for merge-joins over a window's pairs. */
interface Sparse { terms: Int32Array; termWeights: Float64Array; termNorm: number; names: Int32Array; nameWeights: Float64Array; nameTotal: number }

function sparse(f: ArticleFeatures, ids: Map<string, number>): Sparse {
  const side = (r: Record<string, number>) => {
    const entries = Object.entries(r).map(([k, w]) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return [id, w] as const;
    }).sort((x, y) => x[0] - y[0]);
    return { keys: Int32Array.from(entries, ([k]) => k), weights: Float64Array.from(entries, ([, w]) => w) };
  };
  const t = side(f.terms);
  const n = side(f.names);
  return { terms: t.keys, termWeights: t.weights, names: n.keys, nameWeights: n.weights, ...weightTotals(t.weights, n.weights) };
}

function pairOf(a: Sparse, b: Sparse, options: ClusterOptions): number {
  const [dot] = shared(a.terms, a.termWeights, b.terms, b.termWeights);
  const cosine = a.termNorm && b.termNorm ? dot / Math.sqrt(a.termNorm * b.termNorm) : 0;
  // As `similarity` scores an article against a one-article story, from each side.
  const [, inA, inB] = shared(a.names, a.nameWeights, b.names, b.nameWeights);
  const agreement = a.nameTotal > 0 && b.nameTotal > 0 ? Math.min(inA / a.nameTotal, inB / b.nameTotal) : 0;
  const side = (x: Sparse) => (x.names.length === 0 ? cosine : (1 - options.nameWeight) * cosine + options.nameWeight * agreement);
  return (side(a) + side(b)) / 2;
}

/** Over the keys both lists hold: the sum of products, and each side's weight. */
function shared(ka: Int32Array, wa: Float64Array, kb: Int32Array, wb: Float64Array): [number, number, number] {
  let dot = 0;
  let inA = 0;
  let inB = 0;
  for (let i = 0, j = 0; i < ka.length && j < kb.length;) {
    if (ka[i] < kb[j]) i++;
    else if (ka[i] > kb[j]) j++;
    else {
      dot += wa[i] * wb[j];
      inA += wa[i++];
      inB += wb[j++];
    }
  }
  return [dot, inA, inB];
}

/**
 * Whether the story's recent articles (`members`, oldest first, at most `SPLIT_WINDOW`) report two events;
 * `storySize` is the story's article count. The part without the oldest member moves out.
 */
export function findSplit(members: readonly SplitMember[], storySize: number, options: ClusterOptions = defaultClusterOptions()): StorySplit | null {
  const n = members.length;
  if (storySize < SPLIT_MIN_STORY || n < 2 * SPLIT_MIN_PART) return null;
  const w: number[][] = members.map(() => new Array<number>(n).fill(0));
  const ids = new Map<string, number>();
  const each = members.map((m) => sparse(m.features, ids));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) w[i][j] = w[j][i] = pairOf(each[i], each[j], options);
  }
  const parts = bipartition(w, SPLIT_MIN_PART);
  if (!parts) return null;
  const [a, b] = parts;
  const between = meanOver(w, a, b);
  const within = Math.min(meanWithin(w, a), meanWithin(w, b));
  if (!(within > 0) || between / within > SPLIT_MAX_RATIO) return null;
  const moved = (a.includes(0) ? b : a).sort((x, y) => x - y);
  return {
    moved: moved.map((i) => members[i].article.id), between: round(between), within: round(within),
    reason: `split: ${moved.length} of the story's latest ${n} articles agree with each other (mean similarity ${within.toFixed(2)} or more) `
      + `and not with the rest (${between.toFixed(2)}, ratio ≤ ${SPLIT_MAX_RATIO}): another event`,
  };
}

/**
 * The two parts of a similarity graph with the least normalised cut, each of at least `minPart` nodes: a
 * sweep over the nodes ordered by the graph's Fiedler vector (the second eigenvector of its normalised
 * adjacency, by power iteration from a fixed start, so the same graph splits the same way).
 */
export function bipartition(w: readonly (readonly number[])[], minPart: number): [number[], number[]] | null {
  const n = w.length;
  if (n < 2 * minPart) return null;
  const degree = w.map((row) => row.reduce((s, x) => s + x, 0));
  if (degree.some((d) => !(d > 0))) return null;
  const root = degree.map(Math.sqrt);
  // D^-1/2 W D^-1/2, row by row.
  const m = w.map((row, i) => Float64Array.from(row, (x, j) => x / (root[i] * root[j])));
  const top = normalise(root.slice());
  let v = normalise(w.map((_, i) => Math.sin(i + 1)));
  const u = new Array<number>(n);
  for (let iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
    const along = dot(v, top);
    for (let i = 0; i < n; i++) u[i] = v[i] - along * top[i];
    // (I + D^-1/2 W D^-1/2) u: the shift keeps every eigenvalue non-negative, so the largest left is the second.
    const next = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      let s = u[i];
      const row = m[i];
      for (let j = 0; j < n; j++) s += row[j] * u[j];
      next[i] = s;
    }
    const unit = normalise(next);
    let moved = 0;
    for (let i = 0; i < n; i++) moved += Math.abs(unit[i] - v[i]);
    v = unit;
    if (moved < 1e-9) break;
  }
  const order = v.map((x, i) => [x / root[i], i] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]).map(([, i]) => i);
  const volume = degree.reduce((s, d) => s + d, 0);
  let best: { ncut: number; k: number } | null = null;
  const inA = new Array<boolean>(n).fill(false);
  let cut = 0;
  let volumeA = 0;
  for (let k = 1; k < n; k++) {
    // Moving node `order[k - 1]` into A: its edges to A leave the cut, its edges to B join it.
    const i = order[k - 1];
    for (let j = 0; j < n; j++) if (j !== i) cut += inA[j] ? -w[i][j] : w[i][j];
    inA[i] = true;
    volumeA += degree[i];
    if (k < minPart || n - k < minPart) continue;
    const ncut = cut / volumeA + cut / (volume - volumeA);
    if (!best || ncut < best.ncut) best = { ncut, k };
  }
  if (!best) return null;
  return [order.slice(0, best.k), order.slice(best.k)];
}

const POWER_ITERATIONS = 500;

/**
 * The profiles of the two stories a split leaves: the moved articles' story (id `movedId`), built from them
 * as if they had arrived in order, and the story that stays, its profile less their weights. The story's
 * sources and dates stay as they were (the articles before the window are not read); its title moves to
 * the earliest staying member of the window when a moved article gave it.
 */
export function splitProfiles(story: StoryProfile, members: readonly SplitMember[], moved: readonly string[], movedId: string,
  options: ClusterOptions = defaultClusterOptions()): { kept: StoryProfile; moved: StoryProfile } {
  const leaving = new Set(moved);
  const out = members.filter((m) => leaving.has(m.article.id));
  let profile = newProfile(movedId, out[0].article, out[0].features);
  for (const m of out.slice(1)) profile = mergeProfile(profile, m.article, m.features, options);
  const staying = members.filter((m) => !leaving.has(m.article.id));
  const v = vectorsOf(story);
  let [terms, names] = [v.terms, v.names];
  for (const m of out) {
    terms = subtract(terms, m.features.terms);
    names = subtract(names, m.features.names);
  }
  const retitle = leaving.has(story.titleArticleId) ? staying.find((m) => m.article.title !== null) ?? staying[0] : null;
  const header = headerOf(story);
  const kept = packedProfile({
    ...header,
    articleCount: story.articleCount - out.length,
    ...(retitle ? { title: newProfile(story.id, retitle.article, retitle.features).title, titleArticleId: retitle.article.id, titleIsHeadline: retitle.article.title !== null } : {}),
  }, terms, names);
  return { kept, moved: profile };
}

/** Weights less an article's, dropping those left at or under zero, heaviest first. */
function subtract(a: Packed, b: Record<string, number>): Packed {
  const kept: [string, number][] = [];
  for (let i = 0; i < a.keys.length; i++) {
    const left = round(a.weights[i] - (b[a.keys[i]] ?? 0));
    if (left > 0) kept.push([a.keys[i], left]);
  }
  kept.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { keys: kept.map(([k]) => k), weights: kept.map(([, w]) => w) };
}

function meanOver(w: readonly (readonly number[])[], a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (const i of a) for (const j of b) total += w[i][j];
  return total / (a.length * b.length);
}

function meanWithin(w: readonly (readonly number[])[], a: readonly number[]): number {
  let total = 0;
  for (let x = 0; x < a.length; x++) for (let y = x + 1; y < a.length; y++) total += w[a[x]][a[y]];
  return total / ((a.length * (a.length - 1)) / 2);
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function normalise(v: number[]): number[] {
  const norm = Math.sqrt(dot(v, v)) || 1;
  return v.map((x) => x / norm);
}
