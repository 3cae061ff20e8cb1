/**
 * Extract stage: what one article says. Input: the article's sentences and its publication date.
 * Output: counts, named entities, resolved dates and quotes, each citing the sentence it came from.
 * No hidden state; no network; no model download.
 *
 * Order of work (each step reads the ones before it):
 *   1. tokens of each sentence (cut at `maxSentenceChars`); sentences that do not look English are skipped
 *   2. entities, typed by cues pooled over the whole article (entities.ts)
 *   3. dates, resolved with chrono against the publication date (dates.ts)
 *   4. attribution clauses ("X said", "according to X"), with "he"/"she" resolved to the most recent
 *      person named as a speaker or subject before (attribution.ts)
 *   5. direct quotes between quotation marks, then indirect speech from the remaining attributions
 *      (quotes.ts)
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
import type { Citation, CountMention, DateMention, EntityMention, Extraction, PersonMention, QuoteMention, Sentence, TextRange } from '../../model/schemas.js';
import { findAttributions, type AttributionSpan } from './attribution.js';
import { findCounts } from './counts.js';
import { victimClauses } from './victims.js';
import { findDates, type DateSpan } from './dates.js';
import { datelinePlace } from './dateline.js';
import { findPeople } from './people-roles.js';
import { findEntities, type EntitySpan } from './entities.js';
import {
  BELIEF_CUES, CLAIM_CUES, COUNT_PLACE_PREPOSITIONS, ENGLISH_FUNCTION_WORDS, PARTISAN_WORDS, PERSON_PRONOUNS, ROLE_NOUNS, ROUTINE_SOURCE_WORDS,
} from './lexicon.js';
import { SCARE_QUOTE_MAX_WORDS, balanceQuoteMarks, findQuoteSpans, quoteAttribution, quoteText, quoteWordCount, type QuoteSpan, type SentenceView } from './quotes.js';
import { isQuoteMark, spanText, stripPossessive, tokenize, type Token } from './tokens.js';

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
/** Indirect speech needs at least this many words of content to be worth reporting. */
const MIN_INDIRECT_WORDS = 3;
/** A stance needs only its object ("endorsed Trump"). */
const MIN_STANCE_WORDS = 1;
/** A quote its cue opens widens to the cue's clause when this many words follow the closing mark in it. */
const MIN_MIXED_TAIL_WORDS = 2;

const REGEXPS = {
  sentenceEnd: /[.!?…]$/,
};

/** Everything known about one sentence while the article is read. */
interface SentenceWork {
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

function cite(w: SentenceWork): Citation {
  return { articleId: w.sentence.articleId, sentenceId: w.sentence.id };
}

// ---------------------------------------------------------------------------------------------------
// Speakers.

/**
 * Resolves each attribution's party, in article order, into `parties` (the party as counts report it) and
 * `speakers` (the entity quotes report):
 *   - "he"/"she" stand for the most recent person named as a speaker (or, failing that, the first person
 *     named in a sentence); "they"/"it"/"we" for the most recent party that is not a person;
 *   - "who"/"which" ("X, who said ...") for the noun phrase before it;
 *   - a party that holds a person's name ("Florida Sen. Jane Doe") is that person;
 *   - a definite description ("the senator", "the former governor") is the person last introduced with
 *     that role word ("Sen. Jane Doe", "Jane Doe, a senator"), when the article has one.
 * A pronoun with nothing to stand for resolves to null.
 */
function resolveParties(work: SentenceWork[]): void {
  let lastPerson: string | null = null;
  let lastGroup: string | null = null;
  const byRole = new Map<string, string>();
  for (const w of work) {
    let speakerPerson: string | null = null;
    let group: string | null = null;
    const personIn = (from: number, to: number) => w.entities.find((e) => e.type === 'person' && e.start >= from && e.end <= to);
    w.speakers = [];
    w.parties = w.attributions.map((a) => {
      if (a.antecedent !== undefined) {
        const person = personIn(a.antecedent[0], a.antecedent[1]);
        const name = person?.name ?? spanText(w.text, w.tokens, a.antecedent[0], a.antecedent[1]);
        if (person !== undefined) speakerPerson = person.name;
        w.speakers.push(name);
        return name;
      }
      if (a.pronoun) {
        const resolved = PERSON_PRONOUNS.has(w.tokens[a.partyStart].lower) ? speakerPerson ?? lastPerson : group ?? lastGroup;
        if (resolved !== null && PERSON_PRONOUNS.has(w.tokens[a.partyStart].lower)) speakerPerson = resolved;
        w.speakers.push(resolved);
        return resolved;
      }
      const person = personIn(a.partyStart, a.partyEnd);
      if (person !== undefined && !governedByThing(w.tokens, a.partyStart, person.start)) {
        speakerPerson = person.name;
        w.speakers.push(person.name);
        return a.party;
      }
      const described = describedPerson(w, a, byRole);
      if (described !== null) {
        speakerPerson = described;
        w.speakers.push(described);
        return a.party;
      }
      // "the country's president said ... “...,” he added": an unnamed person is still the one "he" stands
      // for (not a place the sentence names after it).
      if (ROLE_NOUNS.has(w.tokens[a.partyEnd - 1].lower)) speakerPerson = a.party;
      else group = a.party;
      w.speakers.push(a.party);
      return a.party;
    });
    for (const e of w.entities) if (e.type === 'person') for (const role of rolesOf(w, e)) byRole.set(role, e.name);
    const firstPerson = w.entities.find((e) => e.type === 'person');
    lastPerson = speakerPerson ?? firstPerson?.name ?? lastPerson;
    if (group !== null) lastGroup = group;
  }
}

/**
 * The name at `nameStart` is the complement of a thing noun inside the party ("the attack on Jane Doe's
 * town showed"), not the party: a lower-case noun that names no role stands before a preposition.
 */
function governedByThing(tokens: Token[], partyStart: number, nameStart: number): boolean {
  for (let k = partyStart + 1; k < nameStart; k++) {
    const noun = tokens[k - 1];
    if (THING_PREPOSITIONS.has(tokens[k].lower) && noun.kind === 'word' && !noun.cap && !ROLE_NOUNS.has(noun.lower) && !ROUTINE_SOURCE_WORDS.has(noun.lower)) return true;
  }
  return false;
}
const THING_PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'against', 'by', 'from', 'for']);

/** How far before a name its title may start ("former Florida Sen. Jane Doe"), and how long an apposition may run, in tokens. */
const TITLE_WINDOW = 4;
const APPOSITION_WINDOW = 8;

/** Role words a person is introduced with: the title before the name and an apposition after it (", a senator from ..."). */
function rolesOf(w: SentenceWork, e: EntitySpan): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, e.start - TITLE_WINDOW); k < e.start; k++) {
    const r = roleWord(w.tokens[k].lower);
    if (r !== null) out.push(r);
  }
  if (w.tokens[e.end]?.text === ',') {
    for (let k = e.end + 1; k < Math.min(w.tokens.length, e.end + 1 + APPOSITION_WINDOW); k++) {
      const t = w.tokens[k];
      if (t.kind === 'punct') break;
      const r = roleWord(t.lower);
      if (r !== null) out.push(r);
    }
  }
  return out;
}

/** A role noun in its full form ("sen." -> "senator"), or null. */
function roleWord(lower: string): string | null {
  const w = ROLE_ABBREVIATIONS[lower] ?? lower;
  return ROLE_NOUNS.has(w) || DESCRIPTOR_NOUNS.has(w) ? w : null;
}
const ROLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', sen: 'senator', 'gov.': 'governor', gov: 'governor', 'rep.': 'representative', 'pres.': 'president',
  'gen.': 'general', 'sgt.': 'sergeant', 'lt.': 'lieutenant', 'capt.': 'captain', 'det.': 'detective', 'atty.': 'attorney',
};
/** Nouns that describe a person in news copy beyond titles ("the billionaire", "the candidate"). */
const DESCRIPTOR_NOUNS = new Set([
  'representative', 'congressman', 'congresswoman', 'businessman', 'businesswoman', 'billionaire', 'nominee',
  'frontrunner', 'front-runner', 'republican', 'democrat', 'chancellor', 'premier', 'mogul', 'incumbent', 'challenger',
]);

/** "the senator", "the former governor": the person last introduced with the party's head noun, or null. */
function describedPerson(w: SentenceWork, a: AttributionSpan, byRole: Map<string, string>): string | null {
  const first = w.tokens[a.partyStart].lower;
  if (first !== 'the' && first !== 'this') return null;
  // People introduced earlier in this sentence count too ("Sen. Jane Doe spoke; the senator said ...").
  for (const e of w.entities) if (e.type === 'person' && e.end <= a.partyStart) for (const role of rolesOf(w, e)) byRole.set(role, e.name);
  const head = roleWord(w.tokens[a.partyEnd - 1].lower);
  return head === null ? null : byRole.get(head) ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Quotes.

/** A quote and the index of the sentence it starts in (for ordering). */
interface PlacedQuote {
  sentence: number;
  quote: QuoteMention;
  /** What the cue reports (speech, a belief, a stance); direct quotes are speech. */
  kind?: AttributionSpan['kind'];
}

/**
 * Direct quotes, grouped into attributions. A quote part joins the group before it when it continues the
 * same speaker: an interrupted quote ("“A,” she said. “B.”") and a quote running on into the next
 * paragraph are one attribution with several parts, as annotators of attribution (PARC, PolNeAR) read
 * them. A quote with no cue of its own inside the content of a reporting clause ("X said the plan was
 * “a disaster” for the city") is quoted wording of indirect speech and is left to `indirectQuotes`; a
 * quote opened by a cue whose clause runs on past the closing mark ("X said “it hurts” every time ...")
 * widens to that clause.
 */
function directQuotes(work: SentenceWork[]): PlacedQuote[] {
  const views: SentenceView[] = work.map((w) => ({ tokens: w.tokens, text: w.text, paragraph: w.sentence.paragraph, skip: w.skip }));
  const attributions = work.map((w) => w.attributions);
  const groups: QuoteGroup[] = [];
  for (const span of findQuoteSpans(views)) {
    const words = quoteWordCount(views, span);
    if (words === 0) continue;
    const found = quoteAttribution(views, attributions, span);
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined;
    if (found === null) {
      if (words <= SCARE_QUOTE_MAX_WORDS) continue; // a scare quote
      if (embeddingAttribution(work, span) !== null) {
        markQuoted(work, span, null, false); // quoted wording of indirect speech: reported with it
        continue;
      }
      if (last !== undefined && last.mixed === null && canInherit(work, last.parts[last.parts.length - 1], span)) {
        last.parts.push(span);
        continue;
      }
      groups.push({ parts: [span], found: null, mixed: null });
      continue;
    }
    if (last !== undefined && last.found !== null && last.mixed === null && last.found.sentence === found.sentence && last.found.index === found.index) {
      last.parts.push(span);
      continue;
    }
    work[found.sentence].introducesQuote[found.index] = true;
    groups.push({ parts: [span], found, mixed: mixedContent(work, found, span) });
  }

  const out: PlacedQuote[] = [];
  for (const g of groups) {
    const a = g.found === null ? null : work[g.found.sentence].attributions[g.found.index];
    const speaker = g.found === null ? null : work[g.found.sentence].speakers[g.found.index];
    const citations: Citation[] = [];
    const content: TextRange[] = [];
    const texts: string[] = [];
    for (const span of g.parts) {
      // Counts inside the quote name the party as written (as counts do everywhere), not the resolved speaker.
      const party = g.found === null ? null : work[g.found.sentence].parties[g.found.index];
      markQuoted(work, span, party === null ? null : { speaker: party, cue: a!.cue }, true);
      for (let s = span.openSentence; s <= span.closeSentence; s++) {
        if (!citations.some((c) => c.sentenceId === work[s].sentence.id)) citations.push(cite(work[s]));
      }
      if (g.mixed === null) {
        content.push(quoteRange(work, span));
        texts.push(quoteText(views, span));
      }
    }
    let text: string;
    if (g.mixed !== null) {
      const w = work[g.mixed.sentence];
      content.push(tokenRange(w, g.mixed.from, g.mixed.to));
      text = balanceQuoteMarks(spanText(w.text, w.tokens, g.mixed.from, g.mixed.to));
    } else {
      // Parts of an interrupted quote join with an ellipsis, unless the part before ends a sentence.
      text = texts.reduce((acc, t) => (acc === '' ? t : `${acc}${REGEXPS.sentenceEnd.test(acc) ? ' ' : ' … '}${t}`), '');
    }
    const fw = g.found === null ? null : work[g.found.sentence];
    out.push({
      sentence: g.parts[0].openSentence,
      quote: {
        speaker, cue: a?.cue ?? null, channel: a?.channel ?? null, text, direct: g.mixed === null, citations,
        party: a?.party ?? null,
        spans: { content, party: a === null ? null : tokenRange(fw!, a.sourceStart, a.sourceEnd), cue: a === null ? null : cueRange(fw!, a) },
      },
    });
  }
  return out;
}

/** Quote parts read as one attribution, with the attribution that introduces them (if any). */
interface QuoteGroup {
  parts: QuoteSpan[];
  found: { sentence: number; index: number } | null;
  /** The content widened to the clause of the attribution that opens the quote (token range of one sentence). */
  mixed: { sentence: number; from: number; to: number } | null;
}

function markQuoted(work: SentenceWork[], span: QuoteSpan, by: { speaker: string; cue: string } | null, reported: boolean): void {
  for (let s = span.openSentence; s <= span.closeSentence; s++) {
    const from = s === span.openSentence ? span.openToken + 1 : 0;
    const to = s === span.closeSentence ? span.closeToken : work[s].tokens.length;
    work[s].quoted.push({ from, to, speaker: by?.speaker ?? null, cue: by?.cue ?? null, reported });
  }
}

/** An attribution of the quote's sentence whose content holds the whole quote and starts before it, or null. */
function embeddingAttribution(work: SentenceWork[], span: QuoteSpan): number | null {
  if (span.openSentence !== span.closeSentence) return null;
  const list = work[span.openSentence].attributions;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.cueStart > span.openToken && a.cueStart < span.closeToken) continue;
    if (a.contentStart < span.openToken && a.contentEnd >= span.closeToken) return i;
    // "A, she said, has “...”": the quote sits in the statement's tail (which ends before final marks).
    const tail = a.contentTail;
    if (tail !== undefined && tail[0] <= span.openToken && work[span.openSentence].tokens.slice(tail[1], span.closeToken).every((t) => t.kind === 'punct')) return i;
  }
  return null;
}

/** For a quote its attribution opens ("X said “...” ..."): the attribution's content when it runs on past the quote. */
function mixedContent(work: SentenceWork[], found: { sentence: number; index: number }, span: QuoteSpan): QuoteGroup['mixed'] {
  const w = work[found.sentence];
  const a = w.attributions[found.index];
  if (span.openSentence !== found.sentence || span.closeSentence !== found.sentence || a.cueStart > span.openToken) return null;
  let words = 0;
  for (let k = span.closeToken + 1; k < a.contentEnd; k++) if (w.tokens[k].kind !== 'punct') words += 1;
  if (words < MIN_MIXED_TAIL_WORDS) return null;
  let to = a.contentEnd;
  while (to > a.contentStart && w.tokens[to - 1].kind === 'punct' && !isQuoteMark(w.tokens[to - 1])) to -= 1;
  return { sentence: found.sentence, from: a.contentStart, to };
}

/** The cue's range as attribution corpora mark it: the verb alone ("told", not "told reporters"), "according to", or a verb with its particle ("called for"). */
function cueRange(w: SentenceWork, a: AttributionSpan): TextRange {
  return tokenRange(w, a.cueStart, a.cue.startsWith('told') ? a.cueStart + 1 : a.cueEnd);
}

/** The article-text range of tokens [from, to) of a sentence. */
function tokenRange(w: SentenceWork, from: number, to: number): TextRange {
  return [w.sentence.start + w.tokens[from].start, w.sentence.start + w.tokens[to - 1].end];
}

/** The article-text range between a quote's marks (to the end of its last sentence when it never closes). */
function quoteRange(work: SentenceWork[], span: QuoteSpan): TextRange {
  const open = work[span.openSentence];
  const close = work[span.closeSentence];
  const start = open.sentence.start + open.tokens[span.openToken].end;
  const end = close.sentence.start + (span.closeToken < close.tokens.length ? close.tokens[span.closeToken].start : close.text.length);
  return [start, Math.max(start, end)];
}

/**
 * A quote with no cue of its own continues the previous quote's speaker when it is in the same paragraph
 * or the next one, and no other attribution stands between them.
 */
function canInherit(work: SentenceWork[], prev: QuoteSpan, next: QuoteSpan): boolean {
  if (work[next.openSentence].sentence.paragraph - work[prev.closeSentence].sentence.paragraph > 1) return false;
  for (let s = prev.closeSentence; s <= next.openSentence; s++) {
    const list = work[s].attributions;
    for (let a = 0; a < list.length; a++) {
      if (work[s].introducesQuote[a]) continue;
      const at = list[a];
      // "“...,” she said, referring to ...": a participle going on with the speaker of the quote.
      if (list.some((o, b) => b !== a && work[s].introducesQuote[b] && o.partyStart === at.partyStart && o.partyEnd === at.partyEnd)) continue;
      if (s === prev.closeSentence && at.cueStart < prev.closeToken) continue;
      if (s === next.openSentence && at.cueStart > next.openToken) continue;
      return false;
    }
  }
  return true;
}

function isQuoted(w: SentenceWork, k: number): SentenceWork['quoted'][number] | undefined {
  return w.quoted.find((q) => k >= q.from && k < q.to);
}

function indirectQuotes(work: SentenceWork[]): PlacedQuote[] {
  const out: PlacedQuote[] = [];
  work.forEach((w, s) => {
    w.attributions.forEach((a, i) => {
      if (w.introducesQuote[i] || a.contentEnd - a.contentStart <= 0) return;
      if (isQuoted(w, a.cueStart)?.reported || isQuoted(w, a.partyStart)?.reported) return;
      let end = a.contentEnd;
      while (end > a.contentStart && w.tokens[end - 1].kind === 'punct' && !isQuoteMark(w.tokens[end - 1])) end -= 1;
      let start = a.contentStart;
      while (start < end && w.tokens[start].kind === 'punct' && !isQuoteMark(w.tokens[start])) start += 1;
      let wordCount = 0;
      for (let k = start; k < end; k++) {
        if (w.tokens[k].kind !== 'punct') wordCount += 1;
        if (isQuoted(w, k)?.reported) return; // the content is (partly) a direct quote, reported already
      }
      const tailWords = a.contentTail === undefined ? 0 : w.tokens.slice(a.contentTail[0], a.contentTail[1]).filter((t) => t.kind !== 'punct').length;
      if (wordCount + tailWords < (a.kind === 'stance' ? MIN_STANCE_WORDS : MIN_INDIRECT_WORDS)) return;
      // The span starts at an opening "that" (as attribution corpora mark it); the text reads without it.
      const content: TextRange[] = [tokenRange(w, a.contentLead < start && a.contentLead >= a.contentStart - 1 ? a.contentLead : start, end)];
      let text = balanceQuoteMarks(spanText(w.text, w.tokens, start, end));
      const tail = a.contentTail;
      if (tail !== undefined && tail[1] > tail[0] && !w.tokens.slice(tail[0], tail[1]).some((_, j) => isQuoted(w, tail[0] + j)?.reported)) {
        content.push(tokenRange(w, tail[0], tail[1]));
        text = `${text} … ${balanceQuoteMarks(spanText(w.text, w.tokens, tail[0], tail[1]))}`;
      }
      out.push({
        sentence: s,
        kind: a.kind,
        quote: {
          speaker: w.speakers[i], cue: a.cue, channel: a.channel, text, direct: false,
          citations: [cite(w)], party: a.party,
          spans: { content, party: tokenRange(w, a.sourceStart, a.sourceEnd), cue: cueRange(w, a) },
        },
      });
    });
  });
  return out;
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
