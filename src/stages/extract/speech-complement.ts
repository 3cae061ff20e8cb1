/**
 * A grammatical test for cues beyond the word lists: a verb that takes a finite clause as its object
 * reports what its subject says, thinks or finds ("the mayor conceded that the plan failed", "the
 * council signalled whether it would vote"). Any verb can do so, so the test reads the clause, not
 * the word: a lower-case verb form, right after its subject or verb group, followed by "that" (or a
 * wh-word) that opens a clause with a subject and a verb of its own.
 */
import { BE_AUX, NP_DETERMINERS, isLexiconVerb } from './lexicon.js';
import { REGEXPS, inVerbGroup, isVerbish } from './speech-np.js';
import type { Token } from './tokens.js';

/** A past form ("conceded"): a verb, where a base or -s form may be a noun ("the interview that"). */
const PAST_FORM = /ed$/;
/** Subject pronouns: the word after one is its verb. */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'who']);
/** Words that open a complement clause after its verb: "that", and the wh-words of an embedded question. */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'how', 'why']);
/** How far into the clause after "that" its verb may stand ("that the regional council of the city voted"), in tokens. */
const CLAUSE_VERB_WINDOW = 8;
/**
 * Verb forms that take "that" without reporting anyone's words or views: "so that", "now that" and the
 * like are no verbs; "means that", "ensured that", "given that" state a consequence or a condition.
 */
const NON_REPORTING = new Set([
  'means', 'meant', 'mean', 'ensure', 'ensured', 'ensures', 'given', 'provided', 'except', 'assuming', 'seeing', 'now',
  'so', 'such', 'notwithstanding', 'considering', 'granted', 'supposing', 'is', 'was', 'are', 'were', 'been', 'be',
  'has', 'have', 'had', 'does', 'did', 'do', 'makes', 'made', 'make', 'happens', 'happened', 'seems', 'seemed', 'appears',
  'appeared', 'matters', 'mattered', 'helps', 'helped', 'requires', 'required', 'require', 'unless',
]);
/** Words after "that" that show it is a determiner or pronoun, not a complementizer ("ruled that out", "did that again"). */
const NOT_CLAUSE_OPENERS = new Set(['out', 'up', 'off', 'again', 'too', 'is', 'was', 'would', 'will', 'could', 'can', 'should', 'might', 'may', 'has', 'had', 'have', '.', ',', ';', ':', '?', '!']);

/** Word `i` is a verb taking a finite clause ("conceded that the plan failed"): a cue by its grammar. */
export function takesClause(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.kind !== 'word' || t.cap || next === undefined || !COMPLEMENTIZERS.has(next.lower)) return false;
  if (NON_REPORTING.has(t.lower) || REGEXPS.possessive.test(t.lower) || !isVerbish(t.lower)) return false;
  const prev = tokens[i - 1];
  if (prev === undefined || NP_DETERMINERS.has(prev.lower) || BE_AUX.has(prev.lower)) return false;
  // Many such words are nouns too, and a noun takes a relative "that" ("the interview that aired"): only
  // a past form, or a form after a subject pronoun or a verb group ("they argue that", "did not accept
  // that"), is surely the verb.
  if (!PAST_FORM.test(t.lower) && !(prev.kind === 'word' && (SUBJECT_PRONOUNS.has(prev.lower) || inVerbGroup(prev)))) return false;
  // The clause has a subject (not a verb right after "that") and a verb of its own within reach.
  const first = tokens[i + 2];
  if (first === undefined || NOT_CLAUSE_OPENERS.has(first.lower) || (first.kind === 'word' && !first.cap && isLexiconVerb(first.lower) && !NP_DETERMINERS.has(first.lower))) return false;
  for (let k = i + 3; k < tokens.length && k <= i + 2 + CLAUSE_VERB_WINDOW; k++) {
    const u = tokens[k];
    if (u.kind === 'punct' && u.text !== ',' && u.text !== '-') return false;
    if (u.kind === 'word' && !u.cap && (BE_AUX.has(u.lower) || isVerbish(u.lower))) return true;
  }
  return false;
}
