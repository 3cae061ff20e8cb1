/**
 * Named entities (people, places, organisations) by a capitalised-sequence tagger.
 *
 * Chosen over compromise's tagger (`nlp(text).people()/places()/organizations()`) after measuring both on
 * one 4 KB news article: compromise took 37 ms an article (27 articles/s, far from the stage's goal of
 * 1,000 articles/s) and returned spans with trailing punctuation and titles ("President Anna
 * Kovalenko.", "State John", "Emergency"); this tagger takes well under a millisecond.
 *
 * How it works, per article:
 * 1. Candidates: runs of capitalised words in each sentence (with name particles "de", "von", "of"
 *    after an organisation head: "Ministry of Defence", and a nickname in quotes: "Jane \"JJ\" Doe"; slots
 *    F1 0.6937 -> 0.6946, held-out 0.6936 -> 0.6955, tuning half unchanged). A possessive ends a run ("Russia's Defense
 *    Ministry" gives "Russia" and "Defense Ministry"). A sentence opener that is a common word is dropped.
 * 2. Titles and honorifics are split off: "Foreign Minister Jane Doe" gives the person "Jane Doe"; a place
 *    before the title ("Springfield Mayor Jane Doe") stays a candidate of its own.
 * 3. Each candidate collects votes for a type from cues: its own keywords ("... Ministry", "... County"),
 *    a title or a role noun before it ("governor Jane Doe"), an age after it ("Doe, 33,"), a preposition
 *    before it ("in Springfield"), a speech verb after it ("Doe said"), and compromise's word lexicon
 *    (first names, countries, cities) as a tie-breaker.
 * 4. Votes are pooled per name over the whole article, so one "in Springfield" types every "Springfield".
 *    A name with no vote is kept only when it has two or more words (then a person, the commonest case
 *    in news) or is the surname of a person named elsewhere in the article.
 */
import type { EntityType } from '../../model/schemas.js';
import {
  COMMON_OPENERS, COMPASS_WORDS, HEAD_TITLES, NAME_PARTICLES, NOT_ACRONYMS, NOT_NAMES, OF_HEADS, ORG_KEYWORDS, PLACE_ACRONYMS, PLACE_KEYWORDS,
  ROLE_NOUNS, SPEECH_CUES, STRONG_PLACE_PREPOSITIONS, TITLES, isDemonym, isLexiconCommon, lexiconEntityType, lexiconPlaceKind,
} from './lexicon.js';
import { bare, isPossessive, isQuoteMark, stripPossessive, type Token } from './tokens.js';

export interface EntitySpan {
  name: string;
  type: EntityType;
  /** Token range [start, end) of the name (without title) in its sentence. */
  start: number;
  end: number;
}

/** Vote weights: a cue that decides the type alone, a cue that usually does, and a hint. */
const STRONG = 3;
const MEDIUM = 2;
const WEAK = 1;

/** Title case: at least this many capitalised common words and at most this many lower-case words. */
const TITLE_CASE_MIN_COMMON = 3;
const TITLE_CASE_MAX_LOWER = 1;

/** Lower-case place nouns before "of" that make the next name a place ("the city of Springfield"). */
const PLACE_OF_NOUNS = new Set(['city', 'town', 'village', 'region', 'province', 'county', 'district', 'suburb', 'capital', 'state', 'port', 'island', 'republic']);

const REGEXPS = {
  acronym: /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/,
  ageAdjective: /-(?:year|month|week|day)s?-old$/,
};

type Votes = Record<EntityType, number>;

interface Candidate {
  sentence: number;
  start: number;
  end: number;
  name: string;
  words: string[];
  votes: Votes;
  /** A title or honorific preceded the name. */
  titled: boolean;
}

/**
 * Entities of every sentence of one article. `tokens[i]` are the tokens of sentence i, `texts[i]` its text;
 * `skip[i]` marks sentences to leave out (not English). Returns, per sentence, its entity spans.
 */
export function findEntities(tokens: Token[][], texts: string[], skip: boolean[]): EntitySpan[][] {
  const candidates: Candidate[] = [];
  for (let s = 0; s < tokens.length; s++) {
    if (skip[s] || isTitleCase(tokens[s])) continue;
    collectCandidates(s, tokens[s], texts[s], candidates);
  }
  const types = resolveTypes(candidates);
  const out: EntitySpan[][] = tokens.map(() => []);
  for (const c of candidates) {
    const type = types.get(keyOf(c.name));
    if (type === undefined) continue;
    const list = out[c.sentence];
    if (list.some((e) => e.start === c.start)) continue;
    list.push({ name: c.name, type, start: c.start, end: c.end });
  }
  return out;
}

function keyOf(name: string): string {
  return name.toLowerCase();
}

/**
 * A headline or caption in title case ("Storm Leaves Thousands Without Power In Coastal Towns"): its
 * capitals mark style, not names. Recognised by capitalised common words (verbs, nouns the lexicon knows
 * as ordinary words) and almost no lower-case word of four letters or more.
 */
function isTitleCase(tokens: Token[]): boolean {
  let lowerWords = 0;
  let capitalisedCommon = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.lower.length < 4) continue;
    if (!t.cap) lowerWords += 1;
    else if (k > 0 && isLexiconCommon(t.lower) && !TITLES.has(t.lower) && !ORG_KEYWORDS.has(t.lower) && !PLACE_KEYWORDS.has(t.lower)) capitalisedCommon += 1;
  }
  return capitalisedCommon >= TITLE_CASE_MIN_COMMON && lowerWords <= TITLE_CASE_MAX_LOWER;
}

function isAcronym(t: Token): boolean {
  return REGEXPS.acronym.test(t.text) && !NOT_ACRONYMS.has(t.text);
}

/** A token that may start or continue a name. */
function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !NOT_ACRONYMS.has(t.text);
}

function collectCandidates(sentence: number, tokens: Token[], text: string, out: Candidate[]): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    if (!isPossessive(tokens[i]) || isCommonPossessive(tokens[i])) {
      while (j < tokens.length) {
        const t = tokens[j];
        if (isNameWord(t)) {
          j += 1;
          if (isPossessive(t) && !isCommonPossessive(t)) break;
          continue;
        }
        // A nickname in quotes inside a name ("Jane \"JJ\" Doe", "John 'Jack' Roe") belongs to it.
        if (isNicknameOpen(t) && isNameWord(tokens[j + 1]) && tokens[j + 2]?.text === closingOf(t) && isNameWord(tokens[j + 3])) {
          j += 3;
          continue;
        }
        const lowerJoin = t.kind === 'word' && !t.cap && isNameWord(tokens[j + 1]);
        if (lowerJoin && NAME_PARTICLES.has(t.lower)) {
          j += 1;
          continue;
        }
        if (lowerJoin && t.lower === 'of' && OF_HEADS.has(bare(tokens[j - 1]))) {
          j += 1;
          continue;
        }
        break;
      }
    }
    splitRun(sentence, tokens, text, i, j, out);
    i = j;
  }
}

/** Quote marks that open a nickname, and the mark that closes each. */
const NICKNAME_QUOTES: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

function isNicknameOpen(t: Token): boolean {
  return t.kind === 'punct' && t.text in NICKNAME_QUOTES;
}

function closingOf(t: Token): string {
  return NICKNAME_QUOTES[t.text];
}

/** Turns one capitalised run [from, to) into zero or more candidates, splitting off titles. */
function splitRun(sentence: number, tokens: Token[], text: string, from: number, to: number, out: Candidate[]): void {
  let a = from;
  let b = to;
  // A common word opening the sentence ("Police", "Emergency", "The") is not part of a name.
  if (isSentenceOpening(tokens, a) && isCommonWord(tokens[a])) a += 1;
  // Weekdays, months and function words are not names, at either end of a run.
  while (a < b && NOT_NAMES.has(bare(tokens[a])) && !TITLES.has(bare(tokens[a]))) a += 1;
  while (b > a && (NOT_NAMES.has(stripPossessive(bare(tokens[b - 1]))) || tokens[b - 1].lower === 'of')) b -= 1;
  // "Eighteen-year-old Jane Doe": an age adjective opens no name.
  while (a < b && REGEXPS.ageAdjective.test(tokens[a].lower)) a += 1;
  // "Polk County Sgt." before a line break: a title that ends the run names no one.
  // But a first name before it makes it a surname ("Jane Marie King", "Gregory Bishop"): slots shooter
  // names 0.637 → 0.645, victim names 0.649 → 0.652.
  while (b - a > 1 && HEAD_TITLES.has(bare(tokens[b - 1])) && !(lexiconEntityType([tokens[b - 2].text, tokens[b - 1].text]) === 'person')) b -= 1;
  if (a >= b) return;

  // Titles: the last head title followed by a name ends the prefix; "of X" after a title belongs to it.
  const titleEnd = findTitleEnd(tokens, a, b);
  if (titleEnd !== null) {
    const headTitle = titleEnd.headStart;
    // A name before the title ("Springfield Mayor ...") that is not a demonym is a candidate of its own.
    let prefixEnd = headTitle;
    while (prefixEnd > a && TITLES.has(bare(tokens[prefixEnd - 1]))) prefixEnd -= 1;
    if (prefixEnd > a) {
      const prefix = tokens.slice(a, prefixEnd);
      const onlyModifiers = prefix.every((t) => isDemonymToken(t) || (isAcronym(t) && PLACE_ACRONYMS.has(t.text)));
      if (!onlyModifiers) addCandidate(sentence, tokens, text, a, prefixEnd, out, false);
    }
    addCandidate(sentence, tokens, text, titleEnd.nameStart, b, out, true);
    return;
  }
  addCandidate(sentence, tokens, text, a, b, out, false);
}

/**
 * A possessive common noun inside a name ("Sheriff's Office", "Children's Hospital") does not end the
 * name, unlike a possessive name ("Russia's Defense Ministry" is "Russia" and "Defense Ministry").
 */
function isCommonPossessive(t: Token): boolean {
  const w = stripPossessive(t.lower);
  return TITLES.has(w) || ROLE_NOUNS.has(w) || ORG_KEYWORDS.has(w) || isLexiconCommon(w) || w === 'examiner' || w === 'people' || w === 'veterans';
}

function isSentenceOpening(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1];
  return prev.kind === 'punct' && (isQuoteMark(prev) || prev.text === '(' || prev.text === '—' || prev.text === '-' || prev.text === ':' || prev.text === '‘');
}

function isCommonWord(t: Token): boolean {
  const w = stripPossessive(bare(t));
  if (TITLES.has(w) && HEAD_TITLES.has(w)) return false; // "President X" at the start keeps its title for now
  return NOT_NAMES.has(w) || COMMON_OPENERS.has(w) || isLexiconCommon(w);
}

function isDemonymToken(t: Token): boolean {
  return isDemonym(stripPossessive(t.lower));
}

/**
 * Where the title part of a run ends: the last head title (President, Mr, Governor...) that is followed
 * by at least one name word, after which "of X" ("Secretary of State") is skipped. Null when the run has
 * no title or the part after it names an organisation or a place ("General Assembly", "Justice Department").
 */
function findTitleEnd(tokens: Token[], a: number, b: number): { headStart: number; nameStart: number } | null {
  let head = -1;
  for (let k = a; k < b - 1; k++) {
    if (HEAD_TITLES.has(bare(tokens[k]))) head = k;
  }
  if (head < 0) return null;
  let first = head;
  while (first > a && TITLES.has(bare(tokens[first - 1]))) first -= 1;
  let nameStart = head + 1;
  while (nameStart < b - 1 && TITLES.has(bare(tokens[nameStart])) && !HEAD_TITLES.has(bare(tokens[nameStart]))) nameStart += 1;
  if (tokens[nameStart].lower === 'of' && nameStart + 2 < b) nameStart += 2; // "Minister of Defence Jane Doe"
  if (nameStart >= b) return null;
  // "Justice Department", "General Assembly", "Police Chiefs Association": the title word is part of a name.
  const last = stripPossessive(bare(tokens[b - 1]));
  if (ORG_KEYWORDS.has(last) || (PLACE_KEYWORDS.has(last) && b - nameStart === 1)) return null;
  return { headStart: first, nameStart };
}

function addCandidate(sentence: number, tokens: Token[], text: string, a: number, b: number, out: Candidate[], titled: boolean): void {
  if (a >= b) return;
  const words = tokens.slice(a, b).map((t, k, all) => (k === all.length - 1 ? stripPossessive(t.text) : t.text));
  // A lone demonym ("Ukrainian") or a lone acronym that is not a name is not an entity.
  if (b - a === 1) {
    const t = tokens[a];
    if (isDemonym(stripPossessive(t.lower))) return;
    if (!t.cap) return;
  }
  const name = stripPossessive(text.slice(tokens[a].start, tokens[b - 1].end)).replace(/\.$/, (dot) => (b - a === 1 && isAcronym(tokens[a]) ? dot : ''));
  if (name.length < 2) return;
  const votes: Votes = { person: 0, place: 0, organization: 0 };
  voteOwnWords(tokens, a, b, words, votes);
  if (titled) votes.person += STRONG;
  voteContext(tokens, a, b, votes);
  out.push({ sentence, start: a, end: b, name, words, votes, titled });
}

function voteOwnWords(tokens: Token[], a: number, b: number, words: string[], votes: Votes): void {
  const last = stripPossessive(bare(tokens[b - 1]));
  if (b - a === 1 && isAcronym(tokens[a])) {
    if (PLACE_ACRONYMS.has(stripPossessive(tokens[a].text))) votes.place += STRONG;
    else votes.organization += MEDIUM;
    return;
  }
  let keyword = true;
  if (PLACE_KEYWORDS.has(last) && b - a > 1) votes.place += STRONG;
  else if (ORG_KEYWORDS.has(last)) votes.organization += STRONG;
  else if (words.some((w) => ORG_KEYWORDS.has(w.toLowerCase()) && OF_HEADS.has(w.toLowerCase()))) votes.organization += STRONG;
  else if (b - a > 1 && COMPASS_WORDS.has(words[0].toLowerCase())) votes.place += MEDIUM;
  else keyword = false;
  // The lexicon is a tie-breaker: a name's own keyword outweighs a first name in it ("Phillip Drive").
  const lexical = keyword ? null : lexiconEntityType(words);
  if (lexical !== null) votes[lexical] += MEDIUM;
}

function voteContext(tokens: Token[], a: number, b: number, votes: Votes): void {
  const prev = tokens[a - 1];
  const prev2 = tokens[a - 2];
  const next = tokens[b];
  const next2 = tokens[b + 1];
  const next3 = tokens[b + 2];
  // "governor Jane Doe", "witness John Roe"
  if (prev !== undefined && prev.kind === 'word' && !prev.cap && ROLE_NOUNS.has(prev.lower)) votes.person += STRONG;
  // "in Springfield", "in north Springfield", "the city of Springfield"
  const compassBefore = prev !== undefined && !prev.cap && COMPASS_WORDS.has(prev.lower);
  const placePrep = compassBefore ? prev2 : prev;
  if (placePrep !== undefined && STRONG_PLACE_PREPOSITIONS.has(placePrep.lower)) {
    // One word after "in" that is not a possessive ("in Warren", not "in Doe's car") is a place more often
    // than the surname the lexicon may know it as: it outweighs one lexicon vote (slots city F1 0.752 → 0.757).
    // A compass word may stand between ("in north Warren"); alone that changed nothing measurable.
    const loneWord = b - a === 1 && !isPossessive(tokens[a]);
    votes.place += loneWord ? MEDIUM + WEAK : WEAK;
  }
  if (prev?.lower === 'of' && prev2 !== undefined && PLACE_OF_NOUNS.has(prev2.lower)) votes.place += STRONG;
  // "Doe, 33," — an age after a name
  if (next?.text === ',' && next2?.kind === 'num' && next3 !== undefined && (next3.text === ',' || next3.text === '.' || next3.lower === 'of' || next3.lower === 'and')) {
    votes.person += STRONG;
  }
  // "Jane Doe, a spokeswoman", "Jane Doe, who ..."
  if (next?.text === ',' && next2 !== undefined && (next2.lower === 'who' || ((next2.lower === 'a' || next2.lower === 'an') && next3 !== undefined && ROLE_NOUNS.has(next3.lower)))) {
    votes.person += MEDIUM;
  }
  // "Warren, Ohio", "Lyle, New Mexico": a name followed by a state the lexicon knows is a city, whatever
  // the lexicon says of the name alone (slots F1 0.641 → 0.642, shooter names: fewer towns taken for people).
  if (next?.text === ',' && isNameWord(next2) && (lexiconPlaceKind(next2.lower) === 'region' || (isNameWord(next3) && lexiconPlaceKind(`${next2.lower} ${next3.lower}`) === 'region'))) votes.place += MEDIUM;
  // "Springfield, Illinois" after a place preposition
  if (next?.text === ',' && isNameWord(next2) && prev !== undefined && STRONG_PLACE_PREPOSITIONS.has(prev.lower)) votes.place += WEAK;
  // "Doe said"
  if (next !== undefined && SPEECH_CUES.has(next.lower)) votes.person += WEAK;
}

/** Pools votes per name over the article and decides each name's type (or drops it). */
function resolveTypes(candidates: Candidate[]): Map<string, EntityType> {
  const pooled = new Map<string, { votes: Votes; words: number }>();
  for (const c of candidates) {
    const key = keyOf(c.name);
    const entry = pooled.get(key) ?? { votes: { person: 0, place: 0, organization: 0 }, words: c.words.length };
    entry.votes.person += c.votes.person;
    entry.votes.place += c.votes.place;
    entry.votes.organization += c.votes.organization;
    pooled.set(key, entry);
  }
  const types = new Map<string, EntityType>();
  const surnames = new Set<string>();
  for (const [key, { votes, words }] of pooled) {
    const best = bestType(votes);
    if (best !== null) types.set(key, best);
    else if (words >= 2) types.set(key, 'person');
    const type = types.get(key);
    if (type === 'person' && words >= 2) surnames.add(key.slice(key.lastIndexOf(' ') + 1));
  }
  // A lone word with no vote is kept when it is the surname of a person named in the article.
  for (const [key, { votes, words }] of pooled) {
    if (types.has(key) || words !== 1) continue;
    if (surnames.has(key) && bestType(votes) === null) types.set(key, 'person');
  }
  return types;
}

function bestType(votes: Votes): EntityType | null {
  let best: EntityType | null = null;
  let score = 0;
  for (const type of ['person', 'place', 'organization'] as const) {
    if (votes[type] > score) {
      best = type;
      score = votes[type];
    }
  }
  return best;
}
