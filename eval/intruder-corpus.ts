/**
 * The seeded corpus of the `intruders` suite (`intruders.ts`): sources loaded from ecbplus-clusters.jsonl and
 * gva-incidents.jsonl, donor sentences inserted into about two thirds of each story's articles, and each
 * article passed through the clean stage as the pipeline runs it. Shared by the suite and by the training of
 * the intruder model (`intruder-training.ts`).
 */
import { clean } from '../src/stages/clean/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { loadDataset } from './harness.js';

export const DEFAULT_SEED = 1;

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
// The clean stage, as the pipeline runs it.

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

// ---------------------------------------------------------------------------------------------------
// Loading.

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
