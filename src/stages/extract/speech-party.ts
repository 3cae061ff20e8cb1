/**
 * Who the party of a verb cue is, read without a parse: the noun phrase before the cue (over auxiliaries,
 * adverbs, times, asides in commas, brackets or dashes), after an inverted cue ("said X"), a relative
 * pronoun ("X, who said"), the subject of the clause a participle or a coordinated cue hangs on ("X did Y,
 * saying"; "While praising X, Doe said"), or the party of the cue before it ("he said, citing"). A party
 * must be able to speak: a person, a body, or a text that reports ("the report said"), not "the deals".
 */
import {
  BE_AUX, GROUP_PRONOUNS, MONTHS, NP_CONNECTORS, NP_DETERMINERS, ORG_KEYWORDS, PARTICIPLE_CUES, PERSON_PRONOUNS, ROLE_NOUNS,
  ROUTINE_SOURCE_WORDS, WEEKDAYS,
} from './lexicon.js';
import type { AttributionSpan } from './attribution.js';
import { CHANNEL_PREPOSITIONS, OPENING_ADVERBS } from './speech-content.js';
import {
  PARTY_HEADS, QUANTIFIERS, REGEXPS, SHARE_WORDS, appositionEnd, backwardNP, bracketAsideStart, findAsideStart, forwardNP, inVerbGroup,
  isVerbish, nounPhraseStart, reducedRelativeHead, trimEnd,
} from './speech-np.js';
import { clauseSubject } from './speech-verbs.js';
import { isEvidenceCue, type CueEntry, type CueKind } from './stances.js';
import { isQuoteMark, type Token } from './tokens.js';

/** The party of a cue as token ranges, and how it was found. */
export interface CueParty {
  party: [number, number];
  /** The source as written when it differs from the party (an aside, an apposition), else null. */
  source: [number, number] | null;
  /** The party follows the cue ("said X"). */
  inverted: boolean;
  /** The party is a relative pronoun ("X, who said"). */
  relative: boolean;
  antecedent?: [number, number];
  /** For a participle in a phrase opening the sentence: the comma that ends its content. */
  openingEnd: number | null;
}

/** Prepositions and conjunctions that join a participle cue to the clause before it ("by saying", "while arguing"). */
const PARTICIPLE_LEADS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'since', 'in', 'despite']);

/** The party of the verb cue at token `i`, or null when the sentence names none that can speak. */
export function cueParty(tokens: Token[], i: number, kind: CueKind, entry: CueEntry | undefined, progressive: boolean, previous?: AttributionSpan): CueParty | null {
  // Party before the cue, skipping adverbs and auxiliaries ("police later said", "he has said"), and the
  // be-auxiliary of a progressive form ("the mayor is now defending").
  let p = i;
  if (progressive) {
    while (p > 0 && inVerbGroup(tokens[p - 1]) && !BE_AUX.has(tokens[p - 1].lower)) p -= 1;
    if (p > 0 && BE_AUX.has(tokens[p - 1].lower)) p -= 1;
  }
  // ... and a time between party and cue ("voters Tuesday said", "the ministry on Monday said").
  for (;;) {
    const w = tokens[p - 1]?.lower ?? '';
    // "And both vowed": "both", "all", "each" opening the clause are its subject, not adverbs of the verb.
    if (p > 0 && inVerbGroup(tokens[p - 1]) && !(BARE_QUANTIFIER_SUBJECTS.has(w) && (p === 1 || tokens[p - 2].kind === 'punct' || SENTENCE_CONJUNCTIONS.has(tokens[p - 2].lower)))) p -= 1;
    else if (p > 1 && WEEKDAYS.has(w)) p -= tokens[p - 2].lower === 'on' ? 2 : 1;
    // "Rep. Jane Doe last month joked", "the senator earlier this week said", "Doe in March wrote".
    // Not after a participle: "a poll conducted last week found" keeps its time.
    else if (p > 2 && TIME_UNITS.has(w) && TIME_DEICTICS.has(tokens[p - 2].lower) && !REGEXPS.participle.test(tokens[p - 3].lower)) p -= tokens[p - 3].lower === 'earlier' || tokens[p - 3].lower === 'later' ? 3 : 2;
    else if (p > 2 && (MONTHS.has(w) || /^(?:19|20)\d\d$/.test(w)) && tokens[p - 2].lower === 'in' && !REGEXPS.participle.test(tokens[p - 3].lower)) p -= 2;
    else if (p > 1 && (w === 'yesterday' || w === 'today' || w === 'tonight' || w === 'here' || w === 'there')) p -= 1; // "workers here said"
    else break;
  }
  // A participle ("saying") names no party right before it ("a call reporting ..." is no attribution);
  // its party is the subject of the clause it hangs on (below).
  const participle = PARTICIPLE_CUES.has(tokens[i].lower) || (entry !== undefined && entry.form === 'ing' && !progressive);
  // "Ford itself said": a reflexive after the party belongs to it.
  const own = REFLEXIVES.has(tokens[p - 1]?.lower ?? '') ? 1 : 0;
  const start = participle ? null : accessPhraseStart(tokens, p) ?? backwardNP(tokens, p - own);
  let party: [number, number] | null = start !== null ? [start, p] : null;
  let source: [number, number] | null = null;
  if (start !== null) {
    // "A poll conducted last week found", "people briefed on the move said": the noun phrase read back
    // from the cue is the complement of a participle; the party is the phrase the participle describes.
    const head = reducedRelativeHead(tokens, start);
    if (head !== null) party = [head, p];
  }
  if (party === null && !participle) {
    // "Jane Doe (D-Ore.) said", "Jane Doe — a teacher from Springfield — says": an aside in brackets or
    // dashes between the party and its cue; the source as written takes the aside too.
    const open = bracketAsideStart(tokens, p - 1);
    const before = open === null ? null : backwardNP(tokens, open);
    if (open !== null && before !== null) {
      party = [before, open];
      source = [before, p];
    }
  }
  if (party === null && participle) {
    // "with Jane Doe calling the plan a fraud", "– Doe saying he was encouraged": a named or pronoun
    // subject of an absolute participle clause.
    const np = backwardNP(tokens, p);
    const lead = np === null ? undefined : tokens[np - 1];
    if (np !== null && (lead === undefined || ABSOLUTE_LEADS.has(lead.lower)) && tokens.slice(np, p).some((t) => t.cap || PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower))) {
      party = [np, p];
    } else if (np !== null && lead?.lower === 'with' && mayBeSpeaker(tokens, np, p)) {
      // "with 30 percent of voters saying ...": after "with", any subject that can speak. (A text before
      // the participle, "an email stressing ...", was tried as the party too: source 0.625 -> 0.624, as
      // "X issued a statement saying ..." is X's.)
      party = [np, p];
    }
  }
  let inverted = false;
  if (party === null && !participle && tokens[p - 1]?.text === ',') {
    // "Jane Doe, who leads the agency, said" / "the mayor's spokesman, John Roe, said": the party stands
    // before an aside set off by commas; the source as written takes the aside too.
    const asideStart = findAsideStart(tokens, p - 1);
    if (asideStart !== null) {
      // "Jane Doe, 60, a doctor, said", "Rep. Jane Doe (D-Ore.), a member of ..., said": an age or a
      // bracket between the name and the aside.
      let nameEnd = asideStart;
      if (tokens[nameEnd - 1]?.kind === 'num' && tokens[nameEnd - 2]?.text === ',') nameEnd -= 2;
      else if (tokens[nameEnd - 1]?.text === ')') nameEnd = bracketAsideStart(tokens, nameEnd - 1) ?? nameEnd;
      const before = backwardNP(tokens, nameEnd);
      if (before !== null) {
        party = [before, nameEnd];
        // A description ("Jane Doe, a former senator,") belongs to the source; a circumstance (", wearing
        // a red cap,") does not.
        const circumstance = REGEXPS.participle.test(tokens[asideStart + 1]?.lower ?? '') && !tokens[asideStart + 1].cap;
        source = circumstance ? party : [before, p - 1];
      }
    }
  }
  if (party === null && !participle && tokens[p - 1]?.text === ',') {
    // "Jane Doe, who was to travel to Springfield, Ohio, on Monday, said": an aside with commas of its
    // own; the party is the noun phrase that opens the sentence, followed by the aside's comma or "who".
    const s0 = SENTENCE_CONJUNCTIONS.has(tokens[0]?.lower ?? '') ? 1 : 0;
    const e = forwardNP(tokens, s0);
    const follow = tokens[e];
    if (e > s0 && e < p - 1 && follow !== undefined && (follow.text === ',' || follow.lower === 'who') && !tokens.slice(e, p).some(isQuoteMark)) {
      party = [s0, e];
      // "Jane Doe, meanwhile, said": a sentence adverb set off by commas is no description of her.
      const adverbOnly = tokens.slice(e + 1, p - 1).every((t) => t.kind === 'word' && (OPENING_ADVERBS.has(t.lower) || REGEXPS.adverbLy.test(t.lower)));
      source = adverbOnly ? [s0, e] : [s0, p - 1];
    }
  }
  // A stance is written with its party before it ("the senator praised ..."), never inverted.
  if (party === null && kind !== 'stance') {
    // "..., said Mayor Jane Doe." / "...,” said the ministry."
    const prev = tokens[i - 1];
    if (!participle && (prev === undefined || prev.text === ',' || isQuoteMark(prev))) {
      const end = forwardNP(tokens, i + 1);
      const next = tokens[end];
      // The party ends the clause ("said X." / "said X, who ...") or is followed by its channel.
      // Right after a closing quotation mark ("“...,” said a longtime adviser to both candidates") the
      // cue is surely inverted, whatever follows the party.
      const afterQuote = prev !== undefined && (isQuoteMark(prev) || (prev.text === ',' && tokens[i - 2] !== undefined && isQuoteMark(tokens[i - 2])));
      const closes = afterQuote || next === undefined || next.kind === 'punct' || next.lower === 'in' || next.lower === 'on' || next.lower === 'at' || next.lower === 'who';
      if (end > i + 1 && closes) {
        party = [i + 1, end];
        inverted = true;
      }
    }
  }
  let relative = false;
  let antecedent: [number, number] | undefined;
  // "Jane Doe, who backed the plan and said ...": a cue coordinated inside a relative clause is the
  // relative pronoun's too.
  const who = tokens[p - 1]?.lower === 'and' ? relativeBefore(tokens, p - 1) : p - 1;
  if (party === null && who !== null && RELATIVE_PRONOUNS.has(tokens[who]?.lower ?? '') && who > 0) {
    // "Jeb Bush, who says ...": the relative pronoun is the party as written; it stands for the name before.
    party = [who, who + 1];
    p = who + 1;
    relative = true;
    // Only a relative clause set off by a comma names its antecedent plainly ("Jane Doe, who said");
    // "someone in the home who said" would give "the home".
    if (tokens[who - 1]?.text === ',') {
      const ante = backwardNP(tokens, who - 1);
      if (ante !== null) antecedent = [ante, who - 1];
    }
  }
  // The participle follows a comma, or the closing mark after one (",” adding").
  const lead = tokens[p - 1] !== undefined && isQuoteMark(tokens[p - 1]) && tokens[p - 2]?.text === ',' ? tokens[p - 2] : tokens[p - 1];
  if (party === null && participle && previous !== undefined && previous.cueStart < p && ABSOLUTE_LEADS.has(lead?.lower ?? '')) {
    // "“...,” he said, citing the polls": the participle goes on with the party of the cue before it.
    party = [previous.partyStart, previous.partyEnd];
    source = [previous.sourceStart, previous.sourceEnd];
  }
  let openingEnd: number | null = null;
  if (party === null && participle) {
    const opening = openingParticipleSubject(tokens, p, i);
    if (opening !== null) {
      party = opening.party;
      openingEnd = opening.comma;
    }
  }
  if (party === null) {
    // "X did Y and says ...", "X did Y, saying ...": the party is the subject of the main clause.
    const prev = tokens[p - 1];
    if (prev !== undefined && (prev.lower === 'and' || prev.lower === 'then' || prev.lower === 'but' || (participle && (prev.text === ',' || PARTICIPLE_LEADS.has(prev.lower))))) {
      // ... and "X did Y by saying ...", "X did Y while arguing ...", "X did Y but did not say ...". Not an
      // infinitive after the main verb ("X took to the radio to say ..."): tried, it raised speakerRight
      // (0.608 -> 0.616) but its unmatched predictions cost source F1 (dev 0.623 -> 0.618).
      party = clauseSubject(tokens, p - 1);
    } else if (prev !== undefined && prev.kind === 'word' && PARTICIPLE_CUES.has(tokens[i].lower) && tokens[i].lower !== 'reporting') {
      // "The senator made a pitch to voters saying ...": a speech participle after the main clause's
      // object still reports its subject (not "a call reporting a fire").
      party = clauseSubject(tokens, p);
    }
  }
  if (party === null) return null;
  // "The deals were signed, pledging ...": a subject that names no person, body or report is no speaker,
  // unless the cue is one a thing may report by ("the findings show"). Train split: source 0.617 -> 0.620,
  // content 0.764 -> 0.765 (dev 0.627 -> 0.631, 0.767 -> 0.768, with the times skipped above).
  if (!mayBeSpeaker(tokens, party[0], party[1]) && !isEvidenceCue(tokens[i].lower)) return null;
  return { party, source, inverted, relative, ...(antecedent ? { antecedent } : {}), openingEnd };
}

const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** How far back from "and" the relative pronoun of its clause may stand, in tokens. */
const RELATIVE_WINDOW = 15;

/** The index of "who" opening the relative clause that "and" at `and` coordinates in (", who backed X and"), else null. */
function relativeBefore(tokens: Token[], and: number): number | null {
  for (let k = and - 1; k > 0 && and - k <= RELATIVE_WINDOW; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' || isQuoteMark(t)) return null;
    if (RELATIVE_PRONOUNS.has(t.lower)) return tokens[k - 1].text === ',' ? k : null;
  }
  return null;
}
/** Words that may open a sentence before a participle ("Instead of calling ...", "In addition to stating ..."). */
const OPENING_PARTICIPLE_LEADS = new Set([...PARTICIPLE_LEADS, 'of', 'to', 'until', 'upon', 'on', 'instead', 'addition', 'but', 'and', 'also', 'even', 'not']);
/** Participles that open a sentence as prepositions or as a circumstance, reporting nothing ("Regarding X, ..."). */
const NOT_OPENING_CUES = new Set(['regarding', 'concerning', 'including', 'considering', 'judging', 'following', 'addressing', 'reading', 'speaking', 'responding']);
/** Most words before a sentence-opening participle ("One month after announcing"). */
const MAX_OPENING_LEAD = 4;

/**
 * "While celebrating ..., Doe mocked ...", "Expecting thousands, Mr. Roe said ...": a participle in
 * a phrase that opens the sentence reports the subject of the main clause after the phrase's comma.
 * Returns that subject and the comma (where the participle's content ends), or null.
 */
function openingParticipleSubject(tokens: Token[], p: number, i: number): { party: [number, number]; comma: number } | null {
  if (p > MAX_OPENING_LEAD || (p > 0 && !OPENING_PARTICIPLE_LEADS.has(tokens[p - 1].lower)) || NOT_OPENING_CUES.has(tokens[i].lower)) return null;
  if (tokens.slice(0, i).some((t) => t.kind === 'punct')) return null;
  let quoted = false;
  let comma = -1;
  for (let k = i + 1; k < tokens.length; k++) {
    if (isQuoteMark(tokens[k])) quoted = !quoted;
    else if (!quoted && tokens[k].text === ',') { comma = k; break; }
    else if (!quoted && tokens[k].kind === 'punct' && tokens[k].text !== '-' && tokens[k].text !== "'" && tokens[k].text !== '’') return null;
  }
  if (comma < 0) return null;
  let s = comma + 1;
  while (s < tokens.length && OPENING_ADVERBS.has(tokens[s].lower)) s += 1;
  let end = forwardNP(tokens, s);
  // "Doe described families ...": the subject ends at its verb, which the lexicon may not know as one.
  for (let k = s + 1; k < end; k++) if (!tokens[k].cap && /ed$/.test(tokens[k].lower) && isVerbish(tokens[k].lower)) { end = k; break; }
  const next = tokens[end];
  if (end <= s || next === undefined || next.kind !== 'word' || next.cap || !mayBeSpeaker(tokens, s, end)) return null;
  return { party: [s, end], comma };
}
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'themself', 'myself', 'ourselves', 'yourself']);
/** A time between a party and its cue: "last month", "this week", "earlier this year". */
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season']);
const TIME_DEICTICS = new Set(['last', 'this', 'next', 'that', 'the', 'each', 'every', 'past']);

/** Words before the subject of an absolute participle clause ("with Doe saying", ", Doe saying"). */
const ABSOLUTE_LEADS = new Set(['with', ',', '—', '–', '-', 'and', ':', ';']);
/** Quantifiers that are adverbs inside a verb group ("have all said") but a subject opening a clause. */
const BARE_QUANTIFIER_SUBJECTS = new Set(['both', 'all', 'each']);
/** Conjunctions that may open a sentence before its subject ("But Jane Doe, ..., said"). */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still']);
/** Words after an inverted party that go on describing it ("said an official who oversaw ...", "said a spokesman for the group"). */
const INVERTED_SOURCE_GOES_ON = new Set(['who', 'of', 'to', 'for', 'from']);
/** Longest description after an inverted party ("said Jane Roe, a pollster working for ..., who ..."), in tokens. */
const MAX_INVERTED_SOURCE_TOKENS = 40;

/**
 * End of the source after an inverted cue ("..., said Jane Roe, a pollster working for a group, who
 * managed the campaign."): the description runs to the end of the sentence or the next quotation mark,
 * as attribution corpora mark it; else the apposition alone; else the party.
 */
export function invertedSourceEnd(tokens: Token[], end: number): number {
  const next = tokens[end];
  if (next === undefined || (next.text !== ',' && !INVERTED_SOURCE_GOES_ON.has(next.lower))) return end;
  for (let k = end + 1; k < tokens.length && k - end <= MAX_INVERTED_SOURCE_TOKENS; k++) {
    const t = tokens[k];
    if (isQuoteMark(t) || PARTICIPLE_CUES.has(t.lower) || t.lower === 'according') return trimEnd(tokens, end, k);
    // The description ends before a circumstance of the telling (", citing ...", ", via email", ", in an
    // interview") and before a sentence adverb (", though").
    const prev = tokens[k - 1];
    if (t.kind === 'word' && !t.cap && (t.lower === 'via' || (prev?.text === ',' && (REGEXPS.gerund.test(t.lower) || CHANNEL_PREPOSITIONS.has(t.lower) || OPENING_ADVERBS.has(t.lower))))) {
      return trimEnd(tokens, end, k);
    }
    if (t.text === '.' || t.text === ';' || t.text === '?' || t.text === '!') return trimEnd(tokens, end, k);
  }
  if (end + MAX_INVERTED_SOURCE_TOKENS >= tokens.length) return trimEnd(tokens, end, tokens.length);
  return appositionEnd(tokens, end) ?? end;
}


/** Adjectives of a source's access, followed by "with"/"to" ("familiar with the matter", "close to him"). */
const ACCESS_ADJECTIVES = new Set(['familiar', 'close', 'knowledgeable', 'loyal', 'sympathetic', 'briefed', 'allied', 'opposed']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

/**
 * "a source close to him", "people familiar with the matter": the start of a party whose noun phrase ends
 * with such a phrase at `end`, else null.
 */
function accessPhraseStart(tokens: Token[], end: number): number | null {
  const last = tokens[end - 1];
  if (last === undefined) return null;
  const object = OBJECT_PRONOUNS.has(last.lower) ? end - 1 : nounPhraseStart(tokens, end);
  if (object === null) return null;
  const prep = tokens[object - 1]?.lower;
  if ((prep !== 'with' && prep !== 'to') || !ACCESS_ADJECTIVES.has(tokens[object - 2]?.lower ?? '')) return null;
  // "people familiar with ...": "people" stops a noun phrase read back from a cue, but heads this one.
  if (tokens[object - 3]?.lower === 'people') {
    const q = tokens[object - 4];
    return q !== undefined && (q.kind === 'num' || REGEXPS.numberWord.test(q.lower) || QUANTIFIERS.has(q.lower)) ? object - 4 : object - 3;
  }
  return backwardNP(tokens, object - 2);
}

/**
 * Nouns for texts and findings that report on their own ("the report said", "a poll shows", "the
 * lawsuit alleges"): a source though no person, as attribution corpora mark them.
 */
const REPORTING_THINGS = new Set([
  'report', 'poll', 'polling', 'survey', 'study', 'studies', 'analysis', 'data', 'record', 'document', 'filing', 'memo',
  'letter', 'email', 'e-mail', 'ad', 'advert', 'advertisement', 'commercial', 'video', 'book', 'article', 'story',
  'editorial', 'column', 'website', 'site', 'blog', 'page', 'account', 'feed', 'lawsuit', 'suit', 'complaint', 'ruling',
  'verdict', 'indictment', 'result', 'figure', 'number', 'research', 'review', 'investigation', 'probe', 'audit',
  'estimate', 'projection', 'forecast', 'model', 'census', 'count', 'tally', 'source', 'newspaper', 'paper', 'magazine',
  'outlet', 'network', 'channel', 'show', 'program', 'programme', 'broadcast', 'release', 'notice', 'transcript',
  'footage', 'evidence', 'testimony', 'exit', 'platform', 'bill', 'law', 'legislation', 'resolution', 'constitution',
  'statute', 'statement', 'tweet', 'post', 'message', 'speech', 'remark', 'comment', 'interview', 'note', 'sign', 'banner',
]);
/** People and bodies no ending tells: "the couple", "critics", "the host", "the panel", "the airline", "the public". */
const PERSON_WORDS = new Set([
  'couple', 'family', 'community', 'youth', 'guy', 'kid', 'boy', 'girl', 'baby', 'parent', 'mom', 'dad', 'host', 'star',
  'celebrity', 'pope', 'bishop', 'prince', 'princess', 'king', 'queen', 'lady', 'justice', 'jury', 'panel', 'tycoon',
  'airline', 'firm', 'industry', 'business', 'nonprofit', 'non-profit', 'town', 'city', 'district', 'state', 'country',
  'nation', 'world', 'forum', 'chancellery', 'elite', 'citizenry', 'caucus', 'convention', 'campaign', 'camp',
  'establishment', 'public', 'crowd', 'audience', 'electorate', 'majority', 'minority', 'side', 'base', 'left', 'right',
  'ticket', 'field', 'other', 'troop', 'personnel', 'politico', 'pilot', 'critic', 'skeptic', 'cleric', 'rival', 'ally',
  'mogul', 'advocate', 'delegate', 'superdelegate', 'candidate', 'graduate', 'associate', 'affiliate', 'magnate',
  'executive', 'representative', 'conservative', 'liberal', 'moderate', 'progressive', 'relative', 'detective',
  'operative', 'native', 'agent', 'opponent', 'respondent', 'constituent', 'incumbent', 'proponent', 'adherent',
  'dependent', 'consultant', 'assistant', 'immigrant', 'migrant', 'participant', 'applicant', 'defendant', 'attendant',
  'servant', 'tenant', 'merchant', 'accountant', 'claimant', 'informant', 'militant', 'giant', 'democrat', 'republican',
  'independent', 'evangelical', 'veteran', 'citizen', 'guest', 'fan', 'criminal', 'ones',
]);
/** Endings of nouns for people ("voters", "strategists", "historians", "businessmen", "someone"). */
const PERSON_NOUN = /(?:er|or|ist|ian|ee|eer|eon|crat|man|men|woman|women|person|people|folks?|(?:some|any|every|no)(?:one|body)|child|children)s?$/;
/** Demonstratives that open a clause with a capital ("Those greens", "That’s"): no name. */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'that’s', "that's", 'what’s', "what's", 'let’s', "let's"]);

/**
 * The noun phrase [start, end) can stand for someone who speaks, thinks or takes a stance: a pronoun, a
 * name (a capital inside the clause), a person or organisation noun ("officials", "the senator", "the
 * campaign"), or a text that reports ("the report", "a poll"). "The deals", "the new rules" cannot:
 * their cue belongs to some other clause's subject, or to no one.
 */
export function mayBeSpeaker(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'num') return true; // "75 percent", "six in 10" of a survey
    if (t.kind !== 'word') continue;
    const w = t.lower.replace(REGEXPS.possessive, '');
    if (PERSON_PRONOUNS.has(w) || GROUP_PRONOUNS.has(w) || w === 'i' || w === 'who' || w === 'which' || w === 'you') return true;
    // A capital names someone, but for a determiner opening the clause ("The deals").
    if (t.cap && !NP_DETERMINERS.has(w) && !NP_CONNECTORS.has(w) && !DEMONSTRATIVES.has(w)) return true;
    // "many said", "most agree": a quantifier standing alone is people.
    if (QUANTIFIERS.has(w) && end - start === 1) return true;
    if (NP_DETERMINERS.has(w) || QUANTIFIERS.has(w) || NP_CONNECTORS.has(w)) continue;
    const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(?:ss|ch|sh|x)es$/.test(w) ? w.slice(0, -2) : w.replace(/s$/, '');
    if (ROLE_NOUNS.has(singular) || ROLE_NOUNS.has(w) || PARTY_HEADS.has(w) || PARTY_HEADS.has(singular) || ORG_KEYWORDS.has(w) || ORG_KEYWORDS.has(singular)
      || ROUTINE_SOURCE_WORDS.has(w) || REPORTING_THINGS.has(w) || REPORTING_THINGS.has(singular) || PERSON_WORDS.has(w) || PERSON_WORDS.has(singular) || SHARE_WORDS.has(w) || REGEXPS.numberWord.test(w)) return true;
    if (PERSON_NOUN.test(w)) return true;
  }
  return false;
}

