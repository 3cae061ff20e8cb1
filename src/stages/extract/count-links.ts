/**
 * Linking the counts of one sentence: a part to its whole ("14 killed, including six children"), a measure
 * shared along a coordination ("11 soldiers and two civilians were killed"), and a list of single people
 * counted whole ("a woman and a man were shot": two). `counts.ts` reads the drafts.
 */
import type { Qualifier } from '../../model/schemas.js';
import type { CountSpan } from './counts.js';
import type { Measure } from './lexicon.js';
import type { NumberSpan } from './numbers.js';
import type { Token } from './tokens.js';

/** A count as read, before its parent and inherited measure are resolved. */
export interface Draft {
  num: NumberSpan;
  qualifier: Qualifier;
  qualStart: number;
  measure: Measure | null;
  subject: string | null;
  start: number;
  end: number;
  parent: { kind: 'previous' } | { kind: 'at'; numStart: number } | null;
  /** Coordinated with the next count, whose measure it shares ("11 soldiers and two civilians were killed"). */
  sharesNext: boolean;
  /** The measure came from the count before, as the next item of a list ("injured a man and a woman"). */
  carried: boolean;
}

/** The counts of a sentence from its drafts: parents resolved, measures and subjects inherited, lists summed. */
export function link(tokens: Token[], drafts: Draft[]): CountSpan[] {
  // Resolve each draft's parent (a draft index) and inherited measure.
  const parentOf: (number | null)[] = drafts.map(() => null);
  const measureOf: (Measure | null)[] = drafts.map((d) => d.measure);
  for (let i = 0; i < drafts.length; i++) {
    const hint = drafts[i].parent;
    if (hint === null) continue;
    let p = -1;
    if (hint.kind === 'previous') {
      for (let k = i - 1; k >= 0; k--) {
        if (drafts[k].parent?.kind !== 'previous') {
          p = k;
          break;
        }
      }
    } else {
      p = drafts.findIndex((d) => d.num.start === hint.numStart);
    }
    if (p < 0 || p === i) continue;
    parentOf[i] = p;
  }
  const subjectOf: (string | null)[] = drafts.map((d) => d.subject);
  for (let i = 0; i < drafts.length; i++) {
    const p = parentOf[i];
    if (p === null) continue;
    if (measureOf[i] === null) measureOf[i] = drafts[p].measure;
    if (subjectOf[i] === null) subjectOf[i] = drafts[p].subject; // "three officers were injured, two of them seriously"
  }
  // Coordinated counts take the measure of the last one, right to left ("five soldiers, two officers and three civilians were killed").
  for (let i = drafts.length - 2; i >= 0; i--) {
    if (measureOf[i] === null && drafts[i].sharesNext && parentOf[i] === null) measureOf[i] = measureOf[i + 1];
  }
  const sums = singlesLists(tokens, drafts, parentOf, measureOf);
  // Keep drafts that have a measure; renumber parents among the kept ones.
  const kept: number[] = [];
  const newIndex = new Map<number, number>();
  for (let i = 0; i < drafts.length; i++) {
    if (measureOf[i] === null) continue;
    newIndex.set(i, kept.length);
    kept.push(i);
  }
  const spans: CountSpan[] = kept.map((i) => {
    const d = drafts[i];
    const p = parentOf[i];
    const measure = measureOf[i] as Measure;
    return {
      value: d.num.value,
      qualifier: d.qualifier,
      measure,
      subject: subjectOf[i] ?? (measure === 'damaged' || measure === 'destroyed' ? 'buildings' : 'people'),
      partOf: p !== null && newIndex.has(p) ? (newIndex.get(p) as number) : null,
      start: Math.min(d.start, d.qualStart),
      end: d.end,
      numStart: d.num.start,
      numEnd: d.num.end,
    };
  });
  // A list of single people ("a woman and a man were shot") is counted whole: one count of them all, after
  // the list, with each person part of it.
  for (const list of sums) {
    const at = spans.length;
    const first = drafts[list[0]];
    const last = drafts[list[list.length - 1]];
    spans.push({
      value: list.reduce((n, i) => n + drafts[i].num.value, 0), qualifier: 'exact', measure: measureOf[list[0]] as Measure, subject: 'people', partOf: null,
      start: Math.min(first.start, first.qualStart), end: last.end, numStart: first.num.start, numEnd: first.num.end,
    });
    for (const i of list) spans[newIndex.get(i)!].partOf = at;
  }
  // A measure carried along a list is no evidence of a sum ("2 killed, 2 others in critical condition"
  // carries no death to the others); one shared by a coordination is ("a boy and six others were shot").
  addOthers(tokens, spans, kept.map((i) => !drafts[i].carried));
  return spans;
}

/** Subjects that are not people: never summed as people hurt. */
const THINGS = new Set(['buildings', 'homes', 'houses', 'vehicles', 'cars']);

/** Measures whose "others" are more people hurt besides those the sentence counted already. */
const OTHERS_MEASURES = new Set<Measure>(['killed', 'injured', 'shot', 'hospitalized']);

/**
 * "N others" adds to the people of the same fate counted before it in the sentence: "a gunman who was shot
 * and killed after a rampage that left two others dead" tells of three deaths. The sum is a count of its
 * own, after the two, each part of it (GVA casualties: killed 0.855 → 0.856, injured 0.793 → 0.794, both
 * 0.718 → 0.720; counts killed 0.774 → 0.775; each half gains or holds).
 */
function addOthers(tokens: Token[], spans: CountSpan[], own: boolean[]): void {
  const n = spans.length;
  for (let i = 0; i < n; i++) {
    const s = spans[i];
    const next = tokens[s.numEnd]?.lower;
    if (!own[i] || s.partOf !== null || !OTHERS_MEASURES.has(s.measure) || (next !== 'others' && next !== 'other')) continue;
    let j = i - 1;
    while (j >= 0 && (spans[j].measure !== s.measure || spans[j].partOf !== null)) j--;
    if (j < 0 || !own[j]) continue;
    const first = spans[j];
    const exact = first.qualifier === 'exact' && s.qualifier === 'exact';
    spans.push({
      value: first.value + s.value, qualifier: exact ? 'exact' : 'at least', measure: s.measure, subject: 'people', partOf: null,
      start: first.start, end: s.end, numStart: first.numStart, numEnd: first.numEnd,
    });
    first.partOf = spans.length - 1;
    s.partOf = spans.length - 1;
  }
}

/** Tokens that may join two items of a list of single people (", and"). */
const MAX_LIST_JOIN = 2;

/**
 * Runs of two or more coordinated single people sharing one measure: "a woman and a man were shot" (the
 * first takes the measure of the next) or "injured a man and a woman" (the next carries the first's).
 */
function singlesLists(tokens: Token[], drafts: Draft[], parentOf: (number | null)[], measureOf: (Measure | null)[]): number[][] {
  // Groups of people hurt are disjoint and add up too ("two men and a 10-year-old girl were wounded"; GVA
  // casualties: injured 0.808 → 0.811, both 0.733 → 0.734, counts 0.782 / 0.602 / 0.502 → 0.785 / 0.605 / 0.506).
  const single = (i: number) => (drafts[i].num.value === 1 || (OTHERS_MEASURES.has(measureOf[i] as Measure) && !THINGS.has(drafts[i].subject ?? '')))
    && parentOf[i] === null && measureOf[i] !== null && drafts[i].qualifier === 'exact';
  const out: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const prev = drafts[run[run.length - 1]];
    // Adjacent items only ("a woman and a man", "a man, a woman and a boy"); a carried measure only from a
    // verb before the list ("injured a man and a woman"), not from a clause of its own ("a man is dead and").
    const adjacent = run.length > 0 && drafts[i].qualStart - prev.end <= MAX_LIST_JOIN
      && tokens.slice(prev.end, drafts[i].qualStart).every((t) => t.text === ',' || t.lower === 'and');
    const joined = adjacent && single(i) && measureOf[i] === measureOf[run[0]]
      && (prev.sharesNext || (drafts[i].carried && drafts[run[0]].start < drafts[run[0]].num.start));
    if (joined) run.push(i);
    else {
      if (run.length > 1) out.push(run);
      run = single(i) ? [i] : [];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}
