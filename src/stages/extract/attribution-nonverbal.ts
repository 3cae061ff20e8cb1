/**
 * Attributions without a reporting verb: "according to X, ..." / "..., according to X" (the source is the
 * whole noun phrase after "to", a channel before "from" set apart), and the title-case headline that
 * opens with a name and a colon ("Mayor Jane Doe: New Bridge ‘Will Open in Spring’").
 */
import type { AttributionSpan } from './attribution.js';
import { CHANNEL_NOUNS, isLexiconCommon } from './lexicon.js';
import { appositionEnd, countWords, trimEnd } from './speech-np.js';
import { spanText, type Token } from './tokens.js';

/** Share of words with a capital from which a sentence is a title-case headline; short words ("of", "a") may be lower case. */
const TITLE_CASE_SHARE = 0.8;
const TITLE_CASE_MIN_WORDS = 4;

export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length <= 3) continue;
    words += 1;
    if (t.cap) caps += 1;
  }
  return words >= TITLE_CASE_MIN_WORDS && caps >= TITLE_CASE_SHARE * words;
}

/** Longest party before the colon of a headline ("Mayor Jane Doe: ..."), in tokens. */
const MAX_HEADLINE_PARTY_TOKENS = 5;

/**
 * "Mayor Jane Doe: New Bridge ‘Will Open in Spring’": a title-case headline that opens with a capitalised
 * name and a colon gives the name's words after it; the colon is the cue.
 */
export function colonHeadline(text: string, tokens: Token[]): AttributionSpan | null {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > MAX_HEADLINE_PARTY_TOKENS || countWords(tokens, colon + 1, tokens.length) < 3) return null;
  if (!tokens.slice(0, colon).every((t) => t.kind === 'word' && t.cap)) return null;
  // A name ends the party; a label ends in an ordinary word ("Live Updates:", "Breaking News:").
  if (isLexiconCommon(tokens[colon - 1].lower.replace(/\.$/, ''))) return null;
  const end = trimEnd(tokens, colon + 1, tokens.length);
  return {
    party: spanText(text, tokens, 0, colon), partyStart: 0, partyEnd: colon, sourceStart: 0, sourceEnd: colon, kind: 'speech',
    cue: ':', cueStart: colon, cueEnd: colon + 1, channel: null, contentStart: colon + 1, contentEnd: end, contentLead: colon + 1,
    pronoun: false, selfReport: false,
  };
}

export function accordingTo(text: string, tokens: Token[], i: number): AttributionSpan | null {
  let start = i + 2;
  let channel: string | null = null;
  // "according to a statement from the city": the statement is the channel, the city the party.
  const via = findChannelSourceSplit(tokens, start);
  if (via !== null) {
    channel = spanText(text, tokens, start, via.channelEnd);
    start = via.partyStart;
  }
  const end = accordingSourceEnd(tokens, start);
  if (end <= start) return null;
  // "(But) according to X, ..." reports what follows; "The vote fell, according to X, though ..." the
  // clause before it.
  const afterComma = tokens[end]?.text === ',' && countWords(tokens, end + 1, tokens.length) >= 2 && countWords(tokens, 0, i) < 3;
  const content = afterComma ? [end + 1, tokens.length] : [0, trimEnd(tokens, 0, i)];
  return {
    party: spanText(text, tokens, start, end),
    partyStart: start,
    partyEnd: end,
    sourceStart: via === null ? start : i + 2,
    sourceEnd: afterComma ? end : appositionEnd(tokens, end) ?? end,
    kind: 'speech',
    contentLead: content[0],
    cue: 'according to',
    cueStart: i,
    cueEnd: i + 2,
    channel,
    contentStart: content[0],
    contentEnd: content[1],
    pronoun: false,
    selfReport: false,
  };
}

/** Longest source after "according to", in tokens ("according to early results of the exit poll conducted by ..."). */
const MAX_ACCORDING_SOURCE_TOKENS = 25;

/**
 * End of the source after "according to": "to" takes a noun phrase here, so the source is the whole
 * phrase up to the next punctuation or quotation mark, as attribution corpora mark it ("according to
 * early results of a survey by the state university"), whatever the lexicon says of its words ("state").
 */
function accordingSourceEnd(tokens: Token[], start: number): number {
  const first = tokens[start];
  if (first === undefined || first.kind === 'punct' || first.lower === 'that' || first.lower === 'whether') return start;
  let end = start;
  for (let k = start; k < tokens.length && k - start < MAX_ACCORDING_SOURCE_TOKENS; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’' && t.text !== '&') break;
    end = k + 1;
  }
  return end;
}

/** "a statement from X", "a post by X": where the channel ends and the party starts, or null. */
function findChannelSourceSplit(tokens: Token[], start: number): { channelEnd: number; partyStart: number } | null {
  for (let k = start; k < Math.min(tokens.length, start + 5); k++) {
    if (CHANNEL_NOUNS.has(tokens[k].lower) && (tokens[k + 1]?.lower === 'from' || tokens[k + 1]?.lower === 'by' || tokens[k + 1]?.lower === 'of')) {
      return { channelEnd: k + 1, partyStart: k + 2 };
    }
  }
  return null;
}


/** Findings that "In a ..., X" reports: "In a CBS News poll last month, Doe led by 10 points." */
const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'polling']);
/** Longest phrase between "In" and its comma ("In a national CNN/ORC poll released Monday,"), in tokens. */
const MAX_FINDING_TOKENS = 16;
/** Words that show the phrase after "In" is no finding ("In eight of nine states where exit polls ..."). */
const NOT_FINDING_WORDS = new Set(['of', 'where', 'which', 'that', 'who', 'when', 'as', 'after', 'before', 'with', 'to']);

/**
 * "In the latest Acme poll, 52 percent backed the plan": an opening "In" phrase whose head is a poll,
 * survey or study reports the clause after its comma, with the phrase as the source and "In" as the cue,
 * as attribution corpora mark it; not when that clause has a cue of its own ("In a memo, the manager
 * acknowledged ...").
 */
export function inFinding(text: string, tokens: Token[], isCue: (t: Token) => boolean): AttributionSpan | null {
  const i = ['but', 'and', 'yet'].includes(tokens[0]?.lower ?? '') ? 1 : 0;
  if (tokens[i]?.lower !== 'in') return null;
  let comma = -1;
  let head = false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_FINDING_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',') { comma = k; break; }
    if (t.kind === 'punct' && t.text !== '/' && t.text !== '-' && t.text !== '’' && t.text !== "'") return null;
    if (!head && NOT_FINDING_WORDS.has(t.lower)) return null;
    if (FINDING_NOUNS.has(t.lower)) head = true;
  }
  if (comma < 0 || !head || countWords(tokens, comma + 1, tokens.length) < 4) return null;
  for (let k = comma + 1; k < tokens.length; k++) if (isCue(tokens[k])) return null;
  const end = trimEnd(tokens, comma + 1, tokens.length);
  return {
    party: spanText(text, tokens, i + 1, comma), partyStart: i + 1, partyEnd: comma, sourceStart: i + 1, sourceEnd: comma, kind: 'belief',
    cue: 'in', cueStart: i, cueEnd: i + 1, channel: null, contentStart: comma + 1, contentEnd: end, contentLead: comma + 1,
    pronoun: false, selfReport: false,
  };
}
