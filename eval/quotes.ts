/**
 * Suite `quotes`: attribution (who said what) on PolNeAR (`polnear-quotes.jsonl`, Newell et al. 2018).
 * Per article the engine sees only `text` and `published`; segment + extract run on it, and each
 * `QuoteMention` becomes an attribution of three character spans: its own `spans` (content ranges, party
 * as written, cue) when it has them, as the extract stage now gives; else, for an older extraction:
 *   - content: `text`, found inside the quote's cited sentences (nearest their start), else anywhere;
 *   - source: `speaker`, the occurrence nearest the content (a resolved pronoun names someone elsewhere);
 *   - cue: `cue`, the occurrence nearest the content.
 * A string the article does not contain (after a prefix/suffix fallback for long contents) gives no span.
 *
 * Matching: predicted and gold attributions of one article are paired one-to-one by content token overlap,
 * largest overlap first (greedy); a pair needs at least one shared token.
 *
 * Scores, per role (source, cue, content), micro over all articles:
 *   - exactF1: a matched pair counts when its two role spans are equal after trimming whitespace,
 *     quotation marks and edge punctuation (gold contents of direct quotes keep their marks; ours do not).
 *     Precision over predicted attributions with that role, recall over gold ones with it.
 *   - overlapF1: token-level (soft) F1, the "partial match credited by the proportion of overlap" of
 *     the PARC / attribution literature (Pareti 2016; Scheible et al. 2016 report strict and partial
 *     alike): tokens (`\w+`) shared by the matched pair's role spans, over all tokens of predicted role
 *     spans (precision) and of gold role spans (recall). Not "any overlap counts", which flatters long
 *     spans. Gold discontinuous roles score by their `fragments`.
 *   - speakerRight: the share of gold attributions with a content and a source whose matched prediction
 *     has a source span overlapping the gold source (by characters). Unmatched gold counts as wrong.
 * Keys are flat (`source.exactF1` …) because the harness table and floors take one number per key.
 *
 * Baseline ("quoted spans plus the nearest reporting verb's subject"): every span between quotation
 * marks is a content; the cue is the reporting verb (`REPORTING_VERB`) nearest the quote, outside it,
 * in the same or an adjacent sentence; the source is the capitalised word run or pronoun right before that
 * verb, else right after it ("according to" looks after first).
 */
import { z } from 'zod';
import type { QuoteMention, Sentence } from '../src/model/schemas.js';
import { extract } from '../src/stages/extract/index.js';
import { segment } from '../src/stages/segment/index.js';
import { loadRows, type Suite, type SuiteResult } from './harness.js';
import { harmonicMean } from './metrics.js';

// ---------------------------------------------------------------------------------------------------
// Data. The harness's `DATASETS` table does not list this file (yet), so it is validated here the same way.

const RoleSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  fragments: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
});
export const PolnearRow = z.object({
  id: z.string().min(1),
  published: z.string().nullable().optional(),
  /** PolNeAR's own split: `dev` is held out (rules are studied on `train` only). */
  upstream_split: z.string().optional(),
  text: z.string(),
  attributions: z.array(z.object({ id: z.string(), source: RoleSpan.nullable(), cue: RoleSpan.nullable(), content: RoleSpan.nullable() })),
});
export type PolnearRow = z.infer<typeof PolnearRow>;

// ---------------------------------------------------------------------------------------------------
// Spans and tokens.

/** A role as character ranges into the article text (one range, or the fragments of a discontinuous one). */
export type Span = readonly (readonly [number, number])[];

export interface Attribution { source: Span | null; cue: Span | null; content: Span | null }

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

const REGEXPS = {
  word: /[\p{L}\p{N}_]+/gu,
  /** Trimmed from span edges before exact comparison. */
  edge: /[\s"“”‘’'«».,:;!?—–-]/u,
  quoted: /“([^“”]+)”|"([^"\n]+)"/g,
  /** Reporting verbs of the baseline, as the issue lists them and their common forms. */
  reportingVerb: /\b(?:said|says|say|told|tells|according to|added|adds|wrote|writes|stated|states|asked|explained|noted|argued|claimed|insisted|declared|announced|tweeted)\b/gi,
  sourceBefore: /((?:[A-Z][\p{L}’'.-]*\s+){0,4}[A-Z][\p{L}’'.-]*|\b(?:he|she|they|we|I|it|He|She|They|We|It))\s*,?\s*$/u,
  sourceAfter: /^\s*,?\s*((?:[A-Z][\p{L}’'.-]*\s+){0,4}[A-Z][\p{L}’'.-]*|(?:he|she|they|we|I|it)\b)/u,
};

/** Characters of context the baseline reads on each side of a verb for its subject. */
const SOURCE_WINDOW = 80;

/** Word tokens of a text as `[start, end)` ranges, in order. */
export function wordTokens(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(REGEXPS.word)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** First index whose token starts at or after `pos`. */
function firstFrom(tokens: readonly (readonly [number, number])[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid][0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens wholly inside `[s, e)`. */
function tokensIn(tokens: readonly (readonly [number, number])[], s: number, e: number): number {
  let n = 0;
  for (let i = firstFrom(tokens, s); i < tokens.length && tokens[i][1] <= e; i++) n++;
  return n;
}

export function spanTokens(tokens: readonly (readonly [number, number])[], span: Span): number {
  let n = 0;
  for (const [s, e] of span) n += tokensIn(tokens, s, e);
  return n;
}

/** Tokens inside both spans (fragments of one span never overlap each other). */
export function sharedTokens(tokens: readonly (readonly [number, number])[], a: Span, b: Span): number {
  let n = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) {
    const s = Math.max(as, bs);
    const e = Math.min(ae, be);
    if (s < e) n += tokensIn(tokens, s, e);
  }
  return n;
}

export function charsOverlap(a: Span, b: Span): boolean {
  return a.some(([as, ae]) => b.some(([bs, be]) => Math.max(as, bs) < Math.min(ae, be)));
}

/** The span with edge whitespace, quotation marks and punctuation trimmed, as one text (fragments joined by a space). */
export function trimmedText(text: string, span: Span): string {
  return span.map(([s, e]) => {
    while (s < e && REGEXPS.edge.test(text[s])) s++;
    while (e > s && REGEXPS.edge.test(text[e - 1])) e--;
    return text.slice(s, e);
  }).filter((t) => t !== '').join(' ');
}

/**
 * Where `needle` sits in `text`: the occurrence inside `[regionStart, regionEnd)` nearest `anchor`, else
 * the occurrence anywhere nearest `anchor`, then the same ignoring case; a long needle that is not found whole (a quote rejoined across
 * sentences) is bounded by its first and last `EDGE_CHARS` characters inside the region. Null if absent.
 */
export function locate(text: string, needle: string, regionStart: number, regionEnd: number, anchor: number): [number, number] | null {
  const n = needle.trim();
  if (n === '') return null;
  const found = nearest(text, n, regionStart, regionEnd, anchor);
  if (found) return found;
  // Case-insensitively ("according to" written "According to"), when lowercasing keeps the offsets.
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const ci = nearest(lower, n.toLowerCase(), regionStart, regionEnd, anchor);
    if (ci) return ci;
  }
  if (n.length > 2 * EDGE_CHARS) {
    const region = text.slice(regionStart, regionEnd);
    const s = region.indexOf(n.slice(0, EDGE_CHARS));
    const e = region.lastIndexOf(n.slice(-EDGE_CHARS));
    if (s >= 0 && e >= s) return [regionStart + s, regionStart + e + EDGE_CHARS];
  }
  return null;
}
const EDGE_CHARS = 30;

function nearest(text: string, n: string, regionStart: number, regionEnd: number, anchor: number): [number, number] | null {
  let best: number | null = null;
  let bestInRegion = false;
  for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
    const inRegion = i >= regionStart && i + n.length <= regionEnd;
    if (best === null || (inRegion && !bestInRegion) || (inRegion === bestInRegion && Math.abs(i - anchor) < Math.abs(best - anchor))) {
      best = i;
      bestInRegion = inRegion;
    }
  }
  return best === null ? null : [best, best + n.length];
}

// ---------------------------------------------------------------------------------------------------
// Matching and scoring.

/** One-to-one pairs `[pred, gold]` by content token overlap, largest first; ties by text order. */
export function matchAttributions(tokens: readonly (readonly [number, number])[], pred: readonly Attribution[], gold: readonly Attribution[]): [number, number][] {
  const cands: { p: number; g: number; n: number }[] = [];
  pred.forEach((pa, p) => gold.forEach((ga, g) => {
    if (!pa.content || !ga.content) return;
    const n = sharedTokens(tokens, pa.content, ga.content);
    if (n > 0) cands.push({ p, g, n });
  }));
  cands.sort((a, b) => b.n - a.n || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const c of cands) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    out.push([c.p, c.g]);
  }
  return out;
}

/** Running sums for one role; add articles with `tallyArticle`, read with `roleScores`. */
export interface RoleTally { exactHits: number; predSpans: number; goldSpans: number; sharedTok: number; predTok: number; goldTok: number }
export interface Tally { roles: Record<Role, RoleTally>; speakerHits: number; speakerGold: number }

export function emptyTally(): Tally {
  const role = (): RoleTally => ({ exactHits: 0, predSpans: 0, goldSpans: 0, sharedTok: 0, predTok: 0, goldTok: 0 });
  return { roles: { source: role(), cue: role(), content: role() }, speakerHits: 0, speakerGold: 0 };
}

/** Adds one article's predicted and gold attributions to `tally` (mutated, and returned). */
export function tallyArticle(tally: Tally, text: string, pred: readonly Attribution[], gold: readonly Attribution[]): Tally {
  const tokens = wordTokens(text);
  const pairs = matchAttributions(tokens, pred, gold);
  for (const role of ROLES) {
    const t = tally.roles[role];
    for (const a of pred) if (a[role]) { t.predSpans++; t.predTok += spanTokens(tokens, a[role]); }
    for (const a of gold) if (a[role]) { t.goldSpans++; t.goldTok += spanTokens(tokens, a[role]); }
    for (const [p, g] of pairs) {
      const ps = pred[p][role];
      const gs = gold[g][role];
      if (!ps || !gs) continue;
      if (trimmedText(text, ps) === trimmedText(text, gs)) t.exactHits++;
      t.sharedTok += sharedTokens(tokens, ps, gs);
    }
  }
  const matchOf = new Map(pairs.map(([p, g]) => [g, p]));
  gold.forEach((ga, g) => {
    if (!ga.content || !ga.source) return;
    tally.speakerGold++;
    const p = matchOf.get(g);
    const ps = p === undefined ? null : pred[p].source;
    if (ps && charsOverlap(ps, ga.source)) tally.speakerHits++;
  });
  return tally;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export function tallyMetrics(t: Tally): Record<string, number> {
  const out: Record<string, number> = {};
  for (const role of ROLES) {
    const r = t.roles[role];
    out[`${role}.exactF1`] = harmonicMean(ratio(r.exactHits, r.predSpans), ratio(r.exactHits, r.goldSpans));
    out[`${role}.overlapF1`] = harmonicMean(ratio(r.sharedTok, r.predTok), ratio(r.sharedTok, r.goldTok));
  }
  out.speakerRight = ratio(t.speakerHits, t.speakerGold);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Predictions.

function goldAttributions(row: PolnearRow): Attribution[] {
  const span = (r: z.infer<typeof RoleSpan> | null): Span | null => (r === null ? null : r.fragments && r.fragments.length ? r.fragments : [[r.start, r.end]]);
  return row.attributions.map((a) => ({ source: span(a.source), cue: span(a.cue), content: span(a.content) }));
}

/** The engine's quotes as character spans of `text` (see the file comment for how each is placed). */
export function quoteSpans(text: string, sentences: readonly Sentence[], quotes: readonly QuoteMention[]): Attribution[] {
  const byId = new Map(sentences.map((s) => [s.id, s]));
  return quotes.map((q) => {
    if (q.spans) return { content: q.spans.content, source: q.spans.party ? [q.spans.party] : null, cue: q.spans.cue ? [q.spans.cue] : null };
    const cited = q.citations.map((c) => byId.get(c.sentenceId)).filter((s): s is Sentence => s !== undefined);
    const rs = cited.length ? Math.min(...cited.map((s) => s.start)) : 0;
    const re = cited.length ? Math.max(...cited.map((s) => s.end)) : text.length;
    const content = locate(text, q.text, rs, re, rs);
    const mid = content ? (content[0] + content[1]) >> 1 : rs;
    const near = (s: string | null): Span | null => {
      if (!s) return null;
      const at = locate(text, s, rs, re, mid);
      return at ? [at] : null;
    };
    return { content: content ? [content] : null, source: near(q.speaker), cue: near(q.cue) };
  });
}

/** The baseline's attributions (see the file comment). */
export function baselineAttributions(text: string, sentences: readonly Sentence[]): Attribution[] {
  const verbs = [...text.matchAll(REGEXPS.reportingVerb)].map((m) => ({ s: m.index!, e: m.index! + m[0].length, word: m[0].toLowerCase() }));
  const sentenceAt = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Attribution[] = [];
  for (const m of text.matchAll(REGEXPS.quoted)) {
    const inner = m[1] ?? m[2];
    const cs = m.index! + 1;
    const ce = cs + inner.length;
    let cue: (typeof verbs)[number] | null = null;
    if (sentences.length) {
      const first = sentences[Math.max(0, sentenceAt(cs) - 1)].start;
      const last = sentences[Math.min(sentences.length - 1, sentenceAt(ce) + 1)].end;
      let bestDist = Infinity;
      for (const v of verbs) {
        if (v.s < first || v.e > last || (v.s >= cs && v.e <= ce)) continue;
        const d = v.e <= cs ? cs - v.e : v.s - ce;
        if (d < bestDist) { bestDist = d; cue = v; }
      }
    }
    let source: Span | null = null;
    if (cue) {
      const before = (): Span | null => {
        const from = Math.max(0, cue!.s - SOURCE_WINDOW);
        const b = REGEXPS.sourceBefore.exec(text.slice(from, cue!.s));
        return b ? [[from + b.index + b[0].indexOf(b[1]), from + b.index + b[0].indexOf(b[1]) + b[1].length]] : null;
      };
      const after = (): Span | null => {
        const a = REGEXPS.sourceAfter.exec(text.slice(cue!.e, cue!.e + SOURCE_WINDOW));
        return a ? [[cue!.e + a[0].length - a[1].length, cue!.e + a[0].length]] : null;
      };
      source = cue.word === 'according to' ? (after() ?? before()) : (before() ?? after());
    }
    out.push({ content: [[cs, ce]], cue: cue ? [[cue.s, cue.e]] : null, source });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The suite.

/** Metrics also reported per upstream split (`train.…`, `dev.…`). */
const SPLIT_KEYS = ['content.overlapF1', 'source.overlapF1', 'cue.overlapF1', 'speakerRight'] as const;

export const quotesSuite: Suite = {
  name: 'quotes',
  description: 'PolNeAR attribution: exact and token-overlap F1 of source, cue, content; speakerRight (baseline: quoted spans + nearest reporting verb)',
  async run({ dataDir, progress }): Promise<SuiteResult> {
    const rows = await loadRows(dataDir, 'polnear-quotes.jsonl', PolnearRow);
    const ours = emptyTally();
    const base = emptyTally();
    // Per upstream split: `train` is where the rules were studied, `dev` is held out.
    const split = { train: { ours: emptyTally(), base: emptyTally() }, dev: { ours: emptyTally(), base: emptyTally() } };
    const predictions: SuiteResult['predictions'] = [];
    const errors: string[] = [];
    let unlocated = 0;
    let quotes = 0;
    for (const [i, row] of rows.entries()) {
      if (i % 200 === 0) progress(`quotes: ${i}/${rows.length}`);
      const gold = goldAttributions(row);
      const sentences = segment({ articleId: row.id, text: row.text, language: 'en' });
      let pred: Attribution[] = [];
      let mentions: QuoteMention[] = [];
      try {
        const extraction = extract({ articleId: row.id, published: row.published ?? null, publishedInferred: false, sentences });
        // Quotes and the reported beliefs and stances kept apart from them: PolNeAR annotates both.
        mentions = [...extraction.quotes, ...(extraction.attributions ?? [])];
        pred = quoteSpans(row.text, sentences, mentions);
      } catch (e) {
        errors.push(`${row.id}: ${e instanceof Error ? e.message : String(e)}`);
      }
      quotes += pred.length;
      unlocated += pred.filter((a) => a.content === null).length;
      const bpred = baselineAttributions(row.text, sentences);
      tallyArticle(ours, row.text, pred, gold);
      tallyArticle(base, row.text, bpred, gold);
      const half = row.upstream_split === 'dev' ? split.dev : split.train;
      tallyArticle(half.ours, row.text, pred, gold);
      tallyArticle(half.base, row.text, bpred, gold);
      const show = (a: Attribution) => Object.fromEntries(ROLES.map((r) => [r, a[r] ? trimmedText(row.text, a[r]) : null]));
      predictions.push({ id: row.id, ours: pred.map(show), baseline: bpred.map(show) });
    }
    const c = ours.roles.content;
    const b = base.roles.content;
    const fmt = (x: number) => x.toFixed(3);
    const notes = [
      'overlapF1 is token-level F1 of matched role spans; exactF1 needs equal spans after trimming quote marks and edge punctuation',
      'predictions are matched one-to-one to gold by content token overlap; PolNeAR also annotates indirect speech and reported beliefs ("X wants Y"), which quotes alone cannot reach',
      `ours: ${quotes} quotes predicted for ${ours.roles.content.goldSpans} gold contents; content token precision ${fmt(ratio(c.sharedTok, c.predTok))}, recall ${fmt(ratio(c.sharedTok, c.goldTok))} (baseline ${fmt(ratio(b.sharedTok, b.predTok))}, ${fmt(ratio(b.sharedTok, b.goldTok))})`,
    ];
    if (unlocated) notes.push(`${unlocated} predicted quote text(s) not found in the article, scored as missing content`);
    if (errors.length) notes.push(`the engine threw on ${errors.length} article(s); first: ${errors[0]}`);
    const metrics = tallyMetrics(ours);
    const baseline = tallyMetrics(base);
    for (const [name, half] of Object.entries(split)) {
      const m = tallyMetrics(half.ours);
      const bm = tallyMetrics(half.base);
      for (const key of SPLIT_KEYS) {
        metrics[`${name}.${key}`] = m[key];
        baseline[`${name}.${key}`] = bm[key];
      }
    }
    notes.push(`split: train ${rows.filter((r) => r.upstream_split !== 'dev').length} articles (studied), dev ${rows.filter((r) => r.upstream_split === 'dev').length} (held out)`);
    return { suite: 'quotes', size: rows.length, metrics, baseline, notes, predictions };
  },
};
