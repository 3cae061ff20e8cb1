/**
 * Tokens of one sentence: words, numbers and single punctuation marks, each with its character offsets
 * into the sentence text. Every other module of the extract stage reads tokens, never raw text, so
 * offsets and word boundaries are decided once, here.
 */
import { ABBREVIATIONS } from './lexicon.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  text: string;
  /** Lower-case text, with a curly apostrophe folded to a straight one. */
  lower: string;
  kind: TokenKind;
  /** Character offsets (end-exclusive) into the sentence text. */
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
}

const REGEXPS = {
  /**
   * One token: an initialism with dots (U.S., a.m.), an ASCII number with inner separators (1,200 1.5 1:15),
   * a word with inner apostrophes or hyphens (O'Brien, Jean-Noël, twenty-five, year-old), or any other
   * two apostrophes standing for a double quotation mark (''...'', as some newspapers' text writes it), or any other
   * single non-space character. `\d` is ASCII only, so digits of other scripts fall to the last branch.
   * Global: `nextToken` sets `lastIndex` before each use, so no state survives a call.
   */
  token: /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|''|\S/gu,
  upperFirst: /^\p{Lu}/u,
  letterFirst: /^\p{L}/u,
  curlyApostrophe: /’/g,
};

/** Splits a sentence into tokens. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (let next = nextToken(text, at); next !== null; next = nextToken(text, at)) {
    const start = next[0];
    let end = next[1];
    let tokenText = text.slice(start, end);
    const kind = kindOf(tokenText);
    let lower = tokenText.toLowerCase();
    // "Mr." "Gen." "Jan.": keep an abbreviation's period with the word so it does not end a name.
    // An initial ("John F. Kennedy") likewise keeps its period.
    if (kind === 'word' && text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(lower) || (tokenText.length === 1 && isUpperFirst(tokenText)))) {
      tokenText += '.';
      lower += '.';
      end += 1;
    }
    at = end;
    if (lower.includes('’')) lower = lower.replace(REGEXPS.curlyApostrophe, "'");
    tokens.push({ text: tokenText, lower, kind, start, end, cap: kind === 'word' && isUpperFirst(tokenText) });
  }
  return tokens;
}

/**
 * The next match of `REGEXPS.token` at or after `from`, as [start, end), or null. Plain ASCII is scanned by
 * hand, with the regex's own alternatives in its order (a token regex call per word was half of
 * tokenising); wherever a character beyond ASCII could start or extend the token, the regex decides.
 */
function nextToken(text: string, from: number): [number, number] | null {
  let i = from;
  let c = text.charCodeAt(i);
  while (c === 32 || (c >= 9 && c <= 13)) c = text.charCodeAt(++i);
  if (i >= text.length) return null;
  const end = c < 128 ? asciiTokenEnd(text, i, c) : -1;
  if (end > 0) return [i, end];
  const re = REGEXPS.token;
  re.lastIndex = i;
  const m = re.exec(text);
  return m === null ? null : [m.index, m.index + m[0].length];
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The end of the token starting at `i` (an ASCII character `c`), or -1 when a character beyond ASCII may change it. */
function asciiTokenEnd(text: string, i: number, c: number): number {
  if (isDigit(c)) {
    // \d+(?:[.,:]\d+)*
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      const sep = text.charCodeAt(j);
      if ((sep === 46 || sep === 44 || sep === 58) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (isDigit(text.charCodeAt(j))) j++;
      } else return j;
    }
  }
  if (isAsciiLetter(c)) {
    // (?:\p{L}\.){2,}: letters each followed by a period, at least two of them.
    let j = i;
    while (isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    if (j - i >= 4) return text.charCodeAt(j) >= 128 ? -1 : j;
    if (text.charCodeAt(j) >= 128 || (j > i && text.charCodeAt(j + 1) >= 128)) return -1;
    // [\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*
    j = i + 1;
    for (;;) {
      let d = text.charCodeAt(j);
      while (isAsciiLetter(d)) d = text.charCodeAt(++j);
      if (d >= 128) return -1;
      if (d !== 39 && d !== 45) return j;
      const after = text.charCodeAt(j + 1);
      if (after >= 128) return -1;
      if (!isAsciiLetter(after)) return j;
      j += 1;
    }
  }
  // ''|\S
  if (c === 39 && text.charCodeAt(i + 1) === 39) return i + 2;
  return i + 1;
}

function kindOf(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  if (c < 128) return 'punct';
  return REGEXPS.letterFirst.test(token) ? 'word' : 'punct';
}

function isUpperFirst(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return REGEXPS.upperFirst.test(token);
}

/** The token's lower-case text without a trailing abbreviation period ("mr." -> "mr"). */
export function bare(token: Token): string {
  return token.lower.endsWith('.') && token.kind === 'word' ? token.lower.slice(0, -1) : token.lower;
}

/**
 * The word without a possessive ending ("Russia's" -> "Russia", "Jones'" -> "Jones"): as
 * `word.replace(/['’]s$/i, '').replace(/s['’]$/i, 's')`, by character codes (the entity tagger asks for
 * every word of every capitalised run).
 */
export function stripPossessive(word: string): string {
  let w = word;
  if (endsWithApostropheS(w)) w = w.slice(0, -2);
  const n = w.length;
  if (n >= 2 && isApostrophe(w.charCodeAt(n - 1)) && isLetterS(w.charCodeAt(n - 2))) w = `${w.slice(0, -2)}s`;
  return w;
}

export function isPossessive(token: Token): boolean {
  return token.kind === 'word' && endsWithApostropheS(token.text);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isLetterS = (c: number): boolean => c === 115 || c === 83;
/** Ends in "'s" ("’s", "'S"). */
function endsWithApostropheS(w: string): boolean {
  const n = w.length;
  return n >= 2 && isLetterS(w.charCodeAt(n - 1)) && isApostrophe(w.charCodeAt(n - 2));
}

/** True for quotation marks, straight or curly (double only: single marks double as apostrophes; two apostrophes are a double mark). */
export function isQuoteMark(token: Token): boolean {
  return token.text === '"' || token.text === "''" || token.text === '“' || token.text === '”' || token.text === '«' || token.text === '»';
}

/** The text of tokens [from, to) as written in the sentence. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  if (to <= from) return '';
  return text.slice(tokens[from].start, tokens[to - 1].end);
}
