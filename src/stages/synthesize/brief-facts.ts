/**
 * Which reconciled facts the brief states. A brief has room for a few: the totals come first (people
 * killed, injured, shot…), then the groups within them, then parties' claims; a figure the brief would
 * only repeat in other words is left to the facts table ("two men were killed" after "two people were
 * killed"; "two police officers were shot" after "two officers were shot"), and so is a figure the brief's
 * lead sentence already states, a bare "at least one", and a number shot that the killed and injured
 * totals already add up to. Among facts of one kind, those more sources report are chosen first.
 */
import type { Fact } from '../../model/schemas.js';
import { normaliseSubject } from '../reconcile/facts.js';
import { singular } from './wording.js';

/** The subject reconcile gives a count of everyone affected (persons, individuals, victims… are normalised to it). */
const TOTAL_SUBJECT = 'people';

function tier(f: Fact): number {
  if (f.status === 'claim') return 2;
  return f.subject === TOTAL_SUBJECT ? 0 : 1;
}

/**
 * "police officers" → "officer", "off-duty cops" → "officer", "young children" → "child": the subject and
 * its head noun named as reconcile groups them (`normaliseSubject`), in the singular.
 */
function groupHead(subject: string): string {
  const whole = normaliseSubject(subject);
  const head = normaliseSubject(whole.split(' ').pop() ?? whole);
  return singular(head);
}

function sourceCount(f: Fact): number {
  return new Set(f.values.flatMap((v) => v.sources)).size;
}

/** The figure a fact sentence states is the estimate's, and a cited sentence already in the brief states it. */
function statedIn(f: Fact, sentenceIds: ReadonlySet<string>): boolean {
  if (f.status !== 'agreed' && f.status !== 'single-source') return false;
  return f.values.some((v) => v.value === f.estimate.best && v.citations.some((c) => sentenceIds.has(c.sentenceId)));
}

/** "At least one person was shot" says only that it happened, which the brief's lead already tells. */
function onlySomething(f: Fact): boolean {
  return f.estimate.best === 1 && f.values.every((v) => v.qualifier === 'at least' || v.qualifier === 'more than');
}

/** Measures that add up to the people shot: a "shot" total no larger than their sum says nothing new. */
const PARTS_OF_SHOT = ['killed', 'injured'];

/** `said`: the totals and the facts chosen so far; the largest figure of each part measure counts. */
function shotWithinParts(f: Fact, said: readonly Fact[]): boolean {
  if (f.measure !== 'shot') return false;
  let sum = 0;
  for (const m of PARTS_OF_SHOT) {
    const figures = said.filter((t) => t.measure === m && t.status !== 'conflicting' && t.status !== 'claim').map((t) => t.estimate.best);
    if (figures.length) sum += Math.max(...figures);
  }
  return sum > 0 && f.estimate.best <= sum;
}

/**
 * Up to `limit` of `facts` (all of the main event), in their reconciled order. `said`: ids of the source
 * sentences the brief already quotes.
 */
export function briefFacts(facts: readonly Fact[], limit: number, said: ReadonlySet<string> = new Set()): Fact[] {
  const totals = new Map<string, Fact>();
  // A total the brief leaves out as a bare "at least one" says no figure, so its groups still say theirs.
  for (const f of facts) if (f.status !== 'claim' && f.subject === TOTAL_SUBJECT && !totals.has(f.measure) && !onlySomething(f)) totals.set(f.measure, f);
  const byTier = facts.map((f, i) => ({ f, i }))
    .sort((a, b) => tier(a.f) - tier(b.f) || sourceCount(b.f) - sourceCount(a.f) || a.i - b.i);
  const key = (f: Fact) => `${f.measure}|${groupHead(f.subject)}|${f.estimate.best}`;
  // Figures already said, by the lead or by a fact chosen: one group's figure is said once, in any words.
  const covered = new Set(facts.filter((f) => statedIn(f, said)).map(key));
  const chosen: { f: Fact; i: number }[] = [];
  const groupOnly = new Set<string>();
  for (const x of byTier) {
    if (chosen.length >= limit) break;
    const { f } = x;
    if (covered.has(key(f)) || onlySomething(f) || shotWithinParts(f, [...totals.values(), ...chosen.map((c) => c.f)])) continue;
    const total = totals.get(f.measure);
    // The whole group is of this kind: the total says the figure (a conflicting total states no single one).
    if (total && total !== f && total.status !== 'conflicting' && total.estimate.best === f.estimate.best) continue;
    // With no total to be parts of, groups may overlap ("one boy killed", "one passenger killed" can be one
    // child): the best-supported group of a measure is said, the others are left to the facts table.
    if (!total && f.subject !== TOTAL_SUBJECT && f.status !== 'claim') {
      if (groupOnly.has(f.measure)) continue;
      groupOnly.add(f.measure);
    }
    chosen.push(x);
    covered.add(key(f));
  }
  return chosen.sort((a, b) => a.i - b.i).map((x) => x.f);
}
