/**
 * Person names across documents: a spelling-tolerant key, and a test of whether two written names can
 * be the same person.
 *
 * `nameKey` folds the variants transliteration produces (from Cyrillic, Arabic and other scripts) and
 * that accents and hyphens produce:
 *   - diacritics, case, hyphens, apostrophes and spaces go ("Jean-Noël" = "Jean-Noel" = "jean noel");
 *   - word endings -iy, -yy, -ii, -yi, -ij, -y, -i, -ey fold to one ending ("Serhiy" = "Serhii",
 *     "Kovalsky" = "Kovalskyy" = "Kovalskiy");
 *   - "kh" folds to "h", "g" folds to "h", "w" folds to "v", "ph" to "f", "ck" to "k" ("Sergiy" =
 *     "Serhiy", "Oleg" = "Oleh", "Khmelnytsky"/"Hmelnytsky");
 *   - doubled letters fold to one ("Hennadiy" = "Gennadiy" = "Genadiy").
 * Trade-off, chosen on purpose: a "y" or "i" inside a word is left alone, so "Smith" and "Smyth"
 * (different English surnames) stay apart, at the cost of not merging "Volodymyr" with "Volodimir".
 * Folding "g" into "h" does merge a few distinct Western names ("Gill"/"Hill"), which `samePerson` limits
 * by also requiring compatible given names; within one story such pairs are rare.
 */

/** Titles and honorifics that are not part of a name, compared lower-case without a trailing period. */
const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'fr',
  'father', 'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'governor', 'gov', 'mayor', 'senator',
  'sen', 'rep', 'representative', 'judge', 'justice', 'chief', 'officer', 'detective', 'det', 'sgt', 'sergeant', 'lt',
  'lieutenant', 'capt', 'captain', 'col', 'colonel', 'gen', 'general', 'maj', 'major', 'adm', 'admiral', 'cmdr',
  'commander', 'deputy', 'sheriff', 'king', 'queen', 'prince', 'princess', 'ambassador', 'commissioner', 'foreign',
  'defence', 'defense', 'interior', 'state', 'pope', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman',
]);

const REGEXPS = {
  diacritics: /\p{M}+/gu,
  nonLetters: /[^\p{L}]+/gu,
  wordSplit: /[\s\-‐–—_.']+/u,
  possessive: /['’]s$/i,
  ending: /(?:iy|yy|ii|yi|ij|ei|ey|y|i)$/,
  doubled: /(\p{L})\1+/gu,
  initial: /^\p{L}\.?$/u,
  upperFirst: /^\p{Lu}/u,
};

/**
 * Folded words, remembered: reconcile folds the same few thousand name words again for every pair of
 * names it compares (a pure function of the word, so the memo changes no result). Bounded: cleared when full.
 */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 50_000;

/** One word folded: no diacritics, lower case, letters only, transliteration variants merged. */
function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    folded = foldWordUncached(word);
    FOLDED.set(word, folded);
  }
  return folded;
}

function foldWordUncached(word: string): string {
  let w = word.normalize('NFD').replace(REGEXPS.diacritics, '').toLowerCase().replace(REGEXPS.nonLetters, '');
  if (w === '') return '';
  w = w.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/g/g, 'h').replace(/w/g, 'v');
  w = w.replace(REGEXPS.doubled, '$1');
  // One ending for -iy/-yy/-ii/-y/-i..., but never strip a word down to one letter.
  if (w.length > 2) w = w.replace(REGEXPS.ending, 'i');
  return w;
}

/**
 * A transliteration-tolerant key for a name: equal keys for spelling variants of the same name
 * ("Serhii Marchenko" / "Serhiy Marchenko" / "Sergiy Marchenko"), different keys for different names.
 */
export function nameKey(name: string): string {
  return name
    .split(REGEXPS.wordSplit)
    .map(foldWord)
    .join('');
}

/** A written name as given names and a surname, without titles, honorifics or a possessive. */
export function splitName(name: string): { given: string[]; surname: string } | null {
  const words = name
    .replace(REGEXPS.possessive, '')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  let start = 0;
  // Titles and lower-case role words before the name ("regional governor", "Mr", "Foreign Minister").
  while (start < words.length - 1 && (NAME_TITLES.has(words[start].toLowerCase().replace(/\.$/, '')) || !REGEXPS.upperFirst.test(words[start]))) start += 1;
  const rest = words.slice(start);
  if (rest.length === 0) return null;
  const surname = rest[rest.length - 1];
  if (foldWord(surname) === '') return null;
  return { given: rest.slice(0, -1), surname };
}

/**
 * True when two written names can be the same person: their surnames have the same key, and their given
 * names are compatible — equal keys, an initial that matches ("J. Doe" / "Jane Doe"), or one side has no
 * given name ("Mr Doe" / "Jane Doe"). Only the first given name is compared (middle names vary).
 */
export function samePerson(a: string, b: string): boolean {
  const x = splitName(a);
  const y = splitName(b);
  if (x === null || y === null) return false;
  if (nameKey(x.surname) !== nameKey(y.surname)) return false;
  if (x.given.length === 0 || y.given.length === 0) return true;
  const gx = x.given[0];
  const gy = y.given[0];
  const ix = REGEXPS.initial.test(gx);
  const iy = REGEXPS.initial.test(gy);
  if (ix || iy) return initialOf(gx) === initialOf(gy);
  return nameKey(gx) === nameKey(gy);
}

/** The first letter of a given name, folded like the keys (so "G." matches "Hennadiy"). */
function initialOf(given: string): string {
  return foldWord(given).charAt(0);
}
