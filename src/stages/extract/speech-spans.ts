/**
 * Token-level pieces of attribution clauses that need no noun phrase reading: the verb group between a party
 * and its cue (auxiliaries, negations, adverbs), asides set off by commas, brackets or dashes, and word
 * counts of token spans. The noun phrases themselves are read in `speech-np.ts`.
 */
import { CUE_ADVERBS, ROLE_NOUNS, isLexiconVerb } from './lexicon.js';
import { isQuoteMark, type Token } from './tokens.js';

/** Longest aside between a party and its cue (", who runs the agency's press office,"), in tokens. */
export const MAX_ASIDE_TOKENS = 15;
export const REGEXPS = {
  adverbLy: /ly$/,
  numberWord: /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens?|hundreds|thousands)(?:-|$)/,
  wordish: /^[\p{L}]/u,
  inflection: /(?:ed|es|s)$/,
  gerund: /ing$/,
  participle: /(?:ed|ing)$/,
  possessive: /['’]s$/,
  contraction: /['’](?:m|re|ve|ll|d)$|n['’]t$/,
};

export const DASHES = new Set(['—', '–', '--']);

/**
 * The index of the token opening a short aside in brackets or dashes that closes at `close` ("(D-Ore.)",
 * "— a teacher from Springfield —"), or null.
 */
export function bracketAsideStart(tokens: Token[], close: number): number | null {
  const t = tokens[close];
  if (t === undefined) return null;
  const opener = t.text === ')' ? '(' : DASHES.has(t.text) ? t.text : null;
  if (opener === null) return null;
  for (let k = close - 1; k > 0 && close - k <= MAX_ASIDE_TOKENS; k--) {
    const u = tokens[k];
    if (u.text === opener || (opener !== '(' && DASHES.has(u.text))) return k > 0 && k < close - 1 ? k : null;
    if (u.kind === 'punct' && u.text !== ',' && u.text !== '-' && u.text !== '.' && u.text !== "'" && u.text !== '’') return null;
    if (isQuoteMark(u)) return null;
  }
  return null;
}

/** Modal auxiliaries of a verb group ("will say", "could argue"). */
export const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'wo']);
/** Adverbs that sit inside a verb group without the -ly ending ("still says", "often tells"). */
export const GROUP_ADVERBS = new Set(['still', 'often', 'now', 'just', 'even', 'ever', 'already', 'only', 'soon', 'always', 'sometimes', 'however', 'too', 'all', 'both', 'each', 'instead', 'long', 'yet', 'seldom', 'rarely']);
/** Nouns in -ly, which are no adverbs. */
export const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'monopoly', 'anomaly', 'bully', 'reply', 'italy', 'july', 'fly', 'belly', 'lily', 'holly', 'tally', 'folly']);
export const CONTRACTED_NEGATION = /n['’]t$/;

/**
 * A word of the verb group between a party and its cue: an auxiliary ("has", "did", "will", "could"), a
 * negation ("not", "didn’t"), or an adverb ("still", "repeatedly") — "the senator still could not say".
 */
export function inVerbGroup(t: Token): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  if (CUE_ADVERBS.has(w) || MODALS.has(w) || GROUP_ADVERBS.has(w) || CONTRACTED_NEGATION.test(w) || w === 'been') return true;
  return REGEXPS.adverbLy.test(w) && w.length > 4 && !LY_NOUNS.has(w);
}

/** A verb by the lexicon, a past form, or an inflected form of a verb ("votes"): the lexicon lists base forms. */
export function isVerbish(lower: string): boolean {
  if (isLexiconVerb(lower)) return true;
  const m = REGEXPS.inflection.exec(lower);
  if (m === null) return false;
  const stem = lower.slice(0, m.index);
  if (m[0] === 'ed' && stem.length >= 3) return true; // a past form; the lexicon lists many as adjectives ("closed")
  return isLexiconVerb(stem) || isLexiconVerb(`${stem}e`) || (stem.length > 2 && stem.at(-1) === stem.at(-2) && isLexiconVerb(stem.slice(0, -1)));
}

/**
 * The comma opening an aside that ends with the comma at `close` (", who leads the agency,"), when the
 * aside is short and opens like a relative clause or an apposition; else null.
 */
export function findAsideStart(tokens: Token[], close: number): number | null {
  for (let k = close - 1; k > 0 && close - k <= MAX_ASIDE_TOKENS; k--) {
    const t = tokens[k];
    if (t.text === ',') {
      const first = tokens[k + 1];
      // ... or like a bare role ("Jane Doe, head of the agency, said"; "..., former mayor of ...").
      const opens = first !== undefined && (first.lower === 'who' || first.lower === 'which' || first.lower === 'a' || first.lower === 'an' || first.lower === 'the' || first.cap
        || ROLE_NOUNS.has(first.lower) || first.lower === 'former' || REGEXPS.possessive.test(first.lower)
        || REGEXPS.participle.test(first.lower) // ", wearing a red cap,", ", dressed in white,"
        || (first.kind === 'num' && close === k + 2)); // ", 60," an age
      return opens ? k : null;
    }
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") return null;
  }
  return null;
}

/** Number of word and number tokens in [from, to). */
export function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind !== 'punct') n += 1;
  return n;
}

/** End of [from, to) without trailing punctuation and quotation marks. */
export function trimEnd(tokens: Token[], from: number, to: number): number {
  let end = to;
  while (end > from && tokens[end - 1].kind === 'punct') end -= 1;
  return end;
}
