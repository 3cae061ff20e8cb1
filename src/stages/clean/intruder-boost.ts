/**
 * Gradient-boosted decision trees, small enough to write down: the intruder judgement's final score. A
 * linear score over the paragraph signals plateaus (recall ~0.42 at precision 0.91 on the benchmark):
 * how much a low share of shared words means depends on the story's size, on whether the paragraph names
 * anyone, on how long it is; trees of depth 3 learn those interactions. Training (`trainBoostedTrees`) is
 * Newton boosting on the logistic loss over quantile bins, the usual recipe (XGBoost, LightGBM), kept
 * plain so that the model file it writes (`intruder-model.ts`) can be regenerated and read.
 */

/** One tree of depth `d`, in heap order: node i's children are 2i+1 and 2i+2; 2^d − 1 splits, then 2^d leaves. */
export interface BoostedTree {
  /** Feature index each split tests; -1 sends every row left (no split was worth making). */
  readonly split: readonly number[];
  /** A row goes left when its feature value is ≤ this. */
  readonly at: readonly number[];
  readonly leaf: readonly number[];
}

export interface BoostedTrees {
  /** Feature names, in the order a row gives them. */
  readonly features: readonly string[];
  /** Log-odds before any tree. */
  readonly base: number;
  /** Depth of every tree. Leaves already carry the learning rate. */
  readonly depth: number;
  readonly trees: readonly BoostedTree[];
}

/** The model's log-odds for one row of features (in `model.features` order). */
export function boostedScore(model: BoostedTrees, x: readonly number[]): number {
  const internal = (1 << model.depth) - 1;
  let score = model.base;
  for (const t of model.trees) {
    let node = 0;
    while (node < internal) {
      const f = t.split[node];
      node = 2 * node + (f < 0 || x[f] <= t.at[node] ? 1 : 2);
    }
    score += t.leaf[node - internal];
  }
  return score;
}

export interface BoostOptions {
  trees: number;
  depth: number;
  /** Shrinkage of each tree's leaves. */
  rate: number;
  /** Candidate thresholds per feature: its quantiles. */
  bins: number;
  /** Fewest training rows a leaf may hold. */
  minLeaf: number;
  /** L2 penalty on leaf values. */
  l2: number;
}

/** Fits boosted trees to rows `x` and labels `y` (0 or 1). Deterministic: the same rows give the same model. */
export function trainBoostedTrees(features: readonly string[], x: readonly (readonly number[])[], y: readonly number[], o: BoostOptions): BoostedTrees {
  const n = x.length;
  const nf = features.length;
  // Thresholds: distinct inner quantiles of each feature; each row's bin per feature (bin b: value ≤ cut[b]).
  const cuts: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let f = 0; f < nf; f++) {
    const sorted = x.map((r) => r[f]).sort((a, b) => a - b);
    const c: number[] = [];
    for (let q = 1; q < o.bins; q++) {
      const v = sorted[Math.min(n - 1, Math.floor((q / o.bins) * (n - 1)))];
      if (c.length === 0 || v > c[c.length - 1]) c.push(v);
    }
    if (c.length && c[c.length - 1] >= sorted[n - 1]) c.pop();
    cuts.push(c);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (k < c.length && x[i][f] > c[k]) k++;
      b[i] = k;
    }
    bin.push(b);
  }
  let pos = 0;
  for (const v of y) pos += v;
  const p0 = Math.min(Math.max(pos / n, 1e-6), 1 - 1e-6);
  const base = Math.log(p0 / (1 - p0));
  const score = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const internal = (1 << o.depth) - 1;
  const trees: BoostedTree[] = [];
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]));
      g[i] = p - y[i];
      h[i] = p * (1 - p);
    }
    const split = new Array<number>(internal).fill(-1);
    const at = new Array<number>(internal).fill(0);
    const leaf = new Array<number>(internal + 1).fill(0);
    const node = new Uint32Array(n);
    for (let level = 0; level <= o.depth; level++) {
      const first = (1 << level) - 1;
      const count = 1 << level;
      const G = new Float64Array(count);
      const H = new Float64Array(count);
      const N = new Uint32Array(count);
      for (let i = 0; i < n; i++) { const k = node[i] - first; G[k] += g[i]; H[k] += h[i]; N[k]++; }
      if (level === o.depth) {
        for (let k = 0; k < count; k++) leaf[k] = N[k] ? (-G[k] / (H[k] + o.l2)) * o.rate : 0;
        break;
      }
      const best = Array.from({ length: count }, () => ({ gain: 0, f: -1, b: 0 }));
      for (let f = 0; f < nf; f++) {
        const nb = cuts[f].length + 1;
        const gs = new Float64Array(count * nb);
        const hs = new Float64Array(count * nb);
        const cs = new Uint32Array(count * nb);
        const bf = bin[f];
        for (let i = 0; i < n; i++) { const j = (node[i] - first) * nb + bf[i]; gs[j] += g[i]; hs[j] += h[i]; cs[j]++; }
        for (let k = 0; k < count; k++) {
          let gl = 0, hl = 0, cl = 0;
          const parent = (G[k] * G[k]) / (H[k] + o.l2);
          for (let b = 0; b < nb - 1; b++) {
            const j = k * nb + b;
            gl += gs[j]; hl += hs[j]; cl += cs[j];
            if (cl < o.minLeaf || N[k] - cl < o.minLeaf) continue;
            const gr = G[k] - gl, hr = H[k] - hl;
            const gain = (gl * gl) / (hl + o.l2) + (gr * gr) / (hr + o.l2) - parent;
            if (gain > best[k].gain + 1e-12) best[k] = { gain, f, b };
          }
        }
      }
      for (let k = 0; k < count; k++) {
        if (best[k].f >= 0) { split[first + k] = best[k].f; at[first + k] = cuts[best[k].f][best[k].b]; }
      }
      for (let i = 0; i < n; i++) {
        const s = node[i];
        const f = split[s];
        node[i] = 2 * s + (f < 0 || x[i][f] <= at[s] ? 1 : 2);
      }
    }
    const tree: BoostedTree = { split, at, leaf };
    trees.push(tree);
    const model = { features, base: 0, depth: o.depth, trees: [tree] };
    for (let i = 0; i < n; i++) score[i] += boostedScore(model, x[i]);
  }
  return { features, base, depth: o.depth, trees };
}
