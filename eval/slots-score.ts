/**
 * Suite `slots`, the scorer's half: the gold slots of a GVDB row and how predicted slots are matched and
 * counted against them (`slots.ts` turns the engine's extraction into slots and runs the suite).
 *
 * Slots (gold read from the upstream `Json` object):
 *   victim.name, victim.age, shooter.name, shooter.age — per person (`victim-section`, `shooter-section`);
 *   killed, injured — the number of gold victims whose `victim-was` holds "killed", resp. "injured" or
 *     "hospitalized" without "killed" (the annotation has no count field); a count slot is non-empty when
 *     above 0, on both sides;
 *   city — the `date-and-time.city` span; date — `date-and-time.date` (YYYY-MM-DD).
 * A predicted value is right when it equals the gold value of the same slot after normalising (lowercase,
 * letters and digits only; ages compare by their number, spelled or not), or, for span slots, when some
 * occurrence of the predicted string in `text` (case aside) overlaps the gold offsets ("Caskey" for gold
 * "Caitlin L. Caskey"; a number only as a whole number: "2" inside "25" does not match); a predicted person's
 * name is right too when it ends with the gold name ("Sean Bolton" for gold "Bolton", `fullNameOf`).
 * Predicted victims (shooters) are matched one-to-one to gold ones first, the pairs with most right slots
 * first. Precision = right / predicted non-empty slots, recall = right / gold non-empty slots, micro over
 * all slots and articles; the per-slot F1s use the same counts per slot.
 */
import { z } from 'zod';
import { harmonicMean } from './metrics.js';

// ---------------------------------------------------------------------------------------------------
// Data.

const SpanSlot = z.object({ value: z.string(), startIndex: z.number().int(), endIndex: z.number().int() });
const Person = z.object({ name: SpanSlot, age: SpanSlot });
export const GvdbRow = z.object({
  id: z.string().min(1),
  url: z.string().nullable().optional(),
  text: z.string(),
  gold: z.object({
    'date-and-time': z.object({ city: SpanSlot, date: z.string() }),
    'victim-section': z.array(Person.extend({ 'victim-was': z.array(z.string()) })),
    'shooter-section': z.array(Person),
  }),
});
export type GvdbRow = z.infer<typeof GvdbRow>;

/** A gold span value: the string and its offsets into `text`. */
export interface GoldSpan { value: string; start: number; end: number }
export interface GoldPerson { name: GoldSpan | null; age: GoldSpan | null }
export interface GoldSlots { victims: GoldPerson[]; shooters: GoldPerson[]; killed: number; injured: number; city: GoldSpan | null; date: string | null }

export interface PredPerson { name: string | null; age: string | null }
export interface PredSlots { victims: PredPerson[]; shooters: PredPerson[]; killed: number; injured: number; city: string | null; date: string | null }

export const SLOTS = ['victim.name', 'victim.age', 'shooter.name', 'shooter.age', 'killed', 'injured', 'city', 'date'] as const;
export type Slot = (typeof SLOTS)[number];

/**
 * A gold span, or null when empty. Annotators saw a page header ("publication date: 1/27/2016") and a line
 * break after the headline that `text` does not have, and a few spans start in that header (negative
 * offsets, 6 spans): such a span is cut to the part of it in `text`, and, when its value runs over several
 * lines, to its last line ("…headline\nDETROIT" is the date line's "DETROIT", not the headline).
 */
export function goldSpan(s: z.infer<typeof SpanSlot>): GoldSpan | null {
  if (s.value.trim() === '') return null;
  if (s.startIndex >= 0 || s.endIndex <= 0) return { value: s.value, start: s.startIndex, end: s.endIndex };
  const inText = s.value.slice(-s.startIndex);
  const lastLine = s.value.split(/\r?\n/).at(-1)!;
  const value = lastLine.length < inText.length ? lastLine : inText;
  return { value, start: s.endIndex - value.length, end: s.endIndex };
}

/** A gold date as YYYY-MM-DD: a few are written without leading zeros ("2015-8-23"), which no engine date equals. */
function isoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (m === null) return s.trim() || null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

export function goldSlots(row: GvdbRow): GoldSlots {
  const g = row.gold;
  const person = (p: z.infer<typeof Person>): GoldPerson => ({ name: goldSpan(p.name), age: goldSpan(p.age) });
  const was = g['victim-section'].map((v) => v['victim-was']);
  return {
    victims: g['victim-section'].map(person),
    shooters: g['shooter-section'].map(person),
    killed: was.filter((w) => w.includes('killed')).length,
    injured: was.filter((w) => !w.includes('killed') && (w.includes('injured') || w.includes('hospitalized'))).length,
    city: goldSpan(g['date-and-time'].city),
    date: isoDate(g['date-and-time'].date),
  };
}

// ---------------------------------------------------------------------------------------------------
// Matching and scoring.

export function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Number words an age may be spelled with ("five-year-old", "Thirty-two-year-old"). */
const AGE_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const AGE_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const AGE_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const AGE_WORDS = new Map<string, number>([
  ...AGE_UNITS.map((w, i) => [w, i + 1] as const), ...AGE_TEENS.map((w, i) => [w, i + 10] as const), ...AGE_TENS.map((w, i) => [w, 20 + 10 * i] as const),
]);

/**
 * The first number of an age ("40-year" → "40"; spelled, "five-year-old" → "5", "Thirty-two" → "32"),
 * else the normalised string: a gold age the text spells out is the same age as the engine's number.
 */
export function ageKey(s: string): string {
  const digits = /\d+/.exec(s)?.[0];
  if (digits !== undefined) return digits;
  const words = normalise(s).split(' ');
  const tens = AGE_TENS.includes(words[0]) ? AGE_WORDS.get(words[0])! : 0;
  const unit = AGE_WORDS.get(words[tens > 0 ? 1 : 0] ?? '');
  if (tens > 0) return String(tens + (unit !== undefined && unit < 10 ? unit : 0));
  return unit !== undefined ? String(unit) : normalise(s);
}

/** A predicted span value is right: same normalised string, or an occurrence in `text` overlaps the gold offsets. */
export function spanRight(text: string, pred: string | null, gold: GoldSpan | null, age = false): boolean {
  if (pred === null || gold === null) return false;
  if (age ? ageKey(pred) === ageKey(gold.value) : normalise(pred) === normalise(gold.value)) return true;
  // Case aside, as the normalised comparison above: a date line's "SPRINGFIELD" is the body's "Springfield".
  const n = pred.trim().toLowerCase();
  if (n === '' || gold.start < 0) return false;
  const hay = text.toLowerCase();
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
    // A number matches as a whole number only: "2" inside "25" is not an occurrence of the age 2.
    if (/^\d/.test(n) && /\d/.test(text.charAt(i - 1))) continue;
    if (/\d$/.test(n) && /\d/.test(text.charAt(i + n.length))) continue;
    if (i < gold.end && i + n.length > gold.start) return true;
  }
  return false;
}

/**
 * A predicted full name whose last words are the gold name ("Sean Bolton" for gold "Bolton"): the annotator
 * marked a later surname-only mention, which the full name's own occurrence does not overlap. Names only: a
 * city is not its suffix ("North Augusta" is not "Augusta").
 */
export function fullNameOf(pred: string | null, gold: GoldSpan | null): boolean {
  if (pred === null || gold === null) return false;
  const g = normalise(gold.value);
  return g !== '' && normalise(pred).endsWith(` ${g}`);
}

export interface SlotCounts { right: number; predicted: number; gold: number }
export type SlotTally = Record<Slot, SlotCounts>;

export function emptySlotTally(): SlotTally {
  return Object.fromEntries(SLOTS.map((s) => [s, { right: 0, predicted: 0, gold: 0 }])) as SlotTally;
}

/** Pairs predicted with gold people one-to-one, most right slots first; returns right names and ages. */
export function matchPeople(text: string, pred: readonly PredPerson[], gold: readonly GoldPerson[]): { name: number; age: number } {
  const cands: { p: number; g: number; name: boolean; age: boolean }[] = [];
  pred.forEach((pp, p) => gold.forEach((gp, g) => {
    const name = spanRight(text, pp.name, gp.name) || fullNameOf(pp.name, gp.name);
    const age = spanRight(text, pp.age, gp.age, true);
    if (name || age) cands.push({ p, g, name, age });
  }));
  const score = (c: { name: boolean; age: boolean }) => Number(c.name) + Number(c.age);
  cands.sort((a, b) => score(b) - score(a) || Number(b.name) - Number(a.name) || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out = { name: 0, age: 0 };
  for (const c of cands) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    out.name += Number(c.name);
    out.age += Number(c.age);
  }
  return out;
}

/** Adds one article's predicted and gold slots to `tally` (mutated, and returned). */
export function tallySlots(tally: SlotTally, text: string, pred: PredSlots, gold: GoldSlots): SlotTally {
  const add = (slot: Slot, p: boolean, g: boolean, right: boolean) => {
    const t = tally[slot];
    if (p) t.predicted++;
    if (g) t.gold++;
    if (p && g && right) t.right++;
  };
  for (const role of ['victim', 'shooter'] as const) {
    const ps = role === 'victim' ? pred.victims : pred.shooters;
    const gs = role === 'victim' ? gold.victims : gold.shooters;
    const right = matchPeople(text, ps, gs);
    for (const part of ['name', 'age'] as const) {
      const t = tally[`${role}.${part}`];
      t.predicted += ps.filter((x) => x[part] !== null).length;
      t.gold += gs.filter((x) => x[part] !== null).length;
      t.right += right[part];
    }
  }
  add('killed', pred.killed > 0, gold.killed > 0, pred.killed === gold.killed);
  add('injured', pred.injured > 0, gold.injured > 0, pred.injured === gold.injured);
  add('city', pred.city !== null, gold.city !== null, spanRight(text, pred.city, gold.city));
  add('date', pred.date !== null, gold.date !== null, pred.date === gold.date);
  return tally;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export function slotMetrics(t: SlotTally): Record<string, number> {
  const all = SLOTS.reduce((s, k) => ({ right: s.right + t[k].right, predicted: s.predicted + t[k].predicted, gold: s.gold + t[k].gold }), { right: 0, predicted: 0, gold: 0 });
  const precision = ratio(all.right, all.predicted);
  const recall = ratio(all.right, all.gold);
  const out: Record<string, number> = { precision, recall, f1: harmonicMean(precision, recall) };
  for (const k of SLOTS) out[`${k}.f1`] = harmonicMean(ratio(t[k].right, t[k].predicted), ratio(t[k].right, t[k].gold));
  return out;
}
