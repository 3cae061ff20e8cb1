/**
 * Where the content of an attribution clause starts and ends: the channel named next to the cue ("in a
 * statement", "on social media"), the audience of "told", the "that" after a circumstance, an opening
 * adverbial before a parenthetical cue, and the clause boundaries that end a statement, belief or stance.
 */
import {
  AUDIENCE_WORDS, BE_AUX, CHANNEL_NOUNS, GROUP_PRONOUNS, MONTHS, NP_DETERMINERS, PARTICIPLE_CUES, PERSON_PRONOUNS, SPEECH_CUES,
  WEEKDAYS, isLexiconFunctionWord, isLexiconVerb,
} from './lexicon.js';
import { PARTY_HEADS, REGEXPS, TIME_WORDS, countWords, inVerbGroup, isVerbish } from './speech-np.js';
import { cueEntry, type CueKind } from './stances.js';
import { isQuoteMark, spanText, type Token } from './tokens.js';

/** How far before a cue an "In a statement, ..." channel may sit, in tokens. */
export const CHANNEL_LOOKBEHIND = 6;
/** How far after a cue a channel may sit ("said in a televised video address"), in tokens. */
export const CHANNEL_LOOKAHEAD = 8;

/** Sentence adverbs that may open a sentence before its subject ("Still, she said, ..."). */
export const OPENING_ADVERBS = new Set(['still', 'however', 'instead', 'meanwhile', 'yet', 'now', 'then', 'also', 'indeed', 'moreover', 'besides', 'but', 'and', 'so', 'again', 'later', 'earlier', 'today', 'yesterday', 'separately', 'overall', 'finally', 'first', 'second', 'third', 'otherwise', 'nonetheless', 'nevertheless', 'regardless', 'similarly', 'likewise', 'thus', 'hence', 'therefore', 'too', 'well', 'ultimately', 'already']);
/** Prepositions that open an adverbial phrase ("In fact,", "At the same time,", "For now,"). */
export const OPENING_PREPOSITIONS = new Set(['in', 'at', 'for', 'on', 'with', 'by', 'after', 'before', 'during', 'since', 'until', 'of', 'as', 'from', 'under', 'over', 'without', 'despite', 'like', 'unlike', 'among', 'beyond', 'to']);
/** Longest opening adverbial phrase before a parenthetical cue, in words. */
export const MAX_OPENING_ADVERBIAL_WORDS = 6;

/** The words before `end` (a party set off by a comma) are an opening adverbial: an adverb or a short prepositional phrase. */
export function isOpeningAdverbial(tokens: Token[], end: number): boolean {
  const close = end - 1;
  if (close < 1 || tokens[close].text !== ',') return false;
  const words = countWords(tokens, 0, close);
  if (words === 0 || words > MAX_OPENING_ADVERBIAL_WORDS) return false;
  // A clause ("At least 50 people were hurt, police said") has a verb; an adverbial has none.
  if (tokens.slice(0, close).some((t) => isQuoteMark(t) || t.text === ',' || (t.kind === 'word' && (BE_AUX.has(t.lower) || (!t.cap && isVerbish(t.lower)))))) return false;
  const first = tokens[0].lower;
  if (words === 1) return OPENING_ADVERBS.has(first) || REGEXPS.adverbLy.test(first);
  return OPENING_PREPOSITIONS.has(first);
}

/** How far after a cue a circumstance or audience may run before the "that" that opens the content, in tokens. */
export const LATE_THAT_WINDOW = 12;
/** Words that open a circumstance between a cue and its "that" ("in an interview with ...", "at the time"). */
export const CIRCUMSTANCE_OPENERS = new Set(['in', 'with', 'at', 'on', 'during', 'to', 'after', 'before', 'via', 'through', 'earlier', 'later', 'last', 'this', 'privately', 'publicly', 'repeatedly', 'again', 'also']);

/**
 * The index of the "that" opening the content after a circumstance ("in an interview with X that") or,
 * after "told", an audience with its apposition; null when the words before it hold a verb or a mark.
 */
export function thatAfterCircumstance(tokens: Token[], from: number, told: boolean): number | null {
  const first = tokens[from];
  if (first === undefined || (!told && !CIRCUMSTANCE_OPENERS.has(first.lower) && first.text !== ',')) return null;
  for (let k = from; k < tokens.length && k - from < LATE_THAT_WINDOW; k++) {
    const t = tokens[k];
    if (t.lower === 'that') return k > from ? k : null;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== "'" && t.text !== '’') return null;
    if (t.kind === 'word' && !t.cap && isVerbish(t.lower) && !CIRCUMSTANCE_OPENERS.has(t.lower)) return null;
  }
  return null;
}

/**
 * Words after a comma that open a new clause, ending a stance's or belief's content. What a party said
 * runs on through such clauses (attribution corpora keep "..., which would ..." in the statement); it ends
 * only at ", but <verb>", ", according to" and a participial cue (", saying").
 */
export const STANCE_CLAUSE_OPENERS = new Set([
  'but', 'while', 'whereas', 'although', 'though', 'yet', 'who', 'which', 'where', 'when', 'according', 'as', 'after',
  'before', 'because', 'since', 'and', 'so', 'even', 'he', 'she', 'they', 'it', 'we', 'i', 'with',
]);

/**
 * Words in -ing after a comma that extend the object rather than open a clause ("backed the plan,
 * including its tax"): PolNeAR keeps them in the content (87 contents run on, 12 end there).
 */
const OBJECT_EXTENDERS = new Set(['including', 'excluding', 'concerning', 'regarding', 'involving']);

/**
 * End of a content that starts at `from`: at ";", at a comma opening a new clause (", but ...", ", who
 * ...", ", saying ..."; for a stance also ", as ...", ", he ..."), and at "and"/"but" before a new cue
 * ("praised the plan and said ..."). ", but that ..." goes on: it is a second part of the same content.
 */
export function clauseEnd(tokens: Token[], from: number, to: number, kind: CueKind): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t.text === ';') return k;
    const next = tokens[k + 1];
    if (next === undefined) break;
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      if (next.lower === 'according' || PARTICIPLE_CUES.has(next.lower)) return k;
      // ",” adding ..." / ",” referring to ...": the quote closes, then a participle clause follows it.
      const after = tokens[k + 2];
      if (isQuoteMark(next) && after !== undefined && !after.cap && (PARTICIPLE_CUES.has(after.lower) || REGEXPS.gerund.test(after.lower))) return k + 2;
      if (kind !== 'speech') {
        if (next.lower === 'but' && tokens[k + 2]?.lower === 'that') continue;
        if (STANCE_CLAUSE_OPENERS.has(next.lower) || (REGEXPS.gerund.test(next.lower) && !next.cap && !OBJECT_EXTENDERS.has(next.lower))) return k;
      } else if (next.lower === 'but') {
        const verb = tokens[k + 2];
        if (verb !== undefined && verb.kind === 'word' && !verb.cap && isVerbish(verb.lower) && !isLexiconFunctionWord(verb.lower)) return k;
      }
      // "..., but he also warned ...", "..., and they left", "..., but the ...": a new clause about a person
      // is the writer's narration again (PolNeAR's train split: 53 indirect contents end before ", but/and
      // he|she|they", 12 run on; ", but the": 27 and 10). Content 0.763 -> 0.764, source 0.614 -> 0.615.
      if (kind === 'speech' && (next.lower === 'but' || next.lower === 'and') && (NARRATION_SUBJECTS.has(tokens[k + 2]?.lower ?? '') || (next.lower === 'but' && tokens[k + 2]?.lower === 'the'))) return k;
      continue;
    }
    if ((t.lower === 'and' || t.lower === 'but') && next.kind === 'word' && !next.cap && isNewCue(next.lower)) return k;
    // "praised the plan and has invited ...", "opposed it, called it ...": what the party wants or thinks
    // is an object; a finite verb after "and" or a comma starts a new thing the party did. Not for
    // speech, whose content is a clause that may coordinate verbs itself (tried: content F1 0.754 -> 0.753).
    if (kind !== 'speech' && (t.lower === 'and' || t.lower === 'but' || t.text === ',') && opensPredicate(tokens, k + 1)) return k;
  }
  return to;
}

/** Subjects after ", but" / ", and" that open the writer's narration inside speech content. */
const NARRATION_SUBJECTS = new Set(['he', 'she', 'they']);

/** Finite auxiliaries that open a coordinated predicate ("and has invited", "and did note"). */
export const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must']);

/** Token `k` opens a predicate: a finite auxiliary or a past or present verb form, after optional adverbs ("once again did"). */
export function opensPredicate(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < 3 && tokens[j].kind === 'word' && !tokens[j].cap && inVerbGroup(tokens[j]) && !FINITE_AUXILIARIES.has(tokens[j].lower)) j += 1;
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  if (FINITE_AUXILIARIES.has(t.lower)) return true;
  return /ed$/.test(t.lower) && isVerbish(t.lower) && !PARTY_HEADS.has(t.lower);
}

/** A finite cue that opens a coordinated clause ("and said", "but argued"). */
export function isNewCue(lower: string): boolean {
  if (SPEECH_CUES.has(lower)) return true;
  const e = cueEntry(lower);
  return e !== undefined && (e.form === 'ed' || e.form === 's');
}

/** Prepositions that open a channel or circumstance of the telling ("in an interview", "via email"). */
export const CHANNEL_PREPOSITIONS = new Set(['in', 'at', 'during', 'via', 'through', 'on']);

/** End of the object after "told" ("reporters", "the BBC", "Russian reporters"), or `start` when none. */
export function objectEnd(tokens: Token[], start: number): number {
  let end = start;
  for (let k = start; k < tokens.length && k - start < 4; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (t.lower === 'that' || t.lower === 'on' || t.lower === 'in' || t.lower === 'at' || TIME_WORDS.has(t.lower)) break;
    if (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower)) break;
    if (isLexiconVerb(t.lower) && !t.cap) break;
    if (isLexiconFunctionWord(t.lower) && !NP_DETERMINERS.has(t.lower)) break; // "told him not to ..."
    end = k + 1;
    if (AUDIENCE_WORDS.has(t.lower)) break;
  }
  return end;
}

/**
 * A channel near the cue: "on <Platform>" right after it, "in/at/during a ... <channel noun>" after it,
 * or "In a statement, X said" before the party. Returns the channel phrase without its preposition and
 * the token after it (so content starts later).
 */
export function findChannel(text: string, tokens: Token[], after: number, partyStart: number): { channel: string | null; end: number } {
  // "wrote on Telegram", "posted on X"
  const on = tokens[after];
  const platform = tokens[after + 1];
  if (on?.lower === 'on' && platform !== undefined && platform.kind === 'word' && platform.cap && !WEEKDAYS.has(platform.lower) && !MONTHS.has(platform.lower)) {
    let end = after + 2;
    while (end < tokens.length && tokens[end].cap && tokens[end].kind === 'word') end += 1;
    return { channel: spanText(text, tokens, after + 1, end), end };
  }
  const forward = channelPhrase(text, tokens, after, Math.min(tokens.length, after + CHANNEL_LOOKAHEAD));
  if (forward !== null) return forward;
  const backward = channelPhrase(text, tokens, Math.max(0, partyStart - CHANNEL_LOOKBEHIND), partyStart);
  if (backward !== null) return { channel: backward.channel, end: after };
  return { channel: null, end: after };
}

/** "in a (video) statement", "at a news conference", "on social media" within [from, to). */
export function channelPhrase(text: string, tokens: Token[], from: number, to: number): { channel: string; end: number } | null {
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return null;
    if (w !== 'in' && w !== 'at' && w !== 'during' && w !== 'via' && w !== 'on' && w !== 'through') {
      // Only a time or an adverb may stand between the cue and its channel ("said Monday in a statement"):
      // in "discussed the budget on the radio" the budget is what was discussed.
      if (tokens[k].kind === 'word' && !TIME_WORDS.has(w) && !MONTHS.has(w) && !inVerbGroup(tokens[k])) return null;
      continue;
    }
    for (let j = k + 1; j < Math.min(to + 4, tokens.length, k + 6); j++) {
      const t = tokens[j];
      if (t.kind !== 'word') break;
      if (CHANNEL_NOUNS.has(t.lower)) {
        let end = j + 1;
        if (tokens[end]?.lower === 'address' || tokens[end]?.lower === 'conference' || tokens[end]?.lower === 'statement') end += 1;
        return { channel: spanText(text, tokens, k + 1, end), end };
      }
      if (t.lower === 'that' || isLexiconVerb(t.lower)) break;
    }
  }
  return null;
}

/** First token of the content after a cue: skips "that", time phrases and a leading comma or colon. */
export function skipToContent(tokens: Token[], from: number): number {
  let k = from;
  for (let guard = 0; guard < 6 && k < tokens.length; guard++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ':' || t.lower === 'that') {
      k += 1;
      continue;
    }
    if ((t.lower === 'on' || t.lower === 'late' || t.lower === 'early' || t.lower === 'last' || t.lower === 'this') && TIME_WORDS.has(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    if (TIME_WORDS.has(t.lower)) {
      k += 1;
      continue;
    }
    // "said, however, that ...": a sentence adverb set off by commas is not what was said.
    if (k > from && tokens[k - 1].text === ',' && tokens[k + 1]?.text === ',' && (OPENING_ADVERBS.has(t.lower) || (REGEXPS.adverbLy.test(t.lower) && t.lower.length > 4))) {
      k += 2;
      continue;
    }
    break;
  }
  return k;
}
