/**
 * Counts of one sentence: a number, its qualifier, what happened (the measure) and to whom (the subject).
 *
 * A number is a count only when a measure attaches to it, in one of the shapes English news uses:
 *   after it, directly           "14 dead", "50 injured", "five civilian deaths", "14 fatalities"
 *   after its noun phrase        "14 people were killed", "two children remain missing", "50 people hurt"
 *   before it, as a verb         "killing at least four people", "injuring 35 others", "evacuated 300 residents"
 *   before it, as a noun         "the deaths of 14 people", "claimed the lives of 14", "damage to 30 cars"
 *   as a toll                    "the death toll rose to 14", "the number of injured stands at 50"
 *   inherited from a whole       "14 killed, including six children", "six children were among 14 killed"
 *   continuing a list            "damage to 30 cars ... and 20 apartment buildings"
 *   shared by coordinated counts "11 soldiers and two civilians were killed"
 * "a"/"an" before a singular counted noun counts one ("a 20-year-old man was shot"). Ranges ("10 to 15
 * people") read as "at least" the low end; increments ("another five", "five more") are not totals; dozens
 * ("a dozen", "two dozen") are "about". A number is never a count when it is an age, a year, a time, a
 * date, an ordinal, a percentage, a duration, a distance or other measurement, money, an address, an
 * identifier or list numbering. Background statistics ("34 officers died in shootings this year") are
 * counts like any other: telling them from the event's own figures is left to reconciliation.
 */
import type { Qualifier } from '../../model/schemas.js';
import {
  BE_AUX, FATAL_ADVERBS, INCREMENT_WORDS, MEASURE_AFTER, MEASURE_AUX, MEASURE_BEFORE, QUALIFIER_PHRASES, SINGULAR_SUBJECTS, isLexiconVerb,
  type Measure,
} from './lexicon.js';
import { measureAfterAt, measureAfterNoun, measureBefore } from './count-measures.js';
import { link, type Draft } from './count-links.js';
import { isCountable, isNumberWord } from './count-numbers.js';
import { MAX_MODIFIER_GAP, compoundEnd, isModifier, predicateSubject, readNounPhrase } from './count-nouns.js';
import { findNumbers, type NumberSpan } from './numbers.js';
import { bare, type Token } from './tokens.js';

export interface CountSpan {
  value: number;
  qualifier: Qualifier;
  measure: Measure;
  subject: string;
  /** Index, among this sentence's counts, of the count this one is part of. */
  partOf: number | null;
  /** Token range [start, end) of the whole mention; [numStart, numEnd) of the number. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
}

/** Furthest back a list may carry a measure to the next count ("damage to 30 cars, a school and 20 homes"). */
const MAX_LIST_CARRY = 16;

/** Singular auxiliaries: a plural count cannot be their subject. */
const SINGULAR_AUX = new Set(['was', 'is', 'has']);

/** Speech verbs often directly before a count ("said 14 people were killed"): the count is not their object. */
const SPEECH_VERBS_BEFORE_COUNTS = new Set(['said', 'says', 'say', 'reported', 'confirmed', 'estimated', 'announced', 'added', 'told']);

/** A whole count of people hit who may have died of it: a later "N fatally" counts the dead among them. */
const isHurtCount = (d: Draft | undefined) => d !== undefined && (d.measure === 'shot' || d.measure === 'injured') && d.parent === null;

/** Subjects that are things, not people: "others" after them are more of the same things. */
const THING_SUBJECTS = new Set([
  'buildings', 'homes', 'houses', 'vehicles', 'cars', 'apartments', 'structures', 'businesses', 'schools', 'shops',
  'trucks', 'buses', 'dwellings', 'properties', 'facilities', 'boats', 'aircraft', 'hospitals', 'churches', 'bridges',
  'blocks', 'apartment buildings', 'residential buildings',
]);

/** Every count in the sentence, in textual order, with `partOf` pointing within the returned list. */
export function findCounts(tokens: Token[]): CountSpan[] {
  const drafts: Draft[] = [];
  for (const num of numbersAndIndefinites(tokens)) {
    const article = num.end - num.start === 1 && (tokens[num.start].lower === 'a' || tokens[num.start].lower === 'an');
    if (!article && !isCountable(tokens, num)) continue;
    const draft = readCount(tokens, num, drafts);
    if (draft !== null) drafts.push(draft);
  }
  return link(tokens, drafts);
}

/**
 * The numbers of the sentence, plus "a"/"an" before a singular counted noun ("a man was killed", "an
 * 8-year-old girl was wounded"), which counts one. In textual order.
 */
function numbersAndIndefinites(tokens: Token[]): NumberSpan[] {
  const numbers = findNumbers(tokens);
  const starts = new Set(numbers.map((n) => n.start));
  const out: NumberSpan[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].lower;
    if ((w !== 'a' && w !== 'an') || starts.has(k)) continue;
    let j = k + 1;
    for (let gap = 0; gap <= MAX_MODIFIER_GAP && j < tokens.length; gap++) {
      if (SINGULAR_SUBJECTS.has(bare(tokens[j]))) {
        out.push({ value: 1, start: k, end: k + 1, approximate: false, digits: false });
        break;
      }
      const next = compoundEnd(tokens, j);
      if (next > j) j = next;
      else if (isModifier(tokens[j])) j += 1;
      else break;
    }
  }
  if (out.length === 0) return numbers;
  return [...numbers, ...out].sort((x, y) => x.start - y.start);
}

// ---------------------------------------------------------------------------------------------------
// Reading one count.

function readCount(tokens: Token[], num: NumberSpan, earlier: Draft[]): Draft | null {
  const { qualifier, start: qualStart } = readQualifier(tokens, num);
  if (isIncrement(tokens, qualStart, num.end)) return null;
  let parent: Draft['parent'] = inclusionBefore(tokens, qualStart, earlier);
  let start = qualStart;

  // Ranges: "10 to 15 people", "10-15 people" read as "at least 10".
  let p = num.end;
  let qual = qualifier;
  const range = readRangeTail(tokens, p, num.value);
  if (range !== null) {
    p = range;
    if (qual === 'exact') qual = 'at least';
  }

  // Forward: a measure right after the number, or a counted noun (with modifiers) then its measure.
  const np = readNounPhrase(tokens, p);
  p = np.next;
  let end = np.end;
  let measure = np.measure;
  let subject = np.subject;
  const weakSubject = np.weakSubject;
  if (np.partOfPrevious) parent = parent ?? { kind: 'previous' };

  // After the counted noun: an aside, auxiliaries, then the measure ("..., including six children, were killed").
  if (measure === null) {
    const after = measureAfterNoun(tokens, p);
    if (after !== null) {
      if ('measure' in after) {
        measure = after.measure;
        end = after.end;
      } else {
        parent = { kind: 'at', numStart: after.parentAt };
      }
    } else if (subject === null) {
      const predicate = predicateSubject(tokens, p);
      if (predicate !== null) subject = predicate;
    }
  }
  // "14 lives" are 14 people killed.
  if (measure === null && subject === 'people' && tokens[p - 1]?.lower === 'lives') measure = 'killed';
  // "Five people were shot, two fatally", "6 shot, 1 fatally", "one of them fatally": the dead among the
  // people shot or wounded just counted, a part of that count (so the wounded are the rest).
  const fatal = tokens[p]?.lower;
  if (measure === null && (parent === null || np.partOfPrevious) && (fatal === 'fatally' || fatal === 'mortally') && measureAfterAt(tokens, p) === null && isHurtCount(earlier.at(-1))) {
    measure = 'killed';
    end = p + 1;
    parent = { kind: 'previous' };
  }

  // Backward: a verb, a noun with "of", a toll, or "among the dead were".
  if (measure === null) {
    const back = measureBefore(tokens, qualStart, earlier);
    if (back !== null) {
      measure = back.measure;
      start = back.start;
      if (back.parentAt !== undefined) parent = { kind: 'at', numStart: back.parentAt };
    }
  }
  // "killing his wife and their four children": the kin and the count after them are one toll of people.
  let value = num.value;
  if (measure === null && parent === null) {
    const kin = kinBefore(tokens, qualStart);
    if (kin !== null) {
      measure = kin.measure;
      start = kin.start;
      value += 1;
      subject = 'people';
    }
  }
  let carried = false;
  // "one is dead and three others are in custody": a count with a predicate of its own carries nothing.
  const ownPredicate = BE_AUX.has(tokens[p]?.lower ?? '') || MEASURE_AUX.has(tokens[p]?.lower ?? '');
  if (measure === null && parent === null && !weakSubject && subject !== null && !ownPredicate) {
    const listed = listCarry(tokens, qualStart, subject, earlier);
    if (listed !== null) {
      measure = listed;
      carried = true;
    }
  }
  // "others" are people, or more of the things the previous count counted ("destroyed 12 homes and damaged 40 others").
  const previousSubject = earlier[earlier.length - 1]?.subject;
  if (subject === 'people' && tokens[end - 1]?.lower === 'others' && previousSubject != null && THING_SUBJECTS.has(previousSubject)) subject = previousSubject;
  const sharesNext = measure === null && parent === null && !weakSubject && subject !== null && isCoordinated(tokens, p);
  if (measure === null && parent === null && !sharesNext) return null;
  // An unknown noun counts only as the subject of its own clause: not as the object of a verb before it
  // ("a man wielding two handguns was shot") nor with a singular verb after it.
  if (weakSubject && (measure === null || isVerbBefore(tokens, qualStart) || SINGULAR_AUX.has(tokens[p]?.lower ?? ''))) return null;
  return {
    num: value === num.value ? num : { ...num, value },
    qualifier: qual !== 'exact' ? qual : num.approximate ? 'about' : 'exact',
    qualStart,
    measure,
    subject,
    start,
    end: Math.max(end, num.end),
    parent,
    sharesNext,
    carried,
  };
}


/** Kin a possessive names ("his wife", "her son"): one person each. */
const KIN_NOUNS = new Set([
  'wife', 'husband', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'partner', 'son', 'daughter', 'stepson', 'stepdaughter',
  'mother', 'father', 'stepmother', 'stepfather', 'mom', 'dad', 'brother', 'sister', 'grandmother', 'grandfather', 'nephew',
  'niece', 'cousin', 'uncle', 'aunt',
]);
const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our']);

/**
 * A measure verb whose object is a possessed kin noun and this count ("killed his wife and (their) three
 * children"): the verb's measure and where it starts, or null. The kin is one more of the people counted.
 */
function kinBefore(tokens: Token[], qualStart: number): { measure: Measure; start: number } | null {
  let k = qualStart - 1;
  if (POSSESSIVES.has(tokens[k]?.lower ?? '')) k -= 1;
  if (tokens[k]?.lower !== 'and') return null;
  const kin = (tokens[k - 1]?.lower ?? '').replace(/^ex-/, '');
  if (!KIN_NOUNS.has(kin) || !POSSESSIVES.has(tokens[k - 2]?.lower ?? '')) return null;
  const verb = MEASURE_BEFORE[tokens[k - 3]?.lower ?? ''];
  if (verb === undefined) return null;
  // "fatally shot his wife and four children": all five killed.
  const fatal = FATAL_ADVERBS.has(tokens[k - 4]?.lower ?? '') && (verb === 'shot' || verb === 'injured');
  return fatal ? { measure: 'killed', start: k - 4 } : { measure: verb, start: k - 3 };
}

/** "and" or a comma right after the counted noun, then another number: a coordinated list of counts. */
function isCoordinated(tokens: Token[], p: number): boolean {
  const join = tokens[p]?.text;
  if (join !== 'and' && join !== ',') return false;
  for (let k = p + 1; k < Math.min(tokens.length, p + 4); k++) {
    const t = tokens[k];
    if (t.kind === 'num' || isNumberWord(t)) return true;
    // "a man and a woman were killed": an indefinite single is a count too.
    if (k === p + 1 && (t.lower === 'a' || t.lower === 'an')) return true;
  }
  return false;
}

function readQualifier(tokens: Token[], num: NumberSpan): { qualifier: Qualifier; start: number } {
  for (const [words, qualifier] of QUALIFIER_PHRASES) {
    const from = num.start - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[from + k].lower === words[k];
    if (ok) return { qualifier: qualifier ?? 'exact', start: from };
  }
  return { qualifier: 'exact', start: num.start };
}

/** "another five", "five more", "an additional 20": an increment, not a total. */
function isIncrement(tokens: Token[], qualStart: number, numEnd: number): boolean {
  const before = tokens[qualStart - 1]?.lower;
  const after = tokens[numEnd]?.lower;
  if (before !== undefined && INCREMENT_WORDS.has(before) && before !== 'other' && before !== 'more') return true;
  return after === 'more' || after === 'additional' || after === 'further' || after === 'extra';
}

/** The word before the count is a verb (other than a measure or "left"): the count is its object. */
function isVerbBefore(tokens: Token[], qualStart: number): boolean {
  const t = tokens[qualStart - 1];
  if (t === undefined || t.kind !== 'word') return false;
  if (MEASURE_BEFORE[t.lower] !== undefined || t.lower === 'left' || t.lower === 'leaving' || SPEECH_VERBS_BEFORE_COUNTS.has(t.lower)) return false;
  return isLexiconVerb(t.lower);
}

/** "to 15" or "-15" after a number: the end of the range, or null. */
function readRangeTail(tokens: Token[], p: number, low: number): number | null {
  const sep = tokens[p];
  const high = tokens[p + 1];
  if (sep === undefined || high === undefined) return null;
  if ((sep.lower === 'to' || sep.text === '-' || sep.text === '–' || sep.lower === 'or') && high.kind === 'num' && Number(high.text.replace(/,/g, '')) > low) return p + 2;
  return null;
}

/** Inclusion cue right before the count ("including", "among them", "of whom"), or a list of such counts. */
function inclusionBefore(tokens: Token[], qualStart: number, earlier: Draft[]): Draft['parent'] {
  const b1 = tokens[qualStart - 1]?.lower;
  const b2 = tokens[qualStart - 2]?.lower;
  if (b1 === 'including' || b1 === 'incl.') return { kind: 'previous' };
  if ((b1 === 'them' || b1 === 'whom' || b1 === 'those') && (b2 === 'among' || b2 === 'of')) return { kind: 'previous' };
  // "including four children and two women": the list goes on.
  const last = earlier[earlier.length - 1];
  if ((b1 === 'and' || b1 === ',') && last !== undefined && last.parent?.kind === 'previous' && last.end >= qualStart - 2) return { kind: 'previous' };
  return null;
}

/**
 * A list carries the previous count's measure to a count of the same kind: "damage to 30 cars, a
 * restaurant and 20 apartment buildings". Only across commas, "and"/"or" and plain words, never across a
 * verb or a clause boundary.
 */
function listCarry(tokens: Token[], qualStart: number, subject: string, earlier: Draft[]): Measure | null {
  const last = earlier[earlier.length - 1];
  if (last === undefined || last.measure === null || last.subject === null) return null;
  if (THING_SUBJECTS.has(last.subject) !== THING_SUBJECTS.has(subject)) return null;
  if (qualStart - last.end > MAX_LIST_CARRY) return null;
  // Only a measure written before the list governs it ("damaged 30 cars and 20 homes"); one written after
  // a count ("one victim fatally wounded and three others") is that count's alone (GVA casualties killed
  // 0.871 → 0.874, counts 0.795 / 0.607 / 0.516 → 0.798 / 0.607 / 0.518; each half gains). Lists of things
  // carry as before ("damage to 30 cars, a restaurant and 20 apartment buildings").
  if (!(last.start < last.num.start) && !THING_SUBJECTS.has(subject)) return null;
  let sawJoin = false;
  for (let k = last.end; k < qualStart; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or') {
      sawJoin = true;
      continue;
    }
    if (t.kind !== 'word') return null;
    if (isLexiconVerb(t.lower) || MEASURE_AFTER[t.lower] !== undefined || MEASURE_BEFORE[t.lower] !== undefined || BE_AUX.has(t.lower)) return null;
  }
  return sawJoin ? last.measure : null;
}
