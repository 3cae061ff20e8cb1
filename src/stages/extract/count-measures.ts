/**
 * Where a count's measure is written: right after the number or its noun ("14 dead", "were taken to
 * hospital", "shot and killed"), after the noun past an aside and auxiliaries ("..., including six
 * children, were later confirmed dead"), or before the number as a verb, a noun with "of", a toll or
 * "among the dead were" ("killing four", "the deaths of 14", "the death toll rose to 14"). `counts.ts`
 * reads the number, its noun and its qualifier, and asks these readers for the measure.
 */
import type { Draft } from './count-links.js';
import { isNumberWord } from './count-numbers.js';
import {
  BE_AUX, FATAL_ADVERBS, MEASURE_AFTER, MEASURE_AUX, MEASURE_BEFORE, MEASURE_NOUN_OF, MODALS, OBJECT_OPENERS,
  QUALIFIER_PHRASES, SUBJECT_NOUNS, TOLL_LINKS, type Measure,
} from './lexicon.js';
import type { Token } from './tokens.js';

/** Auxiliaries and adverbs between a counted noun and its measure ("were later confirmed dead"). */
const MAX_AUX = 6;
/** Furthest a toll may sit before its number ("the death toll has now risen to 14"), in tokens. */
const MAX_TOLL_DISTANCE = 7;
/** Longest aside skipped between a noun and its measure (", including six children,"), in tokens. */
const MAX_ASIDE = 14;

/** Adverbs of likelihood between a noun and its measure ("may have been killed", "were likely killed"). */
const HEDGES = new Set(['likely', 'probably', 'possibly', 'presumably', 'apparently', 'feared']);

/** Words that make what follows passive or stative ("were killed", "found dead", "remain missing"). */
const PASSIVE_MARKERS = new Set([
  'were', 'was', 'are', 'is', 'been', 'being', 'be', 'got', 'left', 'found', 'confirmed', 'believed', 'feared',
  'presumed', 'reported', 'remain', 'remained', 'remains', 'taken', 'pronounced', 'declared', 'listed', 'treated',
]);

/** "attempted murder", "attempted first-degree murder": the noun at k names an attempt, not a death. */
function isAttempted(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (tokens[j].lower === 'attempted' || tokens[j].lower === 'attempt') return true;
    if (tokens[j].kind === 'punct' && tokens[j].text !== '-') return false;
  }
  return false;
}

/**
 * A measure word or phrase at k that can follow a count or its noun ("dead", "were killed", "taken to
 * hospital", "shot dead", "killed or injured"), or null.
 */
export function measureAfterAt(tokens: Token[], k: number): { measure: Measure; end: number } | null {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return null;
  const w = t.lower;
  const n1 = tokens[k + 1]?.lower;
  const n2 = tokens[k + 2]?.lower;
  // Hospital phrases: "in hospital", "to the hospital", "taken to hospital".
  if ((w === 'in' || w === 'to' || w === 'at') && (n1 === 'hospital' || n1 === 'hospitals' || ((n1 === 'the' || n1 === 'a' || n1 === 'local') && (n2 === 'hospital' || n2 === 'hospitals')))) {
    return { measure: 'hospitalized', end: n1 === 'hospital' || n1 === 'hospitals' ? k + 2 : k + 3 };
  }
  if (w === 'lost' && (n1 === 'their' || n1 === 'his' || n1 === 'her') && (n2 === 'lives' || n2 === 'life')) return { measure: 'killed', end: k + 3 };
  if (w === 'shot' || w === 'stabbed' || w === 'beaten' || w === 'burned' || w === 'crushed') {
    if (n1 === 'dead') return { measure: 'killed', end: k + 2 };
    if (n1 === 'to' && n2 === 'death') return { measure: 'killed', end: k + 3 };
    if (n1 === 'and' && n2 !== undefined && MEASURE_AFTER[n2] !== undefined) return { measure: MEASURE_AFTER[n2], end: k + 3 };
    // "four people were shot": shot, fate not said; "shot down", "shot at" are not about people hit.
    if (w === 'shot' && n1 !== 'down' && n1 !== 'at' && n1 !== 'up' && n1 !== 'off') return { measure: 'shot', end: k + 1 };
    return null;
  }
  if (w === 'gunned' && n1 === 'down') return { measure: 'killed', end: k + 2 };
  if (w === 'fatally' || w === 'mortally') {
    if (n1 === 'shot' || n1 === 'stabbed' || n1 === 'wounded' || n1 === 'injured' || n1 === 'hurt') return { measure: 'killed', end: k + 2 };
    return null;
  }
  if (w === 'unaccounted') return { measure: 'missing', end: n1 === 'for' ? k + 2 : k + 1 };
  const measure = MEASURE_AFTER[w];
  if (measure === undefined) return null;
  // "killed or injured", "dead and wounded": casualties.
  if ((n1 === 'or' || n1 === 'and') && n2 !== undefined && measure !== MEASURE_AFTER[n2] && ((measure === 'killed' && MEASURE_AFTER[n2] === 'injured') || (measure === 'injured' && MEASURE_AFTER[n2] === 'killed'))) {
    return { measure: 'casualties', end: k + 3 };
  }
  // "damaged 20 buildings", "killed 14": the word governs a following object, so it is not this count's.
  return { measure, end: k + 1 };
}

/** The measure after a counted noun, or a pointer to the count it is part of ("six children were among 14 killed"). */
export type AfterNoun = { measure: Measure; end: number } | { parentAt: number };


/**
 * The measure after a counted noun: skips an aside (", including six children,") and auxiliaries, then
 * reads the measure; "were among <count>" points to the count this one is part of. Without a passive
 * marker, a measure verb followed by an object is active ("two missiles killed 14 people", "a man who
 * shot three people"): the noun is its agent, so the measure is not this count's.
 */
export function measureAfterNoun(tokens: Token[], from: number): AfterNoun | null {
  let q = skipAside(tokens, from);
  let passive = false;
  for (let a = 0; a < MAX_AUX && q < tokens.length; a++) {
    const w = tokens[q].lower;
    if (!MEASURE_AUX.has(w) && !MODALS.has(w) && !HEDGES.has(w)) break;
    if (w === 'to' && !passive) break; // "14 people to ..." is a purpose, not a passive
    if (measureAfterAt(tokens, q) !== null) break; // "taken to hospital", "fatally wounded": the measure starts here
    if (PASSIVE_MARKERS.has(w)) passive = true;
    q += 1;
  }
  if (passive && tokens[q]?.lower === 'among') {
    let r = q + 1;
    if (tokens[r]?.lower === 'the') r += 1;
    for (let k = r; k < Math.min(tokens.length, r + 4); k++) {
      const c = tokens[k];
      if (c.kind === 'num' || isNumberWord(c)) return { parentAt: k };
    }
    // "were among the dead": the measure without a parent count.
    const m = measureAfterAt(tokens, r);
    return m !== null ? { measure: m.measure, end: m.end } : null;
  }
  const m = measureAfterAt(tokens, q);
  if (m === null) return null;
  if (!passive && isObjectAt(tokens, m.end)) return null;
  return { measure: m.measure, end: m.end };
}

/** Skips ", including ...," / "— ... —" / "( ... )" after a noun; returns the index after it, or `from`. */
function skipAside(tokens: Token[], from: number): number {
  const open = tokens[from];
  if (open === undefined) return from;
  const close = open.text === '(' ? ')' : open.text === ',' || open.text === '—' || open.text === '–' ? open.text : null;
  if (close === null) return from;
  const cue = tokens[from + 1]?.lower;
  if (open.text === ',' && cue !== 'including' && cue !== 'among' && cue !== 'mostly' && cue !== 'many' && cue !== 'most') return from;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_ASIDE; k++) {
    if (tokens[k].text === close) return k + 1;
    if (tokens[k].text === '.' || tokens[k].text === ';') return from;
  }
  return from;
}

/** An object noun phrase starts at k: a number, a quantifier or a determiner. */
export function isObjectAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.kind === 'num' || isNumberWord(t)) return true;
  if (t.lower === 'at' && (tokens[k + 1]?.lower === 'least' || tokens[k + 1]?.lower === 'most')) return true;
  if (QUALIFIER_PHRASES.some(([words]) => words.length === 1 && words[0] === t.lower && t.lower !== 'some')) return true;
  if (OBJECT_OPENERS.has(t.lower)) return true;
  return SUBJECT_NOUNS[t.lower] !== undefined;
}

/** The measure written before the count, or null. */
export function measureBefore(tokens: Token[], qualStart: number, earlier: Draft[]): { measure: Measure; start: number; parentAt?: number } | null {
  let b = qualStart - 1;
  // "killing at least four", "left an estimated 50"
  if (tokens[b]?.lower === 'the' || tokens[b]?.lower === 'a') b -= 1;
  const t = tokens[b];
  if (t === undefined || t.kind !== 'word') return null;
  // "gunned down two men"
  if (t.lower === 'down' && tokens[b - 1]?.lower === 'gunned') return { measure: 'killed', start: b - 1 };
  const verb = MEASURE_BEFORE[t.lower];
  if (verb !== undefined) {
    if (isHypothetical(tokens, b) || BE_AUX.has(tokens[b - 1]?.lower ?? '')) return null;
    const fatal = FATAL_ADVERBS.has(tokens[b - 1]?.lower ?? '') && (verb === 'injured' || verb === 'shot');
    return { measure: fatal ? 'killed' : verb, start: fatal ? b - 1 : b };
  }
  // "the deaths of 14 people", "claimed the lives of 14", "damage to 30 cars"
  if (t.lower === 'of' || t.lower === 'to') {
    let n = b - 1;
    const noun = tokens[n]?.lower;
    // "claimed the life of one man": the singular of "the lives of".
    const measure = noun === 'life' && t.lower === 'of' ? 'killed' : noun !== undefined ? MEASURE_NOUN_OF[noun] : undefined;
    if (measure !== undefined && !(t.lower === 'to' && noun !== 'damage' && noun !== 'injuries')) {
      // "the attempted murders of five teenagers": a charge for an act that killed no one.
      if (measure === 'killed' && isAttempted(tokens, n)) return null;
      if (tokens[n - 1]?.lower === 'the') n -= 1;
      const saved = noun === 'lives' && (tokens[n - 1]?.lower === 'saved' || tokens[n - 1]?.lower === 'saving');
      return { measure: saved ? 'rescued' : measure, start: n };
    }
  }
  // "among the dead were six children", "among the 14 killed were six children"
  if (t.lower === 'were' || t.lower === 'are' || t.lower === 'was' || t.lower === 'included' || t.lower === 'include') {
    for (let k = b - 1; k >= Math.max(0, b - 6); k--) {
      if (tokens[k].lower !== 'among') continue;
      let measure: Measure | null = null;
      let parentAt: number | undefined;
      for (let j = k + 1; j < b; j++) {
        const m = MEASURE_AFTER[tokens[j].lower];
        if (m !== undefined) measure = m;
        const prior = earlier.find((d) => d.num.start === j);
        if (prior !== undefined) {
          parentAt = j;
          measure = prior.measure;
        }
      }
      if (measure !== null) return { measure, start: k, parentAt };
    }
  }
  // "the death toll rose to 14", "the death toll from the floods has risen to 23", "the number of injured stands at 50"
  let k = b;
  while (k >= 0 && b - k < MAX_TOLL_DISTANCE && TOLL_LINKS.has(tokens[k].lower) && MEASURE_AFTER[tokens[k].lower] === undefined) k -= 1;
  if (k === b) return null; // no linking verb or preposition right before the number
  for (let j = k; j >= 0 && k - j <= MAX_TOLL_DISTANCE; j--) {
    const w = tokens[j].lower;
    if (tokens[j].kind === 'punct' || tokens[j].kind === 'num') break;
    if (w === 'toll' || w === 'tolls') {
      const head = tokens[j - 1]?.lower;
      const measure: Measure = head === 'injury' ? 'injured' : 'killed';
      return { measure, start: head === 'death' || head === 'casualty' || head === 'injury' ? j - 1 : j };
    }
    if (MEASURE_AFTER[w] !== undefined && tokens[j - 1]?.lower === 'of' && (tokens[j - 2]?.lower === 'number' || tokens[j - 2]?.lower === 'tally' || tokens[j - 2]?.lower === 'count')) {
      return { measure: MEASURE_AFTER[w], start: j - 2 };
    }
  }
  return null;
}

/** "could have killed", "would injure": a modal makes the measure hypothetical. */
function isHypothetical(tokens: Token[], verb: number): boolean {
  const b1 = tokens[verb - 1]?.lower ?? '';
  const b2 = tokens[verb - 2]?.lower ?? '';
  return MODALS.has(b1) || (b1 === 'have' && MODALS.has(b2)) || b1 === 'to';
}
