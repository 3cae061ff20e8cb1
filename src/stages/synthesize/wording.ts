/** Turning reconciled facts into plain sentences. Numbers one to nine are spelt out (news style). */
import type { Fact, Qualifier } from '../../model/schemas.js';
import { compatible, interval } from '../reconcile/values.js';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Plurals English does not make with -s; the rest are read by `singular`. */
const IRREGULAR_SINGULAR: Record<string, string> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', police: 'police officer', staff: 'staff member',
  personnel: 'member of staff', wives: 'wife', lives: 'life', feet: 'foot', teeth: 'tooth', mice: 'mouse', buses: 'bus',
};
const PREDICATE: Record<string, string> = {
  killed: 'killed', injured: 'injured', hospitalized: 'in hospital', missing: 'missing', displaced: 'displaced', arrested: 'arrested',
  evacuated: 'evacuated', rescued: 'rescued', damaged: 'damaged',
};

export function numberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL.length ? SMALL[n] : n.toLocaleString('en-US');
}

export function amount(value: number, qualifier: Qualifier): string {
  const n = numberWord(value);
  return qualifier === 'exact' ? n : `${qualifier} ${n}`;
}

export function noun(subject: string, value: number): string {
  return value === 1 ? singular(subject) : subject;
}

/** "girls" → "girl", "casualties" → "casualty", "apartment buildings" → "apartment building" (the last word). */
export function singular(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  const lower = last.toLowerCase();
  let one = IRREGULAR_SINGULAR[lower];
  if (one === undefined) {
    if (/[^aeiou]ies$/.test(lower)) one = `${last.slice(0, -3)}y`;
    else if (/(?:ches|shes|sses|xes)$/.test(lower)) one = last.slice(0, -2);
    else if (/[^su]s$/.test(lower)) one = last.slice(0, -1);
    else one = last;
  }
  return [...words.slice(0, -1), one].join(' ');
}

export function predicate(measure: string): string {
  return PREDICATE[measure] ?? measure;
}

/**
 * A source sentence as the brief and timeline show it: without the date line a wire story opens with
 * ("SPRINGFIELD, Ill. (AP) — ", "(WXYZ) -- ", "SPRINGFIELD — "), which names where it was filed, not what
 * happened. The rest of the sentence is left as written; the cited sentence keeps its date line.
 */
const DATELINE_OPENING = new RegExp(
  String.raw`^\s*(?:(?:\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}(?=,))` +
  String.raw`(?:,\s?[\p{Lu}][\p{L}.]{0,5}(?:\s[\p{Lu}][\p{L}.]{0,5})?)?\s?)?(?:\([^()]{1,40}\)\s?)?(?:[—–]|--?)\s*(?=["“‘]?\p{Lu})`, 'u');
/** A date line ends in a dash; some other part must come before it (a bare dash opens no date line). */
export function withoutDateline(text: string): string {
  const m = DATELINE_OPENING.exec(text);
  if (!m || /^\s*[—–-]/.test(m[0])) return text;
  return text.slice(m[0].length);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "at least 14 people killed" — the short form used in tables and disputes. */
export function factPhrase(f: Pick<Fact, 'measure' | 'subject'>): string {
  return `${f.subject} ${predicate(f.measure)}`;
}

/** One sentence stating a reconciled fact, true to its status. */
export function factSentence(f: Fact): string {
  // The figure the estimate settled on: the first value is the most reported, which for one source giving
  // a toll and a part of it ("two dead", "one died at the scene") is not the toll.
  const top = f.values.find((v) => v.value === f.estimate.best) ?? f.values[0];
  const be = (v: number) => (v === 1 ? 'was' : 'were');
  switch (f.status) {
    case 'agreed':
    case 'single-source':
      return `${capitalise(amount(top.value, top.qualifier))} ${noun(f.subject, top.value)} ${be(top.value)} ${predicate(f.measure)}.`;
    case 'superseded': {
      const older = f.values.filter((v) => v.value !== f.estimate.best).map((v) => amount(v.value, v.qualifier));
      return `The latest reports say ${numberWord(f.estimate.best)} ${noun(f.subject, f.estimate.best)} ${be(f.estimate.best)} ${predicate(f.measure)}; earlier reports said ${joinOr(older)}.`;
    }
    case 'claim': {
      const figures = distinctFigures(f);
      const most = Math.max(...figures.map((v) => v.value));
      return `${capitalise(f.claimant ?? 'a party')} claims ${joinOr(figures.map((v) => amount(v.value, v.qualifier)))} ${noun(f.subject, most)} ${be(most)} ${predicate(f.measure)}.`;
    }
    case 'conflicting':
      return `Reports differ on how many ${f.subject} were ${predicate(f.measure)}: ${joinOr(inDispute(distinctFigures(f)).map((v) => amount(v.value, v.qualifier)))}.`;
  }
}

/**
 * The values a dispute is between: those that some other value rules out. A reading every other value allows
 * ("at least one" beside three and four) takes no side, and listing it makes the dispute read wider than it
 * is; it stays in the facts table with its sources. All are kept when fewer than two would be left.
 */
export function inDispute<T extends { value: number; qualifier: Qualifier }>(values: T[]): T[] {
  const sides = values.filter((v) => values.some((w) => w !== v && !compatible(interval(v.value, v.qualifier), interval(w.value, w.qualifier))));
  return sides.length >= 2 ? sides : values;
}

/**
 * Each reported number once, ascending, with the qualifier most of its sources use ("at least 14" and
 * "14" are one figure here; who says which stays in the disputes and the facts table).
 */
function distinctFigures(f: Fact): { value: number; qualifier: Qualifier }[] {
  const best = new Map<number, { qualifier: Qualifier; sources: number }>();
  for (const v of f.values) {
    const cur = best.get(v.value);
    if (!cur || v.sources.length > cur.sources) best.set(v.value, { qualifier: v.qualifier, sources: v.sources.length });
  }
  return [...best.entries()].sort((a, b) => a[0] - b[0]).map(([value, { qualifier }]) => ({ value, qualifier }));
}

export function joinOr(items: string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

export function joinAnd(items: string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
