/**
 * Fact groups: the counts of one event, one measure and one subject, compared across sources. Each group
 * gets a status (agreed, conflicting, single-source, superseded, claim), every value with the sources that
 * report it, and a best estimate with a low–high range and a short reason.
 */
import type { Citation, CountMention, Fact, FactStatus, FactValue, Qualifier } from '../../model/schemas.js';
import { QUALIFIER_PRECISION, allCompatible, describe, interval } from './values.js';

/** Subject words that name the same group of people for counting purposes. */
const SUBJECT_GROUPS: Record<string, string> = {
  people: 'people', persons: 'people', person: 'people', individuals: 'people', others: 'people', residents: 'people',
  citizens: 'people', victims: 'people', civilians: 'civilians', children: 'children', kids: 'children', minors: 'children',
  child: 'children', soldiers: 'soldiers', troops: 'soldiers', servicemen: 'soldiers',
  // One group under the names a report gives it; "officers" alone, as an army has officers too.
  'police officers': 'officers', 'police officer': 'officers', cops: 'officers', cop: 'officers', policemen: 'officers',
  policeman: 'officers', policewomen: 'officers', policewoman: 'officers',
};

export function normaliseSubject(subject: string): string {
  return SUBJECT_GROUPS[subject.toLowerCase()] ?? subject.toLowerCase();
}

/** A count with what reconciliation needs to know about where it came from. */
export interface Reading {
  mention: CountMention;
  source: string;
  /** Evidence group: near-duplicate copies share one. */
  evidence: string;
  published: string | null;
  /** The cited sentence's position in its article. */
  sentence: number;
}

export function buildFact(id: string, eventId: string, measure: string, subject: string, readings: Reading[]): Fact {
  const facts = readings.filter((r) => !r.mention.isClaim);
  const basis = withoutLaterParts(facts.length > 0 ? facts : readings);
  const values = valuesOf(readings);
  const basisValues = valuesOf(basis);
  const evidence = new Set(basis.map((r) => r.evidence));
  let status: FactStatus;
  let claimant: string | null = null;
  if (facts.length === 0) {
    status = 'claim';
    claimant = mostCommon(readings.map((r) => r.mention.attribution?.party ?? 'an unnamed party'));
  } else if (allCompatible(basis.map((r) => interval(r.mention.value, r.mention.qualifier)))) {
    status = evidence.size > 1 ? 'agreed' : 'single-source';
  } else if (evidence.size === 1) {
    status = 'single-source';
  } else {
    status = isSuperseded(basis) ? 'superseded' : 'conflicting';
  }
  return { id, eventId, measure, subject, status, claimant, values, estimate: estimate(status, basisValues, basis, evidence.size) };
}

/**
 * A figure below one its own source stated earlier is a part of that toll, not a rival to it: a report
 * that says "two are dead" and later "one victim was pronounced dead at the scene" gives one toll and a
 * detail. Such readings stay among the fact's values, with their citations; status and estimate compare
 * the rest. A later, higher figure is kept (an update, or a slip the other sources outvote).
 */
function withoutLaterParts(readings: Reading[]): Reading[] {
  return readings.filter((r) => !readings.some((o) => o !== r && o.evidence === r.evidence && o.mention.value > r.mention.value
    && o.sentence < r.sentence));
}

interface ValueTally { value: number; qualifier: Qualifier; sources: Set<string>; evidence: Set<string>; citations: Citation[]; latest: string | null }

function tally(readings: Reading[]): ValueTally[] {
  const byKey = new Map<string, ValueTally>();
  for (const r of readings) {
    const key = `${r.mention.value}|${r.mention.qualifier}`;
    let t = byKey.get(key);
    if (!t) {
      t = { value: r.mention.value, qualifier: r.mention.qualifier, sources: new Set(), evidence: new Set(), citations: [], latest: null };
      byKey.set(key, t);
    }
    t.sources.add(r.source);
    t.evidence.add(r.evidence);
    if (!t.citations.some((c) => c.sentenceId === r.mention.citation.sentenceId)) t.citations.push(r.mention.citation);
    if (r.published && (!t.latest || r.published > t.latest)) t.latest = r.published;
  }
  return [...byKey.values()].sort((a, b) => b.evidence.size - a.evidence.size || a.value - b.value
    || QUALIFIER_PRECISION[b.qualifier] - QUALIFIER_PRECISION[a.qualifier]);
}

function valuesOf(readings: Reading[]): FactValue[] {
  return tally(readings).map((t) => ({ value: t.value, qualifier: t.qualifier, sources: [...t.sources].sort(), citations: t.citations }));
}

/** Qualifiers of a figure that bounds a toll from below only. */
const LOWER_BOUNDS = new Set<Qualifier>(['at least', 'more than']);

/** Wording of a rising toll inside a count's span ("the death toll rose to 16", "has risen to 20"). */
const RISE = /\b(?:rose|risen|rises|climbed|climbs|increased|jumped|mounted)\s+to\b/i;

/** The reading that says the toll rose to the highest figure of the group, if any. */
function risenTo(readings: Reading[]): Reading | undefined {
  const top = Math.max(...readings.map((r) => r.mention.value));
  return readings.find((r) => r.mention.value === top && RISE.test(r.mention.text));
}

/**
 * Later reports give a higher figure than every earlier one, or a report says the toll rose to the
 * highest figure: the old figures are superseded.
 */
function isSuperseded(readings: Reading[]): boolean {
  if (risenTo(readings) !== undefined) return true;
  const dated = readings.filter((r) => r.published !== null);
  if (dated.length < readings.length || dated.length < 2) return false;
  const latest = dated.reduce((m, r) => (r.published! > m ? r.published! : m), '');
  const earliest = dated.reduce((m, r) => (r.published! < m ? r.published! : m), latest);
  if (latest === earliest) return false;
  const newest = dated.filter((r) => r.published === latest).map((r) => r.mention.value);
  const older = dated.filter((r) => r.published! < latest).map((r) => r.mention.value);
  return Math.min(...newest) > Math.max(...older) && new Set(newest).size === 1;
}

function estimate(status: FactStatus, values: FactValue[], readings: Reading[], evidenceCount: number): Fact['estimate'] {
  const tallies = tally(readings);
  const numbers = readings.map((r) => r.mention.value);
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const others = (v: number) => values.filter((x) => x.value !== v).map((x) => describe(x.value, x.qualifier)).join(', ');
  if (status === 'superseded') {
    const risen = risenTo(readings);
    if (risen) return { best: risen.mention.value, low, high, reason: `a report says the toll rose to ${risen.mention.value}; earlier figures: ${others(risen.mention.value)}` };
    const latest = readings.reduce((m, r) => (r.published! > m.published! ? r : m));
    return { best: latest.mention.value, low, high, reason: `latest figure, reported on ${latest.published}; earlier reports said ${others(latest.mention.value)}` };
  }
  // Where every reading is compatible and one gives an exact figure ("6 injured" beside "at least 1", a
  // named victim), that figure is what the others bound. Otherwise the figure reported by the most
  // independent sources; among equals the more precise, then the higher (casualty tolls are revised
  // upwards far more often than down).
  const exact = tallies.filter((t) => t.qualifier === 'exact');
  const bounded = exact.length === 1 && allCompatible(readings.map((r) => interval(r.mention.value, r.mention.qualifier))) ? exact[0] : undefined;
  // Lower bounds only ("at least 1" from each single victim, "at least 2" from a report that names two):
  // every one holds, so the highest is the best (GVA casualties: killed 0.852 → 0.853, both 0.714 → 0.715).
  const floor = tallies.every((t) => LOWER_BOUNDS.has(t.qualifier)) ? [...tallies].sort((a, b) => b.value - a.value)[0] : undefined;
  const top = bounded ?? floor ?? [...tallies].sort((a, b) => b.evidence.size - a.evidence.size || QUALIFIER_PRECISION[b.qualifier] - QUALIFIER_PRECISION[a.qualifier] || b.value - a.value)[0];
  const shown = describe(top.value, top.qualifier);
  switch (status) {
    case 'agreed': return { best: top.value, low, high, reason: `${evidenceCount} independent sources give compatible figures; most say ${shown}` };
    case 'single-source': return { best: top.value, low, high, reason: `only one independent source reports it (${shown})` };
    case 'claim': return { best: top.value, low, high, reason: `a party's claim (${shown}), not confirmed in any report's own voice` };
    default: return { best: top.value, low, high, reason: `${top.evidence.size} of ${evidenceCount} independent sources say ${shown}; others say ${others(top.value)}` };
  }
}

function mostCommon(items: string[]): string {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}
