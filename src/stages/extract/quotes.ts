/**
 * Direct quotations of one article: spans between quotation marks, straight ("...") or curly (“...”),
 * followed across the sentences of a paragraph and, in news style, across paragraphs: a paragraph that
 * ends inside a quote continues into the next paragraph when that one opens with a quotation mark again
 * (else the quote ends with its paragraph). Speakers are read from the attribution clauses next to the
 * marks.
 *
 * An interrupted quote ("“A,” he said. “B.”") gives two quotes: each part keeps its own citation, and
 * the part without a cue of its own takes the speaker of the part before it in the same or the
 * previous paragraph. Quotes of three words or fewer with no speech cue next to them are scare quotes
 * (the so-called “high-precision strike”) and are not reported.
 */
import type { AttributionSpan } from './attribution.js';
import { isQuoteMark, type Token } from './tokens.js';

export interface QuoteSpan {
  openSentence: number;
  /** Index of the opening mark's token. */
  openToken: number;
  closeSentence: number;
  /** Index of the closing mark's token, or the sentence's token count when the quote runs to its end. */
  closeToken: number;
}

export interface SentenceView {
  tokens: Token[];
  text: string;
  paragraph: number;
  /** Not English or otherwise skipped: its marks are ignored. */
  skip: boolean;
}

/** A quote that never closes within this many sentences is a stray mark, not a quote. */
const MAX_QUOTE_SENTENCES = 12;
/** Tokens of a description before the party after a closing mark ("a close friend, Jane Doe told"). */
const MAX_DESCRIPTION_TOKENS = 6;
/** Words an attribution after a quote may have beyond its party and cue ("she asked Republican voters."). */
const MAX_AUDIENCE_WORDS = 3;
/** Quotes of this many words or fewer need a speech cue next to them (else they are scare quotes). */
const SCARE_QUOTE_MAX_WORDS = 3;

type Role = 'open' | 'close' | 'either';

const REGEXPS = {
  space: /\s/,
  openContext: /[\s([{—–\-:]/,
  closeContext: /[\s.,;:!?)\]—–\-]/,
  leadingMark: /^(?:["“«]|'')\s*/,
};

function roleOf(text: string, t: Token): Role {
  if (t.text === '“' || t.text === '«') return 'open';
  if (t.text === '”' || t.text === '»') return 'close';
  const before = t.start > 0 ? text[t.start - 1] : undefined;
  const after = t.end < text.length ? text[t.end] : undefined;
  const canOpen = (before === undefined || REGEXPS.openContext.test(before)) && after !== undefined && !REGEXPS.space.test(after);
  const canClose = (after === undefined || REGEXPS.closeContext.test(after)) && before !== undefined && !REGEXPS.space.test(before);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

interface OpenMark {
  sentence: number;
  token: number;
}

/** Pairs quotation marks over the article's sentences. Linear in the number of tokens. */
export function findQuoteSpans(sentences: SentenceView[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = null as OpenMark | null;
  let skipToken = -1; // a continuation mark at the start of a paragraph, already accounted for
  for (let s = 0; s < sentences.length; s++) {
    const view = sentences[s];
    const newParagraph = s === 0 || sentences[s - 1].paragraph !== view.paragraph;
    skipToken = -1;
    if (newParagraph && open !== null) {
      const first = view.tokens[0];
      const continues = !view.skip && first !== undefined && isQuoteMark(first) && roleOf(view.text, first) !== 'close';
      if (continues) {
        skipToken = 0;
      } else {
        spans.push({ openSentence: open.sentence, openToken: open.token, closeSentence: s - 1, closeToken: sentences[s - 1].tokens.length });
        open = null;
      }
    }
    if (view.skip) {
      if (open !== null) open = null;
      continue;
    }
    const tokens = view.tokens;
    for (let k = 0; k < tokens.length; k++) {
      if (k === skipToken || !isQuoteMark(tokens[k])) continue;
      const role = roleOf(view.text, tokens[k]);
      if (open === null) {
        if (role === 'close') continue; // a stray closing mark
        open = { sentence: s, token: k };
      } else if (role === 'open' && tokens[k].text !== '"' && tokens[k].text !== "''") {
        // A curly opening mark while a quote is open: the earlier one was never closed; end it here.
        spans.push({ openSentence: open.sentence, openToken: open.token, closeSentence: s, closeToken: k });
        open = { sentence: s, token: k };
      } else {
        spans.push({ openSentence: open.sentence, openToken: open.token, closeSentence: s, closeToken: k });
        open = null;
      }
    }
    if (open !== null && s - open.sentence + 1 >= MAX_QUOTE_SENTENCES) open = null;
  }
  if (open !== null) {
    const last = sentences.length - 1;
    spans.push({ openSentence: open.sentence, openToken: open.token, closeSentence: last, closeToken: sentences[last].tokens.length });
  }
  return spans;
}

/** The words between the marks, joined across sentences, without a trailing comma. */
export function quoteText(sentences: SentenceView[], q: QuoteSpan): string {
  const parts: string[] = [];
  for (let s = q.openSentence; s <= q.closeSentence; s++) {
    const { text, tokens } = sentences[s];
    const from = s === q.openSentence ? tokens[q.openToken].end : 0;
    const to = s === q.closeSentence && q.closeToken < tokens.length ? tokens[q.closeToken].start : text.length;
    const part = text.slice(from, to).trim();
    // A continuation paragraph reopens the quote with a mark of its own: not part of the words.
    parts.push(s > q.openSentence ? part.replace(REGEXPS.leadingMark, '') : part);
  }
  return parts.join(' ').trim().replace(/[,;:]$/, '').trim();
}

/** Number of word and number tokens inside the quote. */
export function quoteWordCount(sentences: SentenceView[], q: QuoteSpan): number {
  let n = 0;
  for (let s = q.openSentence; s <= q.closeSentence; s++) {
    const tokens = sentences[s].tokens;
    const from = s === q.openSentence ? q.openToken + 1 : 0;
    const to = s === q.closeSentence ? q.closeToken : tokens.length;
    for (let k = from; k < to; k++) if (tokens[k].kind !== 'punct') n += 1;
  }
  return n;
}

/**
 * The attribution that introduces or follows the quote: "“...,” X said" / "“...,” said X" after the
 * closing mark, or "X said: “...”" / "X told reporters that “...”" before the opening mark. Returns the
 * sentence and the attribution's index in it, or null.
 */
export function quoteAttribution(sentences: SentenceView[], attributions: AttributionSpan[][], q: QuoteSpan): { sentence: number; index: number } | null {
  // After the closing mark.
  const closeTokens = sentences[q.closeSentence].tokens;
  if (q.closeToken < closeTokens.length) {
    let k = q.closeToken + 1;
    while (k < closeTokens.length && closeTokens[k].text === ',') k += 1;
    const list = attributions[q.closeSentence];
    // The quote opens its clause, or the attribution reports the clause before it: not "the show “...,”
    // X said the plan ...", where the marks name a title and X's words follow the cue.
    const opensClause = q.openSentence < q.closeSentence || sentences[q.openSentence].tokens.slice(0, q.openToken).every((t) => t.kind === 'punct');
    for (let a = 0; a < list.length; a++) {
      const at = list[a];
      if (at.partyStart !== k && at.cueStart !== k) continue;
      // "X said: “...,” referring to ...": the participle goes on after the quote its party introduced.
      if (at.cueStart === k && at.partyEnd <= q.openToken && q.openSentence === q.closeSentence) continue;
      if (opensClause || at.contentEnd <= Math.min(at.partyStart, at.cueStart)) return { sentence: q.closeSentence, index: a };
    }
    // "“...,” a close friend, Jane Doe told the paper.": a description stands before the party the
    // attribution found; the attribution reports the clause before it.
    const first = list.find((at) => at.cueStart >= k);
    // The attribution may read its content after the cue when the description hid the quote from it
    // ("“...,” Acme for Change organizing director Jo Marlow told the paper."): no words follow there.
    const nothingAfter = first !== undefined && !closeTokens.slice(first.contentStart, first.contentEnd).some((t) => t.kind !== 'punct');
    if (opensClause && first !== undefined && first.partyStart > k && first.partyStart - k <= MAX_DESCRIPTION_TOKENS
      && (first.contentEnd <= first.partyStart || nothingAfter) && !closeTokens.slice(k, first.partyStart).some(isQuoteMark)) {
      return { sentence: q.closeSentence, index: list.indexOf(first) };
    }
    if (k >= closeTokens.length) {
      const after = attributionOpeningNext(sentences, attributions, q.closeSentence);
      if (after !== null) return after;
    }
  }
  // Before the opening mark: the attributed content starts at the mark. A stance ("it targeted “...”",
  // "she praised “...”") quotes words inside what the party did, not what it said.
  const list = attributions[q.openSentence];
  for (let a = 0; a < list.length; a++) {
    const at = list[a];
    if (at.kind === 'stance') continue;
    if (at.cueStart < q.openToken && (at.contentStart === q.openToken || at.contentStart === q.openToken + 1)) return { sentence: q.openSentence, index: a };
    // "As for the plan, she said, “...”": the cue ends right before the mark, whatever the clause
    // before the party made of the content.
    const openTokens = sentences[q.openSentence].tokens;
    if (at.cueEnd <= q.openToken && at.cueEnd > at.cueStart && openTokens.slice(at.cueEnd, q.openToken).every((t) => t.text === ',' || t.text === ':')) {
      return { sentence: q.openSentence, index: a };
    }
  }
  return null;
}

/**
 * "“Can we win?” she asked." is cut after "?”" into two sentences: the attribution that opens the next
 * sentence of the paragraph, with no content of its own (at most an audience: "she asked reporters."), is
 * the quote's.
 */
function attributionOpeningNext(sentences: SentenceView[], attributions: AttributionSpan[][], s: number): { sentence: number; index: number } | null {
  const next = sentences[s + 1];
  const list = attributions[s + 1];
  if (next === undefined || list === undefined || next.skip || next.paragraph !== sentences[s].paragraph) return null;
  for (let a = 0; a < list.length; a++) {
    const at = list[a];
    if (at.kind === 'stance' || (at.partyStart !== 0 && at.cueStart !== 0)) continue;
    let words = 0;
    for (let k = at.contentStart; k < at.contentEnd; k++) if (next.tokens[k].kind !== 'punct') words += 1;
    if (words <= MAX_AUDIENCE_WORDS) return { sentence: s + 1, index: a };
  }
  return null;
}

export { SCARE_QUOTE_MAX_WORDS };

/** Removes a quotation mark left unpaired at either end of a text cut from a sentence. */
export function balanceQuoteMarks(text: string): string {
  let t = text;
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.startsWith('"') ? t.slice(1) : t.replace(/"(?=[^"]*$)/, '');
  const opens = (t.match(/“/g) ?? []).length;
  const closes = (t.match(/”/g) ?? []).length;
  if (opens > closes) t = t.replace(/“(?=[^“]*$)/, '');
  else if (closes > opens) t = t.replace('”', '');
  return t.trim();
}
