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
   * Sticky-free and global: `tokenize` resets `lastIndex` before each use, so no state survives a call.
   */
  token: /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|''|\S/gu,
  upperFirst: /^\p{Lu}/u,
  letterFirst: /^\p{L}/u,
  curlyApostrophe: /’/g,
};

/** Splits a sentence into tokens. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = REGEXPS.token;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let tokenText = m[0];
    const start = m.index;
    let end = start + tokenText.length;
    const kind = kindOf(tokenText);
    let lower = tokenText.toLowerCase();
    // "Mr." "Gen." "Jan.": keep an abbreviation's period with the word so it does not end a name.
    // An initial ("John F. Kennedy") likewise keeps its period.
    if (kind === 'word' && text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(lower) || (tokenText.length === 1 && isUpperFirst(tokenText)))) {
      tokenText += '.';
      lower += '.';
      end += 1;
      re.lastIndex = end;
    }
    if (lower.includes('’')) lower = lower.replace(REGEXPS.curlyApostrophe, "'");
    tokens.push({ text: tokenText, lower, kind, start, end, cap: kind === 'word' && isUpperFirst(tokenText) });
  }
  return tokens;
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

/** The word without a possessive ending ("Russia's" -> "Russia"). */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, '').replace(/s['’]$/i, 's');
}

export function isPossessive(token: Token): boolean {
  return token.kind === 'word' && /['’]s$/i.test(token.text);
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
