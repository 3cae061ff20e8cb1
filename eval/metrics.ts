/**
 * The scores every suite shares, each exactly as `../shared/datasets/README.md` defines it.
 * Pure functions over plain values: no engine, no files.
 */

// ---------------------------------------------------------------------------------------------------
// Clustering: BCubed (Bagga & Baldwin 1998; Amigó et al. 2009), item-averaged over all items at once.

export interface PrecisionRecall { precision: number; recall: number; f1: number }

/**
 * BCubed precision, recall and F1 of `predicted` against `gold`, two labels per item in the same order.
 * Item precision is the share of its predicted cluster that shares its gold class; item recall the share of
 * its gold class that shares its predicted cluster; both averaged over items, F1 their harmonic mean.
 * Computed from the contingency table (an item in cell (p, g) scores n(p,g)/n(p) and n(p,g)/n(g)), so it
 * is linear in the number of items.
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): PrecisionRecall {
  if (predicted.length !== gold.length) {
    throw new Error(`bcubed: ${predicted.length} predicted labels for ${gold.length} gold labels`);
  }
  const n = predicted.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const predSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const cell = new Map<string, { p: string; g: string; n: number }>();
  for (let i = 0; i < n; i++) {
    const p = predicted[i];
    const g = gold[i];
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    // JSON of the pair: no separator can collide with a label.
    const key = JSON.stringify([p, g]);
    const c = cell.get(key);
    if (c) c.n++;
    else cell.set(key, { p, g, n: 1 });
  }
  let precision = 0;
  let recall = 0;
  for (const { p, g, n: k } of cell.values()) {
    precision += (k * k) / predSize.get(p)!;
    recall += (k * k) / goldSize.get(g)!;
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

export function harmonicMean(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

// ---------------------------------------------------------------------------------------------------
// Extraction: the shingle metric of scrapinghub/article-extraction-benchmark `evaluate.py`.

/**
 * Python's `re.compile(r'\w+', re.UNICODE)`: letters (categories L*), numbers (N*) and underscore.
 * Python's `\w` does not include combining marks (M*), so neither does this.
 */
const WORD_RE = /[\p{L}\p{N}_]+/gu;

/** Shingle length, as upstream (`ngram_n=4`). */
export const SHINGLE_N = 4;

/** Per-page true positives, false positives, false negatives, normalised to sum 1 (all 0 when both empty). */
export interface ShingleCounts { tp: number; fp: number; fn: number }

export function tokenize(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/**
 * Counted shingles of a text, as upstream `_ngrams`: windows of n tokens; a text of fewer than n tokens
 * gives one shorter shingle; a text without tokens gives none.
 */
export function shingles(text: string, n = SHINGLE_N): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const windows = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < windows; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // Tokens never contain a space, so joining by one is unambiguous.
    const key = gram.join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Upstream `string_shingle_matching(true, pred)`. */
export function shingleCounts(gold: string, predicted: string, n = SHINGLE_N): ShingleCounts {
  const g = shingles(gold, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/**
 * Upstream `metrics_from_tp_fp_fns`: precision averaged over pages that predicted something (tp + fp > 0),
 * recall over pages whose gold has something (tp + fn > 0), F1 the harmonic mean of the two averages.
 * (So a page with an empty prediction lowers recall but is left out of precision, as upstream.)
 */
export function shingleScores(pages: readonly ShingleCounts[]): PrecisionRecall {
  const ps = pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision);
  const rs = pages.filter((c) => c.tp + c.fn > 0).map(pageRecall);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

// ---------------------------------------------------------------------------------------------------

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Share (0–1) of items for which `ok` holds; 0 for no items. */
export function share<T>(items: readonly T[], ok: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(ok).length / items.length;
}

// ---------------------------------------------------------------------------------------------------
// Citations: does the cited evidence state every number the sentence states?

/**
 * A number written in digits: `22,000` (thousand separators), `6.9`, `14`, `6pm`. Digits inside an
 * identifier are not a stated number: a run glued to a preceding letter, digit or underscore, or followed by
 * an underscore (`000_ead5b221`, a file-named source), does not count.
 */
const NUMBER_RE = /(?<![\p{L}\p{N}_])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d_])/gu;

/** The numbers a text states in digits, as values (thousand separators dropped; `014` is 14). */
export function numbersIn(text: string): number[] {
  return (text.match(NUMBER_RE) ?? []).map((m) => Number(m.replace(/,/g, '')));
}

const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** Number words a cited sentence may spell a value with ("Fourteen people", "twenty-one", "2.5 million"). */
const WORD_VALUE = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.map((w, i) => [w, 20 + 10 * i] as const), ['dozen', 12]]);
const MULTIPLIER = new Map([['dozen', 12], ['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000]]);
const STATED_TOKEN_RE = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)|\p{L}+/gu;

/**
 * Every value a (cited) text states, generously: digits as `numbersIn` reads them, anywhere; number words
 * zero..ninety-nine and "dozen" ("more than a dozen" is the extractor's 12); and either followed by dozen /
 * hundred / thousand / million / billion, both the bare value and the product. Used for the evidence side only: an entry must state its own numbers in digits.
 */
export function numbersStated(text: string): Set<number> {
  const out = new Set<number>();
  const tokens = text.toLowerCase().match(STATED_TOKEN_RE) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | undefined;
    if (/^\d/.test(t)) value = Number(t.replace(/,/g, ''));
    else {
      value = WORD_VALUE.get(t);
      const unit = WORD_VALUE.get(tokens[i + 1] ?? '');
      if (value !== undefined && value >= 20 && value % 10 === 0 && unit !== undefined && unit > 0 && unit < 10) {
        out.add(value);
        value += unit;
        i++;
      }
    }
    if (value === undefined) continue;
    out.add(value);
    const mult = MULTIPLIER.get(tokens[i + 1] ?? '');
    if (mult !== undefined) out.add(Math.round(value * mult));
  }
  return out;
}

/** The numbers `text` states in digits that none of the `cited` texts states (compared as values). */
export function unsupportedNumbers(text: string, cited: readonly string[]): number[] {
  const have = new Set(cited.flatMap((c) => [...numbersStated(c)]));
  return [...new Set(numbersIn(text))].filter((n) => !have.has(n));
}
