/**
 * Extract stage: what one article says. Input: the article's sentences and its publication date.
 * Output: counts, named entities, resolved dates and quotes, each citing the sentence it came from.
 * No hidden state; no network; no model download.
 *
 * Order of work (each step reads the ones before it):
 *   1. tokens of each sentence (cut at `maxSentenceChars`); sentences that do not look English are skipped
 *   2. entities, typed by cues pooled over the whole article (entities.ts)
 *   3. dates, resolved with chrono against the publication date (dates.ts)
 *   4. attribution clauses ("X said", "according to X") (attribution.ts), with "he"/"she" resolved to the
 *      most recent person named as a speaker or subject before (speakers.ts)
 *   5. direct quotes between quotation marks (quotes.ts), then indirect speech from the remaining
 *      attributions (quote-groups.ts)
 *   6. counts, with the attribution, place and date of their sentence (counts.ts)
 *
 * The claim rule for counts (`isClaim`): a count is a party's assertion rather than reported fact when
 *   - it sits inside a direct quotation (the party's own words), or
 *   - its cue is a claiming verb (claimed, alleged, asserted, insisted), or
 *   - the party says it itself did something ("the ministry said it had targeted ...", "the group said it
 *     killed 20 soldiers"), unless the party is a routine source of figures (officials, authorities,
 *     police, emergency services, hospitals, coroners, rescuers: "police said they arrested three").
 * Routine sourcing of figures ("at least 50 were wounded, emergency services said") is reported fact.
 */
import type { CountMention, DateMention, EntityMention, Extraction, PersonMention, Sentence } from '../../model/schemas.js';
import { findAttributions, type AttributionSpan } from './attribution.js';
import { findCounts } from './counts.js';
import { victimClauses } from './victims.js';
import { findDates, type DateSpan } from './dates.js';
import { datelinePlace } from './dateline.js';
import { findPeople } from './people-roles.js';
import { findEntities, type EntitySpan } from './entities.js';
import {
  BELIEF_CUES, CLAIM_CUES, COUNT_PLACE_PREPOSITIONS, ENGLISH_FUNCTION_WORDS, PARTISAN_WORDS, ROUTINE_SOURCE_WORDS,
} from './lexicon.js';
import { cite, directQuotes, indirectQuotes, isQuoted } from './quote-groups.js';
import { resolveParties } from './speakers.js';
import { spanText, stripPossessive, tokenize, type Token } from './tokens.js';

export { dateFromUrl } from './dates.js';

export interface ExtractInput {
  articleId: string;
  /** The article's publication day (YYYY-MM-DD), if known. Relative dates resolve against it. */
  published: string | null;
  /** True when `published` was inferred, not given: dates resolved against it are marked inferred. */
  publishedInferred: boolean;
  sentences: Sentence[];
}

export interface ExtractOptions {
  /** Sentences longer than this (characters) are scanned only up to it, keeping time linear. */
  maxSentenceChars: number;
}

export function defaultExtractOptions(): ExtractOptions {
  return Object.freeze({ maxSentenceChars: 2_000 });
}

export type ExtractOutput = Extraction;

/**
 * A sentence of `NON_ENGLISH_MIN_WORDS` words or more with no English function word, or of
 * `LONG_SENTENCE_WORDS` or more with only one, is not English and is skipped ("in", "a", "die" are words
 * of other languages too; English prose has several in any long sentence).
 */
const NON_ENGLISH_MIN_WORDS = 8;
const LONG_SENTENCE_WORDS = 14;

/** Everything known about one sentence while the article is read. */
export interface SentenceWork {
  sentence: Sentence;
  text: string;
  tokens: Token[];
  skip: boolean;
  entities: EntitySpan[];
  dates: DateSpan[];
  attributions: AttributionSpan[];
  /** Per attribution: the party with pronouns resolved (null when a pronoun could not be resolved). */
  parties: (string | null)[];
  /** Per attribution: the speaker quotes report, resolved to a named person where the article allows. */
  speakers: (string | null)[];
  /** Per attribution: it introduces a direct quote, so it is not repeated as indirect speech. */
  introducesQuote: boolean[];
  /** Token ranges inside direct quotes, with the quote's speaker and cue. */
  quoted: { from: number; to: number; speaker: string | null; cue: string | null; reported: boolean }[];
}

export function extract(input: ExtractInput, options: ExtractOptions = defaultExtractOptions()): ExtractOutput {
  const work: SentenceWork[] = input.sentences.map((sentence) => {
    const text = sentence.text.length > options.maxSentenceChars ? sentence.text.slice(0, options.maxSentenceChars) : sentence.text;
    const tokens = tokenize(text);
    return { sentence, text, tokens, skip: !looksEnglish(tokens), entities: [], dates: [], attributions: [], parties: [], speakers: [], introducesQuote: [], quoted: [] };
  });

  const entitySpans = findEntities(work.map((w) => w.tokens), work.map((w) => w.text), work.map((w) => w.skip));
  for (let s = 0; s < work.length; s++) {
    const w = work[s];
    w.entities = entitySpans[s];
    if (w.skip) continue;
    w.dates = findDates(w.text, input.published, input.publishedInferred);
    w.attributions = findAttributions(w.text, w.tokens);
    w.introducesQuote = w.attributions.map(() => false);
  }
  resolveParties(work);

  // Direct and indirect quotes, in the order of the sentence they start in (the sort is stable); reported
  // beliefs and stances ("X thinks ...", "X praised ...") are kept apart from what parties said.
  const direct = directQuotes(work);
  const indirect = indirectQuotes(work);
  const quotes = [...direct, ...indirect.filter((q) => q.kind === 'speech')].sort((a, b) => a.sentence - b.sentence).map((q) => q.quote);
  const attributions = indirect.filter((q) => q.kind !== 'speech').map((q) => q.quote);

  return {
    counts: counts(work),
    entities: entities(work),
    dates: dates(work),
    quotes,
    attributions,
    ...datelineOf(input.sentences),
    ...peopleOf(work),
  };
}

/** `{ people }`: victims and suspects with their roles and ages, when the article names or describes any. */
function peopleOf(work: SentenceWork[]): { people?: PersonMention[] } {
  const found = findPeople(work.map((w) => ({
    text: w.skip ? '' : w.text,
    persons: w.skip ? [] : w.entities.filter((e) => e.type === 'person').map((e) => {
      const start = w.tokens[e.start].start;
      // The name without its possessive ("Doe" of "Doe's"), so "'s body" reads after it.
      return { name: e.name, start, end: w.text.startsWith(e.name, start) ? start + e.name.length : w.tokens[e.end - 1].end };
    }),
  })));
  return found.length === 0 ? {} : { people: found.map((p) => ({ name: p.name, age: p.age, role: p.role, citation: cite(work[p.sentence]) })) };
}

/** Sentences a date line may sit in: a headline and a site's name may come first. */
const DATELINE_SENTENCES = 3;

/** `{ dateline }` when the article's first sentences open with one, else nothing. */
function datelineOf(sentences: Sentence[]): { dateline?: string } {
  const place = datelinePlace(sentences.slice(0, DATELINE_SENTENCES).map((s) => s.text).join(' '));
  return place === null ? {} : { dateline: place };
}

function looksEnglish(tokens: Token[]): boolean {
  let words = 0;
  let hits = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words += 1;
    if (ENGLISH_FUNCTION_WORDS.has(t.lower)) hits += 1;
    if (hits >= 2) return true;
  }
  if (words < NON_ENGLISH_MIN_WORDS) return true;
  return hits >= (words >= LONG_SENTENCE_WORDS ? 2 : 1);
}


// ---------------------------------------------------------------------------------------------------
// Counts, entities, dates.

function counts(work: SentenceWork[]): CountMention[] {
  const out: CountMention[] = [];
  for (const w of work) {
    if (w.skip) continue;
    const offset = out.length;
    for (const c of findCounts(w.tokens)) {
      const { attribution, isClaim } = attributionOf(w, c.numStart);
      out.push({
        value: c.value,
        qualifier: c.qualifier,
        measure: c.measure,
        subject: c.subject,
        partOf: c.partOf === null ? null : offset + c.partOf,
        place: placeOf(w),
        date: w.dates[0]?.date ?? null,
        attribution,
        isClaim,
        text: spanText(w.text, w.tokens, c.start, c.end),
        citation: cite(w),
      });
    }
    // A single victim the count reader cannot see ("a 16-year-old has died"), unless the sentence
    // already counts that measure.
    for (const v of victimClauses(w.text)) {
      const same = out.slice(offset).filter((c) => c.measure === v.measure);
      // "killing three, then himself": the killer's death is one more than the sentence's other deaths.
      const before = v.self ? same.filter((c) => c.partOf === null).reduce<CountMention | null>((m, c) => (m === null || c.value > m.value ? c : m), null) : null;
      if (same.length > 0 && before === null) continue;
      if (before !== null) before.partOf = out.length;
      const k = Math.max(0, w.tokens.findIndex((t) => t.start >= v.start));
      out.push({
        // One person named as hurt says nothing of how many others were: a lower bound, not a toll.
        value: before !== null ? before.value + 1 : v.people ?? 1, qualifier: before?.qualifier ?? 'at least', measure: v.measure, subject: 'people', partOf: null, place: placeOf(w),
        date: w.dates[0]?.date ?? null, ...attributionOf(w, k), text: w.text.slice(v.start, v.end), citation: cite(w),
      });
    }
  }
  return out;
}

function attributionOf(w: SentenceWork, k: number): Pick<CountMention, 'attribution' | 'isClaim'> {
  const quote = isQuoted(w, k);
  if (quote !== undefined) {
    // Inside a direct quotation: the speaker's own words, an assertion even when the speaker is unknown.
    return { attribution: quote.speaker === null ? null : { party: quote.speaker, cue: quote.cue, quoted: true }, isClaim: true };
  }
  let best: number | null = null;
  w.attributions.forEach((a, i) => {
    if (k < a.contentStart || k >= a.contentEnd) return;
    if (k >= a.partyStart && k < a.partyEnd) return;
    // Belief and evidence verbs ("police found two men shot") report what a party knows, not a figure it
    // gave; a stance ("police charged three men") is what a party did.
    if (a.kind !== 'speech' || BELIEF_CUES.has(a.cue.split(' ')[0])) return;
    if (best === null || a.contentEnd - a.contentStart < w.attributions[best].contentEnd - w.attributions[best].contentStart) best = i;
  });
  if (best === null) return { attribution: null, isClaim: false };
  const a = w.attributions[best];
  const party = w.parties[best] ?? a.party;
  const claimCue = CLAIM_CUES.has(a.cue.split(' ')[0]);
  return { attribution: { party, cue: a.cue, quoted: false }, isClaim: claimCue || (a.selfReport && !isRoutineSource(party)) };
}

/** The party is a routine source of figures (police, officials, emergency services...), not a belligerent. */
function isRoutineSource(party: string): boolean {
  const words = party.toLowerCase().split(/[\s-]+/).map(stripPossessive);
  if (words.some((x) => PARTISAN_WORDS.has(x))) return false;
  return words.some((x) => ROUTINE_SOURCE_WORDS.has(x));
}

/** The first place named after a locative preposition in the sentence ("in Springfield"), else null. */
function placeOf(w: SentenceWork): string | null {
  for (const e of w.entities) {
    if (e.type !== 'place') continue;
    const prev = w.tokens[e.start - 1];
    if (prev !== undefined && COUNT_PLACE_PREPOSITIONS.has(prev.lower)) return e.name;
  }
  return null;
}

function entities(work: SentenceWork[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const w of work) {
    const seen = new Set<string>();
    for (const e of w.entities) {
      const key = `${e.type}:${e.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: e.name, type: e.type, citation: cite(w) });
    }
  }
  return out;
}

function dates(work: SentenceWork[]): DateMention[] {
  const out: DateMention[] = [];
  for (const w of work) {
    for (const d of w.dates) out.push({ text: d.text, date: d.date, inferred: d.inferred, citation: cite(w) });
  }
  return out;
}
