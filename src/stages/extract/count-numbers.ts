/**
 * What a number is not: the tests that keep money, percentages, ages, years, dates, identifiers, addresses,
 * the emergency number and list numbering out of the counts (`counts.ts` reads what the rest count).
 */
import {
  CURRENCY_SYMBOLS, MEASURE_AFTER, MONTHS, NUMBER_BLOCKERS_BEFORE, QUALIFIER_PHRASES, STREET_SUFFIXES, SUBJECT_NOUNS,
  TENS_WORDS, UNIT_NOUNS, UNIT_WORDS, WEEKDAYS,
} from './lexicon.js';
import type { NumberSpan } from './numbers.js';
import { isQuoteMark, stripPossessive, type Token } from './tokens.js';

/** Years between these bounds written as four plain digits are years, not counts. */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;

/** Every word of a qualifier phrase ("At least 14": "At" opens the sentence, it is not an identifier's name). */
const QUALIFIER_WORDS = new Set(QUALIFIER_PHRASES.flatMap(([words]) => words));

/** A number word ("five", "twenty-one"). */
export function isNumberWord(t: Token): boolean {
  return UNIT_WORDS[t.lower] !== undefined || TENS_WORDS[t.lower.split('-')[0]] !== undefined;
}

/** Whether the number can be a count at all (not money, an age, a year, a date, an identifier, an address...). */
export function isCountable(tokens: Token[], num: NumberSpan): boolean {
  const before = tokens[num.start - 1];
  const after = tokens[num.end];
  const after2 = tokens[num.end + 1];
  const first = tokens[num.start];
  // Money, percentages, ordinals and units glued to the digits ("$5", "5%", "4th", "10am").
  if (before !== undefined && CURRENCY_SYMBOLS.has(before.text)) return false;
  if (after !== undefined) {
    const glued = after.start === tokens[num.end - 1].end;
    if (after.text === '%' || (glued && after.kind === 'word')) return false;
    // "14-year-old", "30-day", "five-storey": a hyphenated compound is an adjective, not a count.
    if (glued && (after.text === '-' || after.text === '–') && after2 !== undefined && after2.kind === 'word' && after2.start === after.end) return false;
    if (UNIT_NOUNS.has(after.lower)) return false;
    if (after.lower === 'per' || after.lower === 'a.m.' || after.lower === 'p.m.') return false;
    if (MONTHS.has(after.lower) || (after.lower === 'of' && after2 !== undefined && MONTHS.has(after2.lower))) return false;
  }
  // "Image 6 of 12 A woman died": a number right before an article counts nothing of what follows.
  if (after !== undefined && (after.lower === 'a' || after.lower === 'an' || after.lower === 'the') && num.digits) return false;
  // "a police K-9", "I-95": letters glued by a hyphen to the digits name a thing.
  if (before !== undefined && (before.text === '-' || before.text === '–') && before.end === first.start && tokens[num.start - 2]?.kind === 'word'
    && tokens[num.start - 2].end === before.start && !isNumberWord(tokens[num.start - 2])) return false;
  // "the 911 caller": the emergency number.
  if (num.digits && first.text === '911' && after !== undefined && EMERGENCY_NUMBER_NOUNS.has(stripPossessive(after.lower))) return false;
  // "a 16 year-old boy", "a 9 or 10 year old boy": an age written without its hyphens.
  if (isLooseAge(tokens, num.end)) return false;
  // "No one was injured": a pronoun saying nobody, not a count of one.
  if (before !== undefined && before.lower === 'no' && first.lower === 'one') return false;
  // Dates ("April 4"); hyphenated number words that are adjectives ("three-month-old") never parse as numbers.
  if (before !== undefined && MONTHS.has(before.lower)) return false;
  if (before !== undefined && NUMBER_BLOCKERS_BEFORE.has(before.lower)) return false;
  if (inAgeSpan(tokens, num.start)) return false;
  // Years.
  if (num.digits && num.end - num.start === 1 && /^\d{4}$/.test(first.text) && num.value >= YEAR_MIN && num.value <= YEAR_MAX) {
    if (after === undefined || (SUBJECT_NOUNS[after.lower] === undefined && MEASURE_AFTER[after.lower] === undefined)) return false;
  }
  // Ages: "Doe, 33, was ...", "the suspect, 33, of Springfield" and "(33)".
  if (num.digits && before?.text === ',' && tokens[num.start - 2]?.kind === 'word' && after !== undefined && (after.text === ',' || after.text === '.' || after.text === ')')) return false;
  if (before?.text === ',' && tokens[num.start - 2]?.cap && after?.lower === 'and') return false;
  if (before?.text === '(' && after?.text === ')') return false;
  // Identifiers: "Route 66", "Flight 17", "Building 5" — a capitalised word right before a number,
  // unless it opens the sentence or is a weekday or month.
  if (before !== undefined && before.cap && num.start - 1 > 0 && !WEEKDAYS.has(before.lower) && !QUALIFIER_WORDS.has(before.lower) && !isQuoteMark(tokens[num.start - 2])) return false;
  // Addresses: "the 13500 block", "12 Main Street".
  if (after !== undefined && after.cap && after2 !== undefined && STREET_SUFFIXES.has(after2.lower)) return false;
  if (after !== undefined && after.cap && tokens[num.end + 2] !== undefined && STREET_SUFFIXES.has(tokens[num.end + 2].lower)) return false;
  // List numbering: "1. ..." or "2) ..." at the start of a sentence.
  if (num.start === 0 && after !== undefined && (after.text === '.' || after.text === ')')) return false;
  // Times and scores written with a colon never parse as numbers; "3-2" and "10-15" do: a range.
  return true;
}

/** What follows "911" when it is the emergency number ("911 call", "911 dispatcher"). */
const EMERGENCY_NUMBER_NOUNS = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'operator', 'center', 'centre', 'system']);
/** Units of an age ("16 year old", "14 yr old"). */
const AGE_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'yr', 'yrs', 'mo', 'mos']);
/** An age abbreviated after its number ("8 yo"). */
const AGE_ABBREVIATIONS = new Set(['yo', 'y.o.', 'y.o']);

/** From k: an optional "or 10" / "to 10", then "year old" / "year-old" — the number before is an age. */
function isLooseAge(tokens: Token[], k: number): boolean {
  let j = k;
  if ((tokens[j]?.lower === 'or' || tokens[j]?.lower === 'to') && tokens[j + 1]?.kind === 'num') j += 2;
  // "an 8 yo girl", "8 y.o.": the abbreviated age.
  if (AGE_ABBREVIATIONS.has(tokens[j]?.lower ?? '')) return true;
  if (/^(?:year|month|week|day)s?[-–]old$/.test(tokens[j]?.lower ?? '')) return true;
  if (!AGE_UNITS.has(tokens[j]?.lower ?? '')) return false;
  const next = tokens[j + 1];
  return next !== undefined && (next.lower === 'old' || ((next.text === '-' || next.text === '–') && tokens[j + 2]?.lower === 'old'));
}

/** Words that may stand between an age word and its numbers: "ages of 16-18", "aged between 20 and 25". */
const AGE_SPAN_LINKS = new Set(['of', 'between', 'the', 'and', 'to', '-', '–', 'from']);
/** How far back an age word governs a number ("between the ages of 16 and 18": five tokens). */
const AGE_SPAN_REACH = 6;

/** A number in an age span: an age word before it with only linking words and numbers between. */
function inAgeSpan(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - AGE_SPAN_REACH); k--) {
    const t = tokens[k];
    if (t.lower === 'age' || t.lower === 'ages' || t.lower === 'aged') return true;
    if (t.kind !== 'num' && !AGE_SPAN_LINKS.has(t.lower)) return false;
  }
  return false;
}
