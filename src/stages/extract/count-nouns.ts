/**
 * The noun phrase after a number: the counted noun with its modifiers ("14 Ukrainian civilians", "two
 * 20-year-old men"), a measure right after the number ("14 dead"), or a partitive ("two of the victims").
 * `counts.ts` reads the count around it.
 */
import { BE_AUX, MEASURE_AUX, MEASURE_BEFORE, SUBJECT_NOUNS, SUBJECT_PAIRS, isLexiconFunctionWord, isLexiconVerb, type Measure } from './lexicon.js';
import { isObjectAt, measureAfterAt } from './count-measures.js';
import { bare, type Token } from './tokens.js';

/** Words between a number and its counted noun ("14 Ukrainian civilians", "five young children"). */
export const MAX_MODIFIER_GAP = 3;
/** Determiners of a partitive count: "two of the victims", "forty of our fighters". */
const PARTITIVE_DETERMINERS = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'those', 'these', 'my', 'your']);

/** End of a hyphenated compound glued to a number at k ("20-year-old", "3-month-old"), or k when none. */
export function compoundEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  const dash = tokens[k + 1];
  const word = tokens[k + 2];
  if (t?.kind === 'num' && dash !== undefined && word !== undefined && (dash.text === '-' || dash.text === '–') && dash.start === t.end && word.start === dash.end && word.kind === 'word') return k + 3;
  return k;
}

export interface NounPhrase {
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
export function readNounPhrase(tokens: Token[], from: number): NounPhrase {
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

/** A word that may stand between a number and its noun: an adjective or a noun modifier. */
export function isModifier(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (MEASURE_AUX.has(t.lower) || BE_AUX.has(t.lower)) return false;
  // A headline's capitalised preposition ("3 Charged In Death Of ...") is no modifier, as in running text.
  if (isLexiconFunctionWord(t.lower)) return false;
  if (t.cap) return true; // "Ukrainian", "Palestinian"
  if (isLexiconVerb(t.lower) && !/ed$/.test(t.lower)) return false;
  return true;
}

/** A counted noun at k ("people", "police officers"), normalised, or null. */
export function subjectAt(tokens: Token[], k: number): { subject: string; end: number } | null {
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
export function predicateSubject(tokens: Token[], from: number): string | null {
  const t = tokens[from];
  if (t === undefined || !BE_AUX.has(t.lower)) return null;
  return subjectAt(tokens, from + 1)?.subject ?? null;
}
