/**
 * Where a word must be a verb, and whose clause a cue hangs on, read without a parse: a word after a
 * subject pronoun, an auxiliary, a name or a plural subject is a verb ("they support", "the records
 * show"); a coordinated or participial cue reports the subject of its clause ("Police closed the road,
 * saying ...", "when Doe thanked them and said ...").
 */
import { BE_AUX, CUE_ADVERBS, NP_DETERMINERS, isLexiconCommon } from './lexicon.js';
import { CONTRACTED_NEGATION, REGEXPS, backwardNP, inVerbGroup, isVerbish, opensClause } from './speech-np.js';
import { verbEntry } from './stances.js';
import { isQuoteMark, type Token } from './tokens.js';

/** Conjunctions that open a subordinate clause before the main one ("While Doe said ..., critics ..."). */
export const SUBORDINATORS = new Set(['while', 'when', 'although', 'though', 'because', 'if', 'after', 'before', 'since', 'once', 'unless', 'whereas']);

/** Marks after which a new clause starts inside a sentence. */
const CLAUSE_BREAKS = new Set(['-', '—', '–', '--', ';', ':']);
/** Subject pronouns: a word right after one is a verb ("they support", "who call"). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'who']);
/** Auxiliaries after which a word is a verb ("will support", "does not view", "didn’t support"). */
const VERB_AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'never']);

/**
 * The token before word `i` makes it a verb: a subject pronoun or an auxiliary. Not an infinitive "to":
 * tried, it read "the road to support" and the like as stances and cost source F1 (0.583 -> 0.579).
 */
export function mustBeVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== 'word') return false;
  // "Doe often questions ...": an adverb of a verb group stands before it.
  if (inVerbGroup(prev) && !REGEXPS.possessive.test(prev.lower)) return true;
  // "Doe calls the idea ...", "the candidate plans to ...": an -s form after a name that is no
  // possessive, or before an infinitive, is the verb of that subject. A capitalised first word is a name
  // when the lexicon knows no common word of it ("Doe calls ..." opening a sentence; not "Police calls").
  const form = verbEntry(tokens[i].lower)?.form;
  if (form === 's' && !REGEXPS.possessive.test(prev.lower) && !NP_DETERMINERS.has(prev.lower) && (prev.cap && (i > 1 || !isLexiconCommon(prev.lower)) || (tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.kind === 'word'))) return true;
  if (form === 'base' && !NOT_AFTER_PLURAL.has(tokens[i].lower) && pluralSubject(prev) && opensObject(tokens[i + 1])) return true;
  // "The campaign denies any wrongdoing": an -s form after a singular noun phrase that opens the clause.
  if (form === 's' && singularSubject(tokens, i - 1) && opensObject(tokens[i + 1])) return true;
  return SUBJECT_PRONOUNS.has(prev.lower) || VERB_AUXILIARIES.has(prev.lower) || CONTRACTED_NEGATION.test(prev.lower);
}

/**
 * Base forms that after a plural are mostly a preposition or a noun ("tactics like this", "most state
 * parties"): tried as verbs, "like" alone gave 99 unmatched stances on the train split.
 */
const NOT_AFTER_PLURAL = new Set(['like', 'state']);
/** Quantity words that stand as a plural subject ("most support", "60 percent oppose"). */
const QUANTITY_SUBJECTS = new Set(['percent', 'most', 'many', 'majority', 'half', 'third', 'thirds', 'quarter', 'quarters', 'others', 'some', 'few', 'all', 'both']);

/**
 * A plural noun right before a base form is its subject ("the records show", "voters support"): no
 * singular noun stands there, and a plural noun used as a modifier ("the sports show") is rare. Not a
 * possessive ("voters’ support") nor a verb form in -s ("he says support").
 */
function pluralSubject(prev: Token): boolean {
  const w = prev.lower;
  if (QUANTITY_SUBJECTS.has(w)) return true;
  if (!/[^s'’]s$/.test(w) || w.length < 4 || REGEXPS.possessive.test(w)) return false;
  return verbEntry(w) === undefined && !BE_AUX.has(w) && !['has', 'does', 'was', 'is', 'this', 'thus', 'his', 'its', 'us', 'yes', 'plus', 'less', 'unless'].includes(w);
}

/** Determiners that open a singular subject ("the campaign", "a spokesman", "his office"). */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'our']);
/** Most words between such a determiner and the noun ("the Democratic National Committee"). */
const SUBJECT_MODIFIERS = 3;

/**
 * Word `k` is the singular head noun of a noun phrase that opens its clause ("The Doe campaign |
 * denies"): lower case, no plural or possessive, after a determiner that opens the sentence or follows
 * a comma, over at most a few modifiers.
 */
function singularSubject(tokens: Token[], k: number): boolean {
  const head = tokens[k];
  if (head === undefined || head.kind !== 'word' || head.cap || /s$/.test(head.lower) || REGEXPS.possessive.test(head.lower) || isVerbish(head.lower)) return false;
  for (let j = k - 1; j >= 0 && k - j <= SUBJECT_MODIFIERS + 1; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (SUBJECT_DETERMINERS.has(t.lower)) return j === 0 || tokens[j - 1].text === ',' || isQuoteMark(tokens[j - 1]);
    if (!t.cap && isVerbish(t.lower)) return false;
  }
  return false;
}

/** The word after a verb opens its object or complement, not a noun compound's tail ("support for", "show of"). */
function opensObject(next: Token | undefined): boolean {
  if (next === undefined || next.kind === 'punct') return false;
  return !['of', 'for', 'and', 'or', 'from', 'in', 'on', 'at', 'with', 'to', 'among', 'by', 'is', 'was', 'are', 'were', 'has', 'have', 'had'].includes(next.lower);
}

/**
 * The subject of the clause a coordinated or participial cue hangs on ("The senator voted no and says
 * ...", "Police closed the road, saying ..."): the noun phrase before the first verb of the sentence
 * that opens it or follows a comma (after an opening adverbial), or null.
 */
export function clauseSubject(tokens: Token[], before: number): [number, number] | null {
  const from = 0;
  let first: [number, number] | null = null;
  let subordinate: [number, number] | null = null;
  for (let k = 0; k < before; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || (t.cap && opensClause(tokens, k))) continue;
    if (!isVerbish(t.lower) && !CUE_ADVERBS.has(t.lower)) continue;
    let v = k;
    while (v > from && inVerbGroup(tokens[v - 1])) v -= 1;
    const start = backwardNP(tokens, v);
    if (start === null) continue;
    // The subject opens the sentence, or follows an opening phrase set off by a comma; a verb of that
    // opening phrase ("Asked whether the mayor would run, Doe shook her head and said") is passed over.
    if (first === null && (start === 0 || tokens[start - 1].text === ',' || isQuoteMark(tokens[start - 1]))) first = [start, v];
    // "For that she drew his ire - he called her weak and said ...": a dash or semicolon opens a new
    // clause, whose subject the coordinated cue goes with.
    else if (start > 0 && CLAUSE_BREAKS.has(tokens[start - 1].text)) first = [start, v];
    // "The crowd booed, and when Doe thanked them and said ...": the cue goes on the nearest clause a
    // subordinating conjunction opens.
    if (start > 0 && SUBORDINATORS.has(tokens[start - 1].lower)) subordinate = [start, v];
  }
  // ... but not once a comma has closed that clause: "While talks go on, an envoy visited, saying ..." is the
  // envoy's, not the talks'.
  if (subordinate !== null && tokens.slice(subordinate[1], before).some((t) => t.text === ',')) subordinate = null;
  return subordinate ?? first;
}


