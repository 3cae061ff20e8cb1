/**
 * Reconcile stage: the articles of one story in; what they establish out. Counts are grouped by event
 * (place + day), measure and subject; each group is compared across independent sources (near-duplicate
 * copies count once) and given a status and a best estimate. Entities and quotes are merged across
 * articles; counts a party asserts in its own words are claims, listed by claimant.
 * Our own code: this is the product.
 */
import type { Claim, CountMention, Entity, Event, Fact, Quote } from '../../model/schemas.js';
import type { ArticleBundle } from '../../storage/store.js';
import { LEAD_SENTENCES, eventKeyString, eventOf, mainEvent, unifyByPerson, type EventKey, type EventModel, type SentenceContext } from './events.js';
import { buildFact, normaliseSubject, type Reading } from './facts.js';
import { mergeEntities, mergeQuotes } from './people.js';
import { speakerNamer, type SpeakerNamer } from './speakers.js';
import { backgroundCounts, deathsNoLeadTells, woundedWhoDied } from './background.js';
import { evidenceGroups } from './sources.js';
import { compatible, interval } from './values.js';
import { nameKey } from '../../text/names.js';

export { evidenceGroups } from './sources.js';
export { interval, compatible } from './values.js';

export interface ReconcileInput {
  storyId: string;
  articles: ArticleBundle[];
}

export interface ReconcileOutput {
  events: Event[];
  facts: Fact[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  /** Article id → evidence group id (near-duplicates share one). */
  evidence: Map<string, string>;
}

/** The order facts are listed in: the gravest measures first. */
const MEASURE_ORDER = ['killed', 'injured', 'hospitalized', 'missing', 'displaced', 'evacuated', 'arrested', 'rescued', 'damaged'];

export function reconcile(input: ReconcileInput): ReconcileOutput {
  const { articles } = input;
  const evidence = evidenceGroups(articles);
  const model = mainEvent(articles);

  const eventKeys = new Map<string, EventKey>();
  const groups = new Map<string, { event: string; measure: string; subject: string; readings: Reading[] }>();
  const assigned = articles.map((a) => assignEvents(a, model));
  followDiscourse(articles, assigned, model);
  unifyByPerson(articles, assigned, model);
  const position = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s.index] as const)));
  const sentenceText = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s.text] as const)));
  const outlived = woundedWhoDied(articles);
  const earlier = new Set([...backgroundCounts(articles, model), ...deathsNoLeadTells(articles)]);
  for (const [k, a] of articles.entries()) {
    const events = assigned[k];
    for (const [i, c] of a.extraction.counts.entries()) {
      if (outlived.has(`${k}:${i}`) || earlier.has(`${k}:${i}`)) continue;
      // "Twelve were injured, four of them seriously": a part with its whole's measure and subject is a
      // subset qualified in words the count does not keep; compared with the whole it would look like a
      // conflict (or replace it), so it stays out of the fact groups.
      const whole = c.partOf === null ? undefined : a.extraction.counts[c.partOf];
      if (whole && whole.measure === c.measure && normaliseSubject(whole.subject) === normaliseSubject(c.subject)) continue;
      const ev = events[i];
      const evKey = eventKeyString(ev);
      eventKeys.set(evKey, ev);
      const subject = normaliseSubject(c.subject);
      // A party's claims stay apart from reported figures and from other parties' claims: two sides'
      // tallies of "soldiers killed" are two assertions, not one figure to reconcile.
      const claimant = c.isClaim ? `#claim:${(c.attribution?.party ?? '').toLowerCase()}` : '';
      const key = `${evKey}#${c.measure}#${subject}${claimant}`;
      let g = groups.get(key);
      if (!g) {
        g = { event: evKey, measure: c.measure, subject, readings: [] };
        groups.set(key, g);
      }
      g.readings.push({
        mention: memberOfGroup(c, sentenceText.get(c.citation.sentenceId) ?? '') ? { ...c, qualifier: 'at least' } : c, source: a.article.source, evidence: evidence.get(a.article.id)!, published: a.article.published,
        sentence: position.get(c.citation.sentenceId) ?? Number.MAX_SAFE_INTEGER,
      });
    }
  }

  // Events: the main one first, then the others by date.
  const mainKey = eventKeyString(model.main);
  const orderedEvents = [...eventKeys.entries()].sort(([ka, a], [kb, b]) =>
    (ka === mainKey ? -1 : kb === mainKey ? 1 : 0) || (a.date ?? '9999') .localeCompare(b.date ?? '9999') || ka.localeCompare(kb));
  const eventIds = new Map(orderedEvents.map(([k], i) => [k, `e${i + 1}`]));
  const events: Event[] = orderedEvents.map(([k, e]) => ({
    id: eventIds.get(k)!, label: eventLabel(e, k === mainKey), place: e.place, date: e.date,
  }));

  const rank = (m: string) => (MEASURE_ORDER.indexOf(m) + 1 || MEASURE_ORDER.length + 1);
  // Within an event and a measure, the whole toll ("people") before its parts ("children").
  const whole = (subject: string) => (subject === 'people' ? 0 : 1);
  const ordered = [...groups.values()].sort((a, b) => eventIds.get(a.event)!.localeCompare(eventIds.get(b.event)!, undefined, { numeric: true })
    || rank(a.measure) - rank(b.measure) || whole(a.subject) - whole(b.subject) || b.readings.length - a.readings.length
    || a.subject.localeCompare(b.subject));
  const facts = deriveWounded(ordered.map((g, i) => buildFact(`f${i + 1}`, eventIds.get(g.event)!, g.measure, g.subject, g.readings)),
    eventIds.get(mainKey) ?? (events.length === 1 ? events[0].id : null));

  const entities = mergeEntities(articles.flatMap((a) => a.extraction.entities));
  // A party is named as the story knows it, the same way in the facts table, the claims and the quotes.
  const nameSpeaker = speakerNamer(articles, entities);
  for (const f of facts) if (f.claimant) f.claimant = nameSpeaker(f.claimant);
  const quotes = mergeQuotes(articles.flatMap((a) => a.extraction.quotes), nameSpeaker);
  const claims = claimsOf(articles, nameSpeaker);
  return { events, facts, entities, quotes, claims, evidence };
}

/**
 * Events for one article's counts. A count with no place or day of its own (nor in its sentence) is read
 * as the main event's, unless the same article gives the same figure for the same measure at another
 * event and never at the main one: then it repeats that figure ("four fatalities had been confirmed",
 * after "strikes on another city, killing four").
 */
function assignEvents(a: ArticleBundle, model: EventModel): EventKey[] {
  const context = new Map<string, SentenceContext>();
  const text = new Map(a.sentences.map((s) => [s.id, s.text]));
  const lead = new Set(a.sentences.slice(0, LEAD_SENTENCES).map((s) => s.id));
  const at = (id: string) => {
    let c = context.get(id);
    if (!c) context.set(id, (c = { places: [], dates: [], separate: SEPARATE_EVENT.test(text.get(id) ?? ''), lead: lead.has(id) }));
    return c;
  };
  for (const e of a.extraction.entities) if (e.type === 'place') at(e.citation.sentenceId).places.push(e.name);
  // "X, Ukraine's second city": the region after a place and a comma qualifies that place; it does not say
  // the sentence is set in the story's country.
  for (const [id, c] of context) c.places = c.places.filter((p) => !c.places.some((q) => q !== p && (text.get(id) ?? '').includes(`${q}, ${p}`)));
  for (const d of a.extraction.dates) at(d.citation.sentenceId).dates.push(d.date);
  const counts = a.extraction.counts;
  const events = counts.map((c) => eventOf(c, model, at(c.citation.sentenceId)));
  const mainKey = eventKeyString(model.main);
  counts.forEach((c, i) => {
    const ctx = context.get(c.citation.sentenceId);
    const unanchored = c.place === null && c.date === null && !ctx?.places.length && !ctx?.dates.length;
    if (!unanchored || eventKeyString(events[i]) !== mainKey) return;
    const same = (j: number) => j !== i && counts[j].measure === c.measure && counts[j].value === c.value;
    const elsewhere = counts.findIndex((_, j) => same(j) && eventKeyString(events[j]) !== mainKey);
    const atMain = counts.some((_, j) => same(j) && eventKeyString(events[j]) === mainKey);
    if (elsewhere >= 0 && !atMain) events[i] = events[elsewhere];
  });
  // "Three of the firefighters died.": a share of a group the sentence before counted belongs to that count's event.
  const indexOf = new Map(a.sentences.map((s) => [s.id, s.index]));
  counts.forEach((c, i) => {
    const ctx = context.get(c.citation.sentenceId);
    if (c.place !== null || c.date !== null || ctx?.places.length || ctx?.dates.length || eventKeyString(events[i]) !== mainKey) return;
    if (!PARTITIVE_OPENING.test(text.get(c.citation.sentenceId) ?? '')) return;
    const before = indexOf.get(c.citation.sentenceId)! - 1;
    const previous = counts.map((_, j) => j).filter((j) => indexOf.get(counts[j].citation.sentenceId) === before);
    const keys = new Set(previous.map((j) => eventKeyString(events[j])));
    if (keys.size === 1 && !keys.has(mainKey)) events[i] = events[previous[0]];
    if (previous.length > 0) return;
    // The sentence before counted its group in words the count reader passed over ("a dozen firefighters
    // were hurt at a blaze in Harlow"): the share is set where that sentence is, when it names a place outside the story's.
    const prior = a.sentences.find((x) => x.index === before);
    const priorContext = prior ? context.get(prior.id) : undefined;
    const where = priorContext?.places.find((p) => !model.setting.has(nameKey(p)));
    if (where) events[i] = { placeKey: nameKey(where), place: where, date: priorContext?.dates[0] ?? model.main.date };
  });
  return events;
}

/**
 * "One of the people hurt in the crash was a teacher": the number counts members of the hurt, picked
 * out for something else; it says at least that many were hurt, not how many. (In "Three of the firefighters
 * died" the measure is the sentence's own and the count is exact.)
 */
const MEMBER_OF_COUNTED_GROUP = /^\s*(?:[\p{L}-]+|\d+)\s+of\s+(?:the|those|these)\s+(?:[\p{L}-]+\s+){0,2}?(hurt|injured|wounded|killed|dead|shot)\b/iu;
const GROUP_MEASURE: Record<string, string> = { hurt: 'injured', injured: 'injured', wounded: 'injured', killed: 'killed', dead: 'killed', shot: 'shot' };

function memberOfGroup(c: CountMention, sentence: string): boolean {
  const m = c.qualifier === 'exact' ? MEMBER_OF_COUNTED_GROUP.exec(sentence) : null;
  return m !== null && GROUP_MEASURE[m[1].toLowerCase()] === c.measure;
}

/** A sentence opening with a share of a group named before: "Three of the firefighters…", "Two of those hurt…". */
const PARTITIVE_OPENING = /^\s*(?:[\p{L}-]+|\d+)\s+of\s+(?:the|those|these|them)\b/iu;

/**
 * Wording that sets a sentence apart from the story's event: "in a separate incident", "in another
 * attack", "in an unrelated shooting". Its counts are another event's, at the first place it names outside
 * the story's setting (GVA casualties unchanged; the reference corpus's "in a separate incident, <city>,
 * <country>'s second city" toll no longer lands at the main event's place).
 */
const SEPARATE_EVENT = /\b(?:in|during)\s+(?:a\s+(?:separate|unrelated|different)|an\s+unrelated|another(?:\s+(?:separate|unrelated))?)\s+(?:incident|attack|strike|shooting|case)\b/i;

/**
 * People shot and not killed are the wounded: where sources say how many were shot (and how many died)
 * but none states how many were wounded, that figure is derived, marked with the facts it came from and
 * explained in its estimate. It is never stated in the brief, since no source sentence writes it.
 */
function deriveWounded(facts: Fact[], mainEventId: string | null): Fact[] {
  const out = [...facts];
  for (const eventId of new Set(facts.map((f) => f.eventId))) {
    const here = facts.filter((f) => f.eventId === eventId && f.status !== 'claim');
    // A wounded toll given only as a lower bound ("a man was wounded": at least one) does not say how many;
    // the derived figure, where higher, replaces it and keeps its values (GVA casualties: injured 0.772 →
    // 0.778, both 0.698 → 0.705; each half gains).
    const sourceCount = (f: Fact) => new Set(f.values.flatMap((v) => v.sources)).size;
    const shotFirst = toll(here, 'shot');
    // A wounded figure from one source where more sources give the number shot is outweighed by it, like a
    // lower bound ("four people were shot" twice beside "one was injured": GVA casualties injured 0.811 →
    // 0.814, both 0.740 → 0.743, one incident in each half).
    const outweighed = (f: Fact) => shotFirst !== undefined && f.status === 'single-source' && sourceCount(shotFirst) > sourceCount(f);
    const bound = here.find((f) => f.measure === 'injured' && f.subject === 'people' && (f.values.every((v) => LOWER_BOUNDS.has(v.qualifier)) || outweighed(f)));
    if (here.some((f) => f.measure === 'injured') && !bound) continue;
    // Where no one states how many were shot, the people taken to hospital are the wounded the report knows
    // of (GVA casualties: injured 0.814 → 0.815, both 0.743 → 0.744).
    const hospital = !toll(here, 'shot') ? toll(here, 'hospitalized') : undefined;
    const shot = toll(here, 'shot') ?? hospital;
    if (!shot) continue;
    const killed = hospital ? undefined : toll(here, 'killed');
    // Outside the main event, only where that event's own figures say how many died: a side event split off
    // by a stray place or day ("it remained unclear Monday how the child was shot") is most often the main
    // victim described again, and "shot, none reported killed" there would invent a wounded person
    // (GVA casualties: injured 0.680 → 0.708, both 0.576 → 0.602; each half of the incidents gains alike).
    if (eventId !== mainEventId && !killed) continue;
    // "Shot, none reported killed" where the story reports a death at another event (one split off by a
    // stray day or place): the person shot is most often that dead victim told of again.
    if (!killed && facts.some((f) => f.measure === 'killed' && f.status !== 'claim')) continue;
    const value = shot.estimate.best - (killed?.estimate.best ?? 0);
    // Replacing a stated bound needs a stated number shot ("more than 20 shot" bounds it no better).
    if (value <= 0 || (bound && (value <= bound.estimate.best || !shot.values.some((v) => v.value === shot.estimate.best && v.qualifier === 'exact')))) continue;
    const sources = [...new Set(shot.values.flatMap((v) => v.sources))].sort();
    const citations = [...shot.values, ...(killed?.values ?? [])].flatMap((v) => v.citations)
      .filter((c, i, all) => all.findIndex((x) => x.sentenceId === c.sentenceId) === i);
    const reason = `derived: ${shot.estimate.best} ${hospital ? 'taken to hospital' : 'shot'}${killed ? `, ${killed.estimate.best} of them killed` : ', none reported killed'}`;
    const derived: Fact = {
      id: bound?.id ?? `f${out.length + 1}`, eventId, measure: 'injured', subject: 'people', status: shot.status, claimant: null,
      values: [{ value, qualifier: 'exact', sources, citations }, ...(bound?.values ?? [])],
      estimate: {
        best: value, low: bound?.estimate.low ?? value, high: value,
        reason: bound ? `${reason}; sources state only a lower bound (${bound.estimate.best})` : `${reason}; no source states how many were wounded`,
      },
      derivedFrom: killed ? [shot.id, killed.id] : [shot.id],
    };
    if (bound) out[out.indexOf(bound)] = derived;
    else out.push(derived);
  }
  return out;
}

/** Qualifiers of a figure that bounds a toll from below only. */
const LOWER_BOUNDS = new Set(['at least', 'more than']);

/** The whole toll of a measure at an event: the "people" figure, else the largest group's (parts overlap). */
function toll(facts: Fact[], measure: string): Fact | undefined {
  const of = facts.filter((f) => f.measure === measure);
  return of.find((f) => f.subject === 'people') ?? of.sort((a, b) => b.estimate.best - a.estimate.best)[0];
}

/** How far back (in sentences) a figure with no place or day of its own may continue another event's account. */
const DISCOURSE_WINDOW = 2;

/**
 * A figure with no place or day of its own that closely follows a figure of another event in the same
 * article ("…a drone attack killed five in another city. Some of the 32 wounded limped out…") continues
 * that account — but only when no other source gives a compatible figure for the main event, so a main
 * figure that merely follows a digression stays where it is.
 */
function followDiscourse(articles: ArticleBundle[], assigned: EventKey[][], model: EventModel): void {
  const mainKey = eventKeyString(model.main);
  const index = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s.index] as const)));
  articles.forEach((a, k) => {
    const counts = a.extraction.counts;
    counts.forEach((c, i) => {
      if (c.place !== null || c.date !== null || eventKeyString(assigned[k][i]) !== mainKey) return;
      const at = index.get(c.citation.sentenceId) ?? 0;
      const previous = counts
        .map((o, j) => ({ o, j, d: at - (index.get(o.citation.sentenceId) ?? 0) }))
        .filter(({ j, d }) => d > 0 && d <= DISCOURSE_WINDOW && eventKeyString(assigned[k][j]) !== mainKey)
        .sort((x, y) => x.d - y.d)[0];
      if (!previous) return;
      const mine = interval(c.value, c.qualifier);
      const corroborated = articles.some((b, m) => m !== k && b.extraction.counts.some((o, j) =>
        o.measure === c.measure && normaliseSubject(o.subject) === normaliseSubject(c.subject)
        && eventKeyString(assigned[m][j]) === mainKey && compatible(interval(o.value, o.qualifier), mine)));
      if (!corroborated) assigned[k][i] = assigned[k][previous.j];
    });
  });
}

/** A label that reads on its own; place and date are also separate fields, so renderers may show them. */
function eventLabel(e: EventKey, main: boolean): string {
  const where = e.place ? `in ${e.place}` : 'place not stated';
  const when = e.date ? `on ${e.date}` : 'day not stated';
  return `${main ? 'Main event' : 'Other event'} ${where}, ${when}`;
}

/** Counts a party asserts (in its own quoted words, or about its own actions): one claim per sentence. */
function claimsOf(articles: ArticleBundle[], nameSpeaker: SpeakerNamer): Claim[] {
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const a of articles) {
    for (const c of a.extraction.counts) {
      if (!c.isClaim || seen.has(c.citation.sentenceId)) continue;
      seen.add(c.citation.sentenceId);
      const sentence = a.sentences.find((s) => s.id === c.citation.sentenceId);
      const claimant = c.attribution ? nameSpeaker(c.attribution.party) : 'an unnamed party';
      out.push({ claimant, text: closeQuote(sentence?.text ?? c.text), citations: [c.citation] });
    }
  }
  return out;
}

/**
 * A sentence taken from a quotation that runs on into the next sentence ("“As of now, 14 … children.")
 * gets its closing mark, so the claim reads as the quote it is rather than an unclosed one.
 */
export function closeQuote(text: string): string {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens > closes) return `${text}”`;
  if ((text.match(/"/g) ?? []).length % 2 === 1 && /^\s*"/.test(text)) return `${text}"`;
  return text;
}
