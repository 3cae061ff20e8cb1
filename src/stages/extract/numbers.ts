/**
 * Cardinal numbers in a token list: digits ("14", "1,200", "1.5 million") and English number words
 * ("five", "twenty-five", "two hundred and fifty", "a dozen", "half a dozen"). Vague quantities
 * ("dozens", "hundreds") are not numbers. Whether a number is a count is decided by the caller.
 */
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon.js';
import type { Token } from './tokens.js';

export interface NumberSpan {
  value: number;
  /** Token range [start, end) of the number as written. */
  start: number;
  end: number;
  /** Written as dozens ("a dozen", "two dozen"): a round figure rather than a tally. */
  approximate: boolean;
  /** Written in digits. */
  digits: boolean;
}

const REGEXPS = {
  plainDigits: /^\d+$/,
  groupedDigits: /^\d{1,3}(?:,\d{3})+$/,
  decimal: /^\d+\.\d+$/,
};

/** Every cardinal number in the tokens, left to right, non-overlapping. Linear in the token count. */
export function findNumbers(tokens: Token[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = tokens[i].kind === 'num' ? parseDigits(tokens, i) : tokens[i].kind === 'word' ? parseWords(tokens, i) : null;
    if (span === null) {
      i += 1;
    } else {
      spans.push(span);
      i = span.end;
    }
  }
  return spans;
}

function parseDigits(tokens: Token[], i: number): NumberSpan | null {
  const text = tokens[i].text;
  let value: number;
  if (REGEXPS.plainDigits.test(text)) value = Number(text);
  else if (REGEXPS.groupedDigits.test(text)) value = Number(text.replace(/,/g, ''));
  else if (REGEXPS.decimal.test(text)) value = Number(text);
  else return null; // times (1:15), European groupings, version-like strings
  let end = i + 1;
  const scale = tokens[end]?.kind === 'word' ? SCALE_WORDS[tokens[end].lower] : undefined;
  if (scale !== undefined) {
    value *= scale;
    end += 1;
  }
  if (!Number.isInteger(value) || !Number.isFinite(value)) return null; // "3.5" on its own is a measurement
  return { value, start: i, end, approximate: false, digits: true };
}

/** Number words and their values ("twenty-five" included), built once from the lexicon's tables. */
const NUMBER_WORDS: ReadonlyMap<string, { value: number; kind: 'unit' | 'tens' }> = buildNumberWords();

function buildNumberWords(): Map<string, { value: number; kind: 'unit' | 'tens' }> {
  const map = new Map<string, { value: number; kind: 'unit' | 'tens' }>();
  for (const [word, value] of Object.entries(UNIT_WORDS)) map.set(word, { value, kind: 'unit' });
  for (const [word, value] of Object.entries(TENS_WORDS)) {
    map.set(word, { value, kind: 'tens' });
    for (const [unit, u] of Object.entries(UNIT_WORDS)) if (u > 0 && u < 10) map.set(`${word}-${unit}`, { value: value + u, kind: 'tens' });
  }
  return map;
}

/** The numeric value of a number word or a hyphenated compound of them ("twenty-five"), else undefined. */
function wordValue(lower: string): { value: number; kind: 'unit' | 'tens' } | undefined {
  return NUMBER_WORDS.get(lower);
}

/**
 * Parses number words from token i: "five", "twenty five", "two hundred and fifty", "a hundred",
 * "three thousand", "a dozen", "two dozen", "half a dozen". Returns null when token i does not start one.
 */
function parseWords(tokens: Token[], i: number): NumberSpan | null {
  let j = i;
  let total = 0;
  let current = 0;
  let consumed = false;
  let approximate = false;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' = 'none';

  // Most words are not numbers: leave at once unless the word is a number word or may open one.
  const lower0 = tokens[i].lower;
  if (lower0 !== 'a' && lower0 !== 'an' && lower0 !== 'half' && !NUMBER_WORDS.has(lower0)) return null;
  // "a hundred", "a dozen", "half a dozen": the article stands for one.
  if (lower0 === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') {
    return { value: 6, start: i, end: i + 3, approximate: true, digits: false };
  }
  // "half a million": half the scale, never the "a million" inside it.
  const halfScale = lower0 === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an') ? SCALE_WORDS[tokens[i + 2]?.lower ?? ''] : undefined;
  if (halfScale !== undefined) return { value: halfScale / 2, start: i, end: i + 3, approximate: false, digits: false };
  if ((lower0 === 'a' || lower0 === 'an') && tokens[i - 1]?.lower === 'half') return null;
  if ((lower0 === 'a' || lower0 === 'an') && tokens[i + 1] !== undefined) {
    const next = tokens[i + 1].lower;
    if (next === 'dozen' || SCALE_WORDS[next] !== undefined) {
      current = 1;
      last = 'unit';
      j = i + 1;
    } else {
      return null;
    }
  }

  while (j < tokens.length && tokens[j].kind === 'word') {
    const w = tokens[j].lower;
    const word = wordValue(w);
    if (word !== undefined) {
      if (word.kind === 'unit' && (last === 'unit' || last === 'dozen')) break;
      if (word.kind === 'tens' && (last === 'unit' || last === 'tens' || last === 'dozen')) break;
      if (word.kind === 'unit' && last === 'tens' && current % 10 !== 0) break;
      current += word.value;
      last = word.kind;
      consumed = true;
      j += 1;
      continue;
    }
    if (w === 'hundred' && (last === 'unit' || last === 'tens')) {
      current = current * 100;
      last = 'hundred';
      j += 1;
      continue;
    }
    const scale = SCALE_WORDS[w];
    if (scale !== undefined && scale >= 1_000 && last !== 'none' && last !== 'scale') {
      total += current * scale;
      current = 0;
      last = 'scale';
      j += 1;
      continue;
    }
    if (w === 'dozen' && (last === 'unit' || last === 'tens')) {
      current = current * 12;
      approximate = true;
      consumed = true;
      last = 'dozen';
      j += 1;
      continue;
    }
    // "two hundred and fifty": "and" joins only when a smaller number word follows.
    if (w === 'and' && (last === 'hundred' || last === 'scale') && tokens[j + 1] !== undefined && wordValue(tokens[j + 1].lower) !== undefined) {
      j += 1;
      continue;
    }
    break;
  }
  if (!consumed && last !== 'hundred' && last !== 'scale') return null;
  return { value: total + current, start: i, end: j, approximate, digits: false };
}
