/**
 * Quotes of an article, assembled from the quote spans (quotes.ts) and the attributions with their resolved
 * speakers (speakers.ts): direct quotes grouped by speaker, then indirect speech, beliefs and stances from
 * the attributions no direct quote took. Marks the token ranges inside direct quotes on each sentence's
 * work (`quoted`), which counts read to tell a party's own words.
 */
import type { Citation, QuoteMention, TextRange } from '../../model/schemas.js';
import type { AttributionSpan } from './attribution.js';
import type { SentenceWork } from './index.js';
import { SCARE_QUOTE_MAX_WORDS, balanceQuoteMarks, findQuoteSpans, quoteAttribution, quoteText, quoteWordCount, type QuoteSpan, type SentenceView } from './quotes.js';
import { isQuoteMark, spanText } from './tokens.js';

/** Indirect speech needs at least this many words of content to be worth reporting. */
const MIN_INDIRECT_WORDS = 3;
/** A stance needs only its object ("endorsed Trump"). */
const MIN_STANCE_WORDS = 1;
/** A quote its cue opens widens to the cue's clause when this many words follow the closing mark in it. */
const MIN_MIXED_TAIL_WORDS = 2;
/** A quote that closes a clause its attribution after it reports widens to that clause when this many words precede the opening mark in it. */
const MIN_MIXED_LEAD_WORDS = 1;

const REGEXPS = {
  sentenceEnd: /[.!?…]$/,
};

/** A quote and the index of the sentence it starts in (for ordering). */
interface PlacedQuote {
  sentence: number;
  quote: QuoteMention;
  /** What the cue reports (speech, a belief, a stance); direct quotes are speech. */
  kind?: AttributionSpan['kind'];
}

/**
 * Direct quotes, grouped into attributions. A quote part joins the group before it when it continues the
 * same speaker: an interrupted quote ("“A,” she said. “B.”") and a quote running on into the next
 * paragraph are one attribution with several parts, as annotators of attribution (PARC, PolNeAR) read
 * them. A quote with no cue of its own inside the content of a reporting clause ("X said the plan was
 * “a disaster” for the city") is quoted wording of indirect speech and is left to `indirectQuotes`; a
 * quote opened by a cue whose clause runs on past the closing mark ("X said “it hurts” every time ...")
 * widens to that clause.
 */
export function directQuotes(work: SentenceWork[]): PlacedQuote[] {
  const views: SentenceView[] = work.map((w) => ({ tokens: w.tokens, text: w.text, paragraph: w.sentence.paragraph, skip: w.skip }));
  const attributions = work.map((w) => w.attributions);
  const groups: QuoteGroup[] = [];
  for (const span of findQuoteSpans(views)) {
    const words = quoteWordCount(views, span);
    if (words === 0) continue;
    const found = quoteAttribution(views, attributions, span);
    const last = groups.length > 0 ? groups[groups.length - 1] : undefined;
    if (found === null) {
      if (words <= SCARE_QUOTE_MAX_WORDS) continue; // a scare quote
      if (embeddingAttribution(work, span) !== null) {
        markQuoted(work, span, null, false); // quoted wording of indirect speech: reported with it
        continue;
      }
      if (last !== undefined && (last.mixed === null || last.mixed.lead) && canInherit(work, last.parts[last.parts.length - 1], span)) {
        // A quote opening a later paragraph is a new attribution of the same speaker, as PolNeAR marks
        // it (train: content 0.7702 -> 0.7712, dev 0.7722 -> 0.7726): the party is written in the earlier
        // paragraph, so its span is not given again.
        const prev = last.parts[last.parts.length - 1];
        if (work[prev.closeSentence].sentence.paragraph === work[span.openSentence].sentence.paragraph) last.parts.push(span);
        else groups.push({ parts: [span], found: last.found, mixed: null, inherited: true });
        continue;
      }
      groups.push({ parts: [span], found: null, mixed: null });
      continue;
    }
    if (last !== undefined && last.found !== null && (last.mixed === null || last.mixed.lead) && last.found.sentence === found.sentence && last.found.index === found.index) {
      last.parts.push(span);
      continue;
    }
    work[found.sentence].introducesQuote[found.index] = true;
    groups.push({ parts: [span], found, mixed: mixedContent(work, found, span) });
  }

  const out: PlacedQuote[] = [];
  for (const g of groups) {
    const a = g.found === null ? null : work[g.found.sentence].attributions[g.found.index];
    const speaker = g.found === null ? null : work[g.found.sentence].speakers[g.found.index];
    const citations: Citation[] = [];
    const content: TextRange[] = [];
    const texts: string[] = [];
    g.parts.forEach((span, j) => {
      // Counts inside the quote name the party as written (as counts do everywhere), not the resolved speaker.
      const party = g.found === null ? null : work[g.found.sentence].parties[g.found.index];
      markQuoted(work, span, party === null ? null : { speaker: party, cue: a!.cue }, true);
      for (let s = span.openSentence; s <= span.closeSentence; s++) {
        if (!citations.some((c) => c.sentenceId === work[s].sentence.id)) citations.push(cite(work[s]));
      }
      if (g.mixed !== null && j === 0) {
        const w = work[g.mixed.sentence];
        content.push(tokenRange(w, g.mixed.from, g.mixed.to));
        texts.push(balanceQuoteMarks(spanText(w.text, w.tokens, g.mixed.from, g.mixed.to)));
      } else {
        content.push(quoteRange(work, span));
        texts.push(quoteText(views, span));
      }
    });
    // Parts of an interrupted quote join with an ellipsis, unless the part before ends a sentence.
    const text = texts.reduce((acc, t) => (acc === '' ? t : `${acc}${REGEXPS.sentenceEnd.test(acc) ? ' ' : ' … '}${t}`), '');
    const fw = g.found === null ? null : work[g.found.sentence];
    out.push({
      sentence: g.parts[0].openSentence,
      quote: {
        speaker, cue: a?.cue ?? null, channel: a?.channel ?? null, text, direct: g.mixed === null, citations,
        party: a?.party ?? null,
        spans: { content, party: a === null || g.inherited ? null : tokenRange(fw!, a.sourceStart, a.sourceEnd), cue: a === null || g.inherited ? null : cueRange(fw!, a) },
      },
    });
  }
  return out;
}

/** Quote parts read as one attribution, with the attribution that introduces them (if any). */
interface QuoteGroup {
  parts: QuoteSpan[];
  found: { sentence: number; index: number } | null;
  /** The content widened to the clause of the attribution that opens the quote (token range of one sentence). */
  mixed: { sentence: number; from: number; to: number; lead: boolean } | null;
  /** The speaker is the previous group's, named in an earlier paragraph: no party or cue span of its own. */
  inherited?: boolean;
}

function markQuoted(work: SentenceWork[], span: QuoteSpan, by: { speaker: string; cue: string } | null, reported: boolean): void {
  for (let s = span.openSentence; s <= span.closeSentence; s++) {
    const from = s === span.openSentence ? span.openToken + 1 : 0;
    const to = s === span.closeSentence ? span.closeToken : work[s].tokens.length;
    work[s].quoted.push({ from, to, speaker: by?.speaker ?? null, cue: by?.cue ?? null, reported });
  }
}

/** An attribution of the quote's sentence whose content holds the whole quote and starts before it, or null. */
function embeddingAttribution(work: SentenceWork[], span: QuoteSpan): number | null {
  if (span.openSentence !== span.closeSentence) return null;
  const list = work[span.openSentence].attributions;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.cueStart > span.openToken && a.cueStart < span.closeToken) continue;
    if (a.contentStart < span.openToken && a.contentEnd >= span.closeToken) return i;
    // "A, she said, has “...”": the quote sits in the statement's tail (which ends before final marks).
    const tail = a.contentTail;
    if (tail !== undefined && tail[0] <= span.openToken && work[span.openSentence].tokens.slice(tail[1], span.closeToken).every((t) => t.kind === 'punct')) return i;
  }
  return null;
}

/** For a quote its attribution opens ("X said “...” ..."): the attribution's content when it runs on past the quote. */
function mixedContent(work: SentenceWork[], found: { sentence: number; index: number }, span: QuoteSpan): QuoteGroup['mixed'] {
  const w = work[found.sentence];
  const a = w.attributions[found.index];
  if (span.openSentence !== found.sentence || span.closeSentence !== found.sentence) return null;
  if (a.cueStart > span.closeToken) {
    // "The new plan is a “very welcome step,” he said.": the quote closes a clause that opens before its
    // mark, and the attribution after it reports the whole clause.
    if (a.contentStart >= span.openToken || a.contentEnd > Math.min(a.partyStart, a.cueStart)) return null;
    let lead = 0;
    for (let k = a.contentStart; k < span.openToken; k++) if (w.tokens[k].kind !== 'punct') lead += 1;
    return lead < MIN_MIXED_LEAD_WORDS ? null : { sentence: found.sentence, from: a.contentStart, to: a.contentEnd, lead: true };
  }
  if (a.cueStart > span.openToken) return null;
  let words = 0;
  for (let k = span.closeToken + 1; k < a.contentEnd; k++) if (w.tokens[k].kind !== 'punct') words += 1;
  if (words < MIN_MIXED_TAIL_WORDS) return null;
  let to = a.contentEnd;
  while (to > a.contentStart && w.tokens[to - 1].kind === 'punct' && !isQuoteMark(w.tokens[to - 1])) to -= 1;
  return { sentence: found.sentence, from: a.contentStart, to, lead: false };
}

/** The cue's range as attribution corpora mark it: the verb alone ("told", not "told reporters"), "according to", or a verb with its particle ("called for"). */
function cueRange(w: SentenceWork, a: AttributionSpan): TextRange {
  return tokenRange(w, a.cueStart, a.cue.startsWith('told') ? a.cueStart + 1 : a.cueEnd);
}

/** The article-text range of tokens [from, to) of a sentence. */
function tokenRange(w: SentenceWork, from: number, to: number): TextRange {
  return [w.sentence.start + w.tokens[from].start, w.sentence.start + w.tokens[to - 1].end];
}

/** The article-text range between a quote's marks (to the end of its last sentence when it never closes). */
function quoteRange(work: SentenceWork[], span: QuoteSpan): TextRange {
  const open = work[span.openSentence];
  const close = work[span.closeSentence];
  const start = open.sentence.start + open.tokens[span.openToken].end;
  const end = close.sentence.start + (span.closeToken < close.tokens.length ? close.tokens[span.closeToken].start : close.text.length);
  return [start, Math.max(start, end)];
}

/**
 * A quote with no cue of its own continues the previous quote's speaker when it is in the same paragraph
 * or the next one, and no other attribution stands between them.
 */
function canInherit(work: SentenceWork[], prev: QuoteSpan, next: QuoteSpan): boolean {
  if (work[next.openSentence].sentence.paragraph - work[prev.closeSentence].sentence.paragraph > 1) return false;
  for (let s = prev.closeSentence; s <= next.openSentence; s++) {
    const list = work[s].attributions;
    for (let a = 0; a < list.length; a++) {
      if (work[s].introducesQuote[a]) continue;
      const at = list[a];
      // "“...,” she said, referring to ...": a participle going on with the speaker of the quote.
      if (list.some((o, b) => b !== a && work[s].introducesQuote[b] && o.partyStart === at.partyStart && o.partyEnd === at.partyEnd)) continue;
      if (s === prev.closeSentence && at.cueStart < prev.closeToken) continue;
      if (s === next.openSentence && at.cueStart > next.openToken) continue;
      return false;
    }
  }
  return true;
}

export function isQuoted(w: SentenceWork, k: number): SentenceWork['quoted'][number] | undefined {
  return w.quoted.find((q) => k >= q.from && k < q.to);
}

export function indirectQuotes(work: SentenceWork[]): PlacedQuote[] {
  const out: PlacedQuote[] = [];
  work.forEach((w, s) => {
    w.attributions.forEach((a, i) => {
      if (w.introducesQuote[i] || a.contentEnd - a.contentStart <= 0) return;
      if (isQuoted(w, a.cueStart)?.reported || isQuoted(w, a.partyStart)?.reported) return;
      let end = a.contentEnd;
      while (end > a.contentStart && w.tokens[end - 1].kind === 'punct' && !isQuoteMark(w.tokens[end - 1])) end -= 1;
      let start = a.contentStart;
      while (start < end && w.tokens[start].kind === 'punct' && !isQuoteMark(w.tokens[start])) start += 1;
      let wordCount = 0;
      for (let k = start; k < end; k++) {
        if (w.tokens[k].kind !== 'punct') wordCount += 1;
        if (isQuoted(w, k)?.reported) return; // the content is (partly) a direct quote, reported already
      }
      const tailWords = a.contentTail === undefined ? 0 : w.tokens.slice(a.contentTail[0], a.contentTail[1]).filter((t) => t.kind !== 'punct').length;
      if (wordCount + tailWords < (a.kind === 'stance' ? MIN_STANCE_WORDS : MIN_INDIRECT_WORDS)) return;
      // The span starts at an opening "that" (as attribution corpora mark it); the text reads without it.
      const content: TextRange[] = [tokenRange(w, a.contentLead < start && a.contentLead >= a.contentStart - 1 ? a.contentLead : start, end)];
      let text = balanceQuoteMarks(spanText(w.text, w.tokens, start, end));
      const tail = a.contentTail;
      if (tail !== undefined && tail[1] > tail[0] && !w.tokens.slice(tail[0], tail[1]).some((_, j) => isQuoted(w, tail[0] + j)?.reported)) {
        content.push(tokenRange(w, tail[0], tail[1]));
        text = `${text} … ${balanceQuoteMarks(spanText(w.text, w.tokens, tail[0], tail[1]))}`;
      }
      out.push({
        sentence: s,
        kind: a.kind,
        quote: {
          speaker: w.speakers[i], cue: a.cue, channel: a.channel, text, direct: false,
          citations: [cite(w)], party: a.party,
          spans: { content, party: tokenRange(w, a.sourceStart, a.sourceEnd), cue: cueRange(w, a) },
        },
      });
    });
  });
  return out;
}

/** The citation of a sentence. */
export function cite(w: SentenceWork): Citation {
  return { articleId: w.sentence.articleId, sentenceId: w.sentence.id };
}
