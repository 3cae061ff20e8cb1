/**
 * Small general lexicons of English news reporting, shared by the extract modules. This file reads
 * compromise's built-in English lexicon; the word classes (number words, qualifiers, casualty measures,
 * counted subjects in `count-words.ts`; speech cues in `speech-words.ts`; titles and name cues in
 * `name-words.ts`) are re-exported from here. Nothing here names a story: these are word classes, not
 * gazetteers. The one larger resource is compromise's lexicon (about 24,000 words with their part of
 * speech, first names, countries, cities), read as a plain lookup table (`lexiconTag`), which costs one
 * hash lookup and none of compromise's tagger.
 */
import nlp from 'compromise';

// ---------------------------------------------------------------------------------------------------
// compromise's lexicon, as a lookup table.

/**
 * compromise's lexicon as a Map of frozen tag lists, built once: looking words up in its 24,000-key object
 * and wrapping a single tag in a new array on every call was 3% of the extract stage.
 */
const COMPROMISE_LEXICON: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries((nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon)
    .map(([word, tag]) => [word, Object.freeze(typeof tag === 'string' ? [tag] : [...tag])] as const),
);
const NO_TAGS: readonly string[] = Object.freeze([]);

/** The tags compromise's lexicon gives a lower-case word or phrase ("kyiv" -> ["City"]), else []. */
function lexiconTags(lower: string): readonly string[] {
  return COMPROMISE_LEXICON.get(lower) ?? NO_TAGS;
}

const PROPER_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Country', 'City', 'Region', 'Place', 'ProperNoun',
  'Organization', 'SportsTeam',
]);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Participle', 'Auxiliary']);
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Reflexive', 'Expression', 'Modal',
]);

/** The lexicon knows the word as a name of a person, place or organisation. */
export function isLexiconProper(lower: string): boolean {
  return lexiconTags(lower).some((t) => PROPER_TAGS.has(t));
}

/** The lexicon knows the word as an ordinary (not proper) word: a capitalised sentence opener, not a name. */
export function isLexiconCommon(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

export function isLexiconVerb(lower: string): boolean {
  return lexiconTags(lower).some((t) => VERB_TAGS.has(t));
}

export function isLexiconFunctionWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => FUNCTION_TAGS.has(t));
}

/** What kind of place the lexicon knows a lower-case name as ("ohio" → region, "denver" → city), else null. */
export function lexiconPlaceKind(lower: string): 'city' | 'region' | 'country' | null {
  const tags = lexiconTags(lower);
  return tags.includes('City') ? 'city' : tags.includes('Region') ? 'region' : tags.includes('Country') ? 'country' : null;
}

/** The type the lexicon suggests for a name (whole phrase first, then its first and last word). */
export function lexiconEntityType(words: string[]): 'person' | 'place' | 'organization' | null {
  const phrase = words.join(' ').toLowerCase();
  const direct = typeOfTags(lexiconTags(phrase), words.length);
  if (direct !== null) return direct;
  if (words.length >= 2) {
    const first = lexiconTags(words[0].toLowerCase());
    if (first.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) return 'person';
    const last = lexiconTags(words[words.length - 1].toLowerCase());
    if (last.includes('LastName')) return 'person';
  }
  return null;
}

function typeOfTags(tags: readonly string[], wordCount: number): 'person' | 'place' | 'organization' | null {
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) return 'place';
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organization';
  if (tags.some((t) => t === 'LastName' || t === 'Person')) return 'person';
  // A bare first name on its own is a person only in a name of two or more words.
  if (wordCount >= 2 && tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) return 'person';
  return null;
}

export function isDemonym(lower: string): boolean {
  return lexiconTags(lower).includes('Demonym');
}

export * from './count-words.js';
export * from './name-words.js';
export * from './speech-words.js';
