/**
 * Which event each count belongs to. A story has a main event (the place and day its leads report); a count
 * stated for another place, or another day, belongs to another event and is never mixed with the main one.
 */
import type { CountMention } from '../../model/schemas.js';
import type { ArticleBundle } from '../../storage/store.js';
import { nameKey, splitName } from '../../text/names.js';
import { lexiconPlaceKind, STREET_SUFFIXES } from '../extract/lexicon.js';

/** Sentences at the top of an article that state its event. */
export const LEAD_SENTENCES = 3;
/** A place named in at least this share of the articles' leads is the story's setting, not another event. */
const SETTING_SHARE = 0.5;
/**
 * Votes for the main event's place. A place in a locative phrase ("in X", "on the city of X") is where
 * something happened; a place as an actor ("by Russia", "Ukraine said") is not, and barely counts.
 */
const VOTE_COUNT_PLACE = 2;
const VOTE_LOCATIVE = 2;
const VOTE_OTHER_MENTION = 0.25;
/** "the city of X", "town of X": the most specific statement of where an event happened. */
const VOTE_SETTLEMENT = 3;
const SETTLEMENT_BEFORE = /\b(?:city|town|village|suburb|district|neighbou?rhood|borough|township|port|hamlet)\s+of\s+$/iu;
const LOCATIVE_BEFORE = /\b(?:in|on|at|near|outside|inside|across|around|of|into|from|hit|struck|targeted|shelled|attacked)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}$/iu;

function placeVote(sentence: string, name: string): number {
  const at = sentence.indexOf(name);
  if (at <= 0) return VOTE_OTHER_MENTION;
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (SETTLEMENT_BEFORE.test(before)) return VOTE_SETTLEMENT;
  return LOCATIVE_BEFORE.test(before) ? VOTE_LOCATIVE : VOTE_OTHER_MENTION;
}

/**
 * A place written right after a place of the setting and a comma ("Springfield, Ill.", "X, Ukraine") is the
 * region that contains it: part of the setting too, at a larger scale. Adds such places to `setting`
 * (GVA casualties: injured 0.791 → 0.793, both 0.717 → 0.718: a dateline's state no longer splits a toll off).
 */
function addRegions(articles: ArticleBundle[], setting: Set<string>, votes: Map<string, { votes: number; name: string }>): void {
  const names = [...setting].map((k) => votes.get(k)?.name).filter((n): n is string => n !== undefined && n.length > 0);
  if (names.length === 0) return;
  const before = new RegExp(`(?:${names.map(escape).join('|')}),\\s*$`, 'iu');
  for (const a of articles) {
    const text = new Map(a.sentences.map((s) => [s.id, s.text]));
    for (const e of a.extraction.entities) {
      if (e.type !== 'place' || setting.has(nameKey(e.name))) continue;
      const sentence = text.get(e.citation.sentenceId) ?? '';
      const at = sentence.indexOf(e.name);
      if (at > 0 && before.test(sentence.slice(Math.max(0, at - 60), at))) setting.add(nameKey(e.name));
    }
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface EventKey { placeKey: string | null; place: string | null; date: string | null }

export interface EventModel {
  main: EventKey;
  /** Place keys that describe the main event's setting at any scale (the city, its region, its country). */
  setting: Set<string>;
}

/** Share of the wider area's votes a town needs to be the main event's place in its stead. */
const FINER_PLACE_SHARE = 0.5;

/** A region or a country, as compromise's lexicon knows it: wider than where an event happens. */
function isWideArea(name: string): boolean {
  const kind = lexiconPlaceKind(name.toLowerCase());
  return kind === 'region' || kind === 'country';
}

export function mainEvent(articles: ArticleBundle[]): EventModel {
  const placeVotes = new Map<string, { votes: number; name: string }>();
  const dateVotes = new Map<string, number>();
  const leadPlaces = new Map<string, Set<string>>();
  for (const a of articles) {
    const leadSentences = new Map(a.sentences.slice(0, LEAD_SENTENCES).map((s) => [s.id, s.text]));
    const lead = new Set(leadSentences.keys());
    for (const c of a.extraction.counts) {
      if (!lead.has(c.citation.sentenceId)) continue;
      if (c.place) vote(placeVotes, nameKey(c.place), c.place, VOTE_COUNT_PLACE);
      if (c.date) dateVotes.set(c.date, (dateVotes.get(c.date) ?? 0) + 2);
    }
    for (const e of a.extraction.entities) {
      if (e.type !== 'place' || !lead.has(e.citation.sentenceId)) continue;
      const key = nameKey(e.name);
      vote(placeVotes, key, e.name, placeVote(leadSentences.get(e.citation.sentenceId)!, e.name));
      if (!leadPlaces.has(key)) leadPlaces.set(key, new Set());
      leadPlaces.get(key)!.add(a.article.id);
    }
    for (const d of a.extraction.dates) if (lead.has(d.citation.sentenceId)) dateVotes.set(d.date, (dateVotes.get(d.date) ?? 0) + 1);
  }
  const ranked = [...placeVotes.entries()].sort((x, y) => y[1].votes - x[1].votes || (x[0] < y[0] ? -1 : 1));
  // A state or a country leads the votes when every report names it and few the town ("North Carolina
  // shooting", "in Millbrook"): the main event is where it happened, the finer place, with the wider one in
  // its setting.
  let topPlace = ranked[0];
  if (topPlace && isWideArea(topPlace[1].name)) {
    const finer = ranked.find(([, v]) => !isWideArea(v.name) && v.votes >= topPlace[1].votes * FINER_PLACE_SHARE);
    if (finer) topPlace = finer;
  }
  const topDate = [...dateVotes.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? 1 : -1))[0];
  const setting = new Set<string>();
  for (const [key, ids] of leadPlaces) if (ids.size >= Math.max(2, Math.ceil(articles.length * SETTING_SHARE))) setting.add(key);
  if (topPlace) setting.add(topPlace[0]);
  if (ranked[0] && ranked[0] !== topPlace) setting.add(ranked[0][0]);
  addRegions(articles, setting, placeVotes);
  return {
    main: { placeKey: topPlace?.[0] ?? null, place: topPlace?.[1].name ?? null, date: topDate?.[0] ?? null },
    setting,
  };
}

/**
 * What the count's own sentence states besides the count: its places, its resolved dates, and whether it
 * says it tells of another incident ("in a separate attack").
 */
export interface SentenceContext { places: string[]; dates: string[]; separate?: boolean; lead?: boolean }

/**
 * The event a count reports: the main one unless it, or failing that its sentence, names another place
 * (one that is not part of the story's setting) or another day, or the sentence says it tells of a separate
 * incident (then at the first place it names outside the setting, if any).
 */
export function eventOf(count: CountMention, model: EventModel, context: SentenceContext = { places: [], dates: [] }): EventKey {
  let place = count.place;
  if (context.separate) {
    const elsewhere = [place, ...context.places].find((p) => p !== null && !model.setting.has(nameKey(p))) ?? null;
    return { placeKey: elsewhere ? nameKey(elsewhere) : null, place: elsewhere, date: count.date ?? context.dates[0] ?? null };
  }
  if (place === null && context.places.length > 0 && !context.places.some((p) => model.setting.has(nameKey(p)))) place = context.places[0];
  const date = count.date ?? context.dates[0] ?? null;
  const placeKey = place ? nameKey(place) : null;
  // The main day: stated, or implied by an undated count in an article's lead.
  const mainDay = date === null ? context.lead === true : model.main.date !== null && sameDay(date, model.main.date);
  const otherPlace = placeKey !== null && !model.setting.has(placeKey) && !isStreet(place!) && !(mainDay && widerThanMain(place!, model));
  const otherDay = date !== null && model.main.date !== null && !sameDay(date, model.main.date)
    && !(count.measure === 'killed' && !otherPlace && diedOfWounds(date, model.main.date));
  if (!otherPlace && !otherDay) return model.main;
  return {
    placeKey: otherPlace ? placeKey : model.main.placeKey,
    place: otherPlace ? place : model.main.place,
    date: date ?? model.main.date,
  };
}

/**
 * A count dated the day after the main event reports the main event: a victim who "died Friday" of
 * Thursday's shooting, a toll "confirmed Friday". The day before is another event (GVA casualties: killed
 * 0.853 → 0.856, injured 0.790 → 0.791, both 0.715 → 0.717, each half gains or holds; counting the day
 * before too gained killed in one half and lost injured in the other).
 */
function sameDay(date: string, main: string): boolean {
  return date === main || (date > main && Date.parse(date) - Date.parse(main) <= DAY_MS);
}
const DAY_MS = 86_400_000;

/**
 * Days after the main event within which a death at its place is its victim dying of their wounds ("He died
 * Thursday night", four days after Sunday's shooting), not another killing there. GVA casualties, 7 days:
 * injured 0.824 → 0.825, both 0.756 → 0.758 (halves by id/10: one incident gains in the first, the second
 * holds); 3 days changed nothing, 30 the same as 7.
 */
const DIED_OF_WOUNDS_DAYS = 7;

function diedOfWounds(date: string, main: string): boolean {
  return date > main && Date.parse(date) - Date.parse(main) <= DIED_OF_WOUNDS_DAYS * DAY_MS;
}

/** Last words of an administrative area wider than a town ("Avon County", "Lake Parish", "East Region"). */
const AREA_WORDS = new Set(['county', 'parish', 'province', 'region', 'oblast', 'state', 'district', 'territory', 'governorate', 'prefecture']);

/**
 * A count on the main event's day, or undated in an article's lead, placed in an area wider than the main
 * event's town (its state, region or country, a county or parish) tells of the main event at a larger scale
 * ("a teenager was killed in Ostria on Tuesday"), not of another event: another killing that day would
 * be placed in its own town. Undated counts further down are often background figures for the wider area.
 */
function widerThanMain(place: string, model: EventModel): boolean {
  if (model.main.place === null || isWideArea(model.main.place) || isArea(model.main.place)) return false;
  return isWideArea(place) || isArea(place);
}

/** "East Ostria", "Northern Ostria": a part of a region or country is as wide as a town's surroundings go. */
const COMPASS_PART = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+/i;

function isArea(place: string): boolean {
  if (AREA_WORDS.has(place.trim().split(/\s+/).pop()?.toLowerCase() ?? '')) return true;
  const rest = place.trim().replace(COMPASS_PART, '');
  return rest !== place.trim() && isWideArea(rest);
}

/**
 * A street, a road, a court: a finer address inside the story's setting ("another home on Elm Drive"),
 * not another place. Only another city, region or country, or another day, makes another event.
 */
function isStreet(place: string): boolean {
  const last = place.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return STREET_SUFFIXES.has(last);
}

export function eventKeyString(k: EventKey): string {
  return `${k.placeKey ?? '?'}|${k.date ?? '?'}`;
}

function vote(m: Map<string, { votes: number; name: string }>, key: string, name: string, n: number): void {
  if (!key) return;
  const cur = m.get(key);
  if (cur) cur.votes += n;
  else m.set(key, { votes: n, name });
}

/** Shorter name tokens (initials, particles) identify no one. */
const MIN_SURNAME = 3;

/**
 * One person, one event: a count assigned to another event, whose sentence names a person that a main-event
 * count's sentence also names, reports the main event — the place that set it apart was a finer description
 * of the same scene ("shot at the X apartments" beside "killed in Y"), not another incident. Only on a
 * compatible day, and only for people the story does not quote or cite as a source: an official who speaks
 * about two attacks links nothing. Rewrites `assigned` in place.
 */
export function unifyByPerson(articles: ArticleBundle[], assigned: EventKey[][], model: EventModel): void {
  const mainKey = eventKeyString(model.main);
  const speakers = new Set<string>();
  for (const a of articles) {
    for (const q of a.extraction.quotes) if (q.speaker) speakers.add(nameKey(q.speaker));
    for (const c of a.extraction.counts) if (c.attribution) speakers.add(nameKey(c.attribution.party));
  }
  const peopleOf = (a: ArticleBundle, sentenceId: string): string[] => a.extraction.entities
    .filter((e) => e.type === 'person' && e.citation.sentenceId === sentenceId)
    .filter((e) => { const k = nameKey(e.name); return k !== '' && ![...speakers].some((s) => s.includes(k) || k.includes(s)); })
    // By surname, so "Smith" later in a report is the "John Smith" of its lead.
    .map((e) => nameKey(splitName(e.name)?.surname ?? ''))
    .filter((k) => k.length >= MIN_SURNAME);
  const atMain = new Set<string>();
  articles.forEach((a, k) => a.extraction.counts.forEach((c, i) => {
    if (eventKeyString(assigned[k][i]) === mainKey) for (const p of peopleOf(a, c.citation.sentenceId)) atMain.add(p);
  }));
  if (atMain.size === 0) return;
  articles.forEach((a, k) => a.extraction.counts.forEach((c, i) => {
    const ev = assigned[k][i];
    if (eventKeyString(ev) === mainKey) return;
    if (ev.date !== null && model.main.date !== null && ev.date !== model.main.date) return;
    if (peopleOf(a, c.citation.sentenceId).some((p) => atMain.has(p))) assigned[k][i] = model.main;
  }));
}
