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
  BE_AUX, INCREMENT_WORDS, MEASURE_AFTER, MEASURE_AUX, MEASURE_BEFORE, QUALIFIER_PHRASES, SINGULAR_SUBJECTS, SUBJECT_NOUNS,
  SUBJECT_PAIRS, isLexiconFunctionWord, isLexiconVerb, type Measure,
} from './lexicon.js';
import { isObjectAt, measureAfterAt, measureAfterNoun, measureBefore } from './count-measures.js';
import { link, type Draft } from './count-links.js';
import { isCountable, isNumberWord } from './count-numbers.js';
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

/** Words between a number and its counted noun ("14 Ukrainian civilians", "five young children"). */
const MAX_MODIFIER_GAP = 3;
/** Furthest back a list may carry a measure to the next count ("damage to 30 cars, a school and 20 homes"). */
const MAX_LIST_CARRY = 16;

/** Singular auxiliaries: a plural count cannot be their subject. */
const SINGULAR_AUX = new Set(['was', 'is', 'has']);

/** Speech verbs often directly before a count ("said 14 people were killed"): the count is not their object. */
const SPEECH_VERBS_BEFORE_COUNTS = new Set(['said', 'says', 'say', 'reported', 'confirmed', 'estimated', 'announced', 'added', 'told']);

/** Determiners of a partitive count: "two of the victims", "forty of our fighters". */
const PARTITIVE_DETERMINERS = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'those', 'these', 'my', 'your']);

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

/** End of a hyphenated compound glued to a number at k ("20-year-old", "3-month-old"), or k when none. */
function compoundEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  const dash = tokens[k + 1];
  const word = tokens[k + 2];
  if (t?.kind === 'num' && dash !== undefined && word !== undefined && (dash.text === '-' || dash.text === '–') && dash.start === t.end && word.start === dash.end && word.kind === 'word') return k + 3;
  return k;
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
    num,
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

interface NounPhrase {
  /** Token after the noun phrase (where a measure after it may start). */
  next: number;
  /** End of the mention so far. */
  end: number;
  measure: Measure | null;
  subject: string | null;
  /** The subject is an unknown plural noun ("14 sailors"): kept only with a measure of its own clause. */
  weakSubject: boolean;
  /** "six of them", "two of whom": part of the count before. */
  partOfPrevious: boolean;
}

/**
 * Reads what follows a number: a measure right after it ("14 dead", "five civilian deaths"), or a counted
 * noun with up to three modifiers before it ("14 Ukrainian civilians", "two 20-year-old men"), or a
 * partitive ("two of the victims", "six of them").
 */
function readNounPhrase(tokens: Token[], from: number): NounPhrase {
  const out: NounPhrase = { next: from, end: from, measure: null, subject: null, weakSubject: false, partOfPrevious: false };
  let p = from;
  let gapSubject: string | null = null;
  let gapEnd = p;
  for (let gap = 0; p < tokens.length && gap <= MAX_MODIFIER_GAP; gap++) {
    const direct = measureAfterAt(tokens, p);
    if (direct !== null) {
      // "two missiles damaged 20 buildings": a measure verb with an object belongs to the object's count.
      if (MEASURE_BEFORE[tokens[p].lower] !== undefined && isObjectAt(tokens, direct.end)) break;
      out.measure = direct.measure;
      out.end = direct.end;
      out.subject = gapSubject;
      break;
    }
    const subj = subjectAt(tokens, p);
    if (subj !== null) {
      // Compound nouns take their last noun as head: "apartment structures", "child victims".
      for (let head: { subject: string; end: number } | null = subj; head !== null; head = subjectAt(tokens, p)) {
        out.subject = head.subject;
        p = head.end;
      }
      out.end = p;
      break;
    }
    const t = tokens[p];
    if (t.lower === 'of') {
      const next = tokens[p + 1]?.lower;
      if (next === 'them' || next === 'whom' || (next === 'those' && subjectAt(tokens, p + 2) === null)) {
        out.partOfPrevious = true;
        p += 2;
        out.end = p;
        continue;
      }
      const partitive = next !== undefined && PARTITIVE_DETERMINERS.has(next) ? subjectAt(tokens, p + 2) : null;
      if (partitive !== null) {
        out.subject = partitive.subject;
        p = partitive.end;
        out.end = p;
      }
      break;
    }
    const compound = compoundEnd(tokens, p);
    if (compound > p) {
      p = compound; // "two 20-year-old men"
      continue;
    }
    if (!isModifier(t)) break;
    if (/[a-z]s$/.test(t.lower) && t.lower.length > 3) {
      gapSubject = t.lower;
      gapEnd = p + 1;
    }
    p += 1;
  }
  if (out.subject === null && out.measure === null && gapSubject !== null) {
    out.subject = gapSubject;
    out.weakSubject = true;
    out.end = Math.max(out.end, gapEnd);
  }
  out.next = p;
  out.end = Math.max(out.end, from);
  return out;
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

/** A word that may stand between a number and its noun: an adjective or a noun modifier. */
function isModifier(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (MEASURE_AUX.has(t.lower) || BE_AUX.has(t.lower)) return false;
  if (t.cap) return true; // "Ukrainian", "Palestinian"
  if (isLexiconFunctionWord(t.lower)) return false;
  if (isLexiconVerb(t.lower) && !/ed$/.test(t.lower)) return false;
  return true;
}

/** A counted noun at k ("people", "police officers"), normalised, or null. */
function subjectAt(tokens: Token[], k: number): { subject: string; end: number } | null {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return null;
  const w = bare(t);
  const pair = SUBJECT_PAIRS[w];
  const next = tokens[k + 1];
  if (pair !== undefined && next !== undefined && pair[next.lower] !== undefined) return { subject: pair[next.lower], end: k + 2 };
  const subject = SUBJECT_NOUNS[w];
  return subject !== undefined ? { subject, end: k + 1 } : null;
}

/** "were children", "are women": a predicate noun giving the subject of an inclusion ("of whom six were children"). */
function predicateSubject(tokens: Token[], from: number): string | null {
  const t = tokens[from];
  if (t === undefined || !BE_AUX.has(t.lower)) return null;
  return subjectAt(tokens, from + 1)?.subject ?? null;
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
