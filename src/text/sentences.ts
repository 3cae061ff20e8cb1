/**
 * Sentence boundaries for news text: ICU's sentence segmenter (`Intl.Segmenter`, built into Node, works for
 * every script) followed by one repair pass for the abbreviations news uses constantly, where ICU breaks
 * after "Mr.", initials ("J. R. Smith"), "Gen.", "U.S." and "a.m." before a capitalised word.
 */

export interface Span { start: number; end: number }

/** Titles and abbreviations after which a sentence never ends. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'gov', 'sen', 'rep', 'rev', 'st', 'jr', 'sr',
  'maj', 'adm', 'cpl', 'pvt', 'supt', 'insp', 'det', 'atty', 'hon', 'messrs', 'mt', 'ft', 'vs', 'v', 'cf', 'approx', 'dept', 'est',
]);
/** Abbreviations that end a sentence only when a number does not follow ("Jan. 27", "No. 10"). */
const BEFORE_NUMBERS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'art', 'vol', 'p', 'pp']);
/** Words that usually open a new sentence; after "U.S." or "a.m." such a word means the sentence did end. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'our', 'as', 'after', 'when', 'while', 'if', 'some', 'many', 'no', 'one',
  'police', 'officials', 'authorities',
]);

const RE = {
  lastWord: /([\p{L}.]+)\.\s*$/u,
  dottedAcronym: /^(?:\p{L}\.){2,}$/u,
  singleInitial: /^\p{Lu}$/u,
  firstWord: /^\s*["“‘'(]?([\p{L}\p{N}]+)/u,
  // A date line's place and state ("SPRINGFIELD, Ill.", "Springfield, Mo.") as the whole of what ICU cut off.
  datelinePlace: /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s*\p{Lu}\p{Ll}{1,4}\.(?:\s?\p{Lu}\.)?\s*$/u,
  // What follows a date line: the source in brackets or the dash before the story ("(AP) —", "— A man…").
  afterDateline: /^\s*(?:\(|[—–]|--?\s)/u,
};

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Sentence spans (trimmed, end-exclusive) of `text`, offsets relative to `text`. */
export function splitSentences(text: string, locale = 'en'): Span[] {
  const raw: Span[] = [];
  for (const seg of segmenter(locale).segment(text)) raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && !endsSentence(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) prev.end = span.end;
    else merged.push({ ...span });
  }
  const out: Span[] = [];
  for (const s of merged) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function endsSentence(prev: string, next: string): boolean {
  if (/\n\s*$/.test(prev)) return true; // a line break is a hard boundary in our paragraph model
  if (isDatelineHead(prev, next)) return false;
  const m = RE.lastWord.exec(prev);
  if (!m) return true;
  const word = m[1];
  const lower = word.toLowerCase().replace(/\.$/, '');
  const nextWord = RE.firstWord.exec(next)?.[1] ?? '';
  if (TITLES.has(lower)) return false;
  if (BEFORE_NUMBERS.has(lower)) return !/^\p{N}/u.test(nextWord);
  if (RE.singleInitial.test(word) && /^\p{Lu}/u.test(nextWord)) return false;
  if (RE.dottedAcronym.test(word + '.') || lower === 'a.m' || lower === 'p.m') {
    return SENTENCE_STARTERS.has(nextWord.toLowerCase()) || nextWord === '';
  }
  return true;
}

/**
 * "SPRINGFIELD, Ill. (AP) — A man…": ICU ends a sentence after the state's abbreviation. The place and state
 * are the date line's head when the source or the dash follows, or when the place is in capitals (a date
 * line's form); "…moved to Springfield, Ill. The next year…" is a sentence that did end.
 */
function isDatelineHead(prev: string, next: string): boolean {
  const m = RE.datelinePlace.exec(prev);
  if (!m) return false;
  return RE.afterDateline.test(next) || m[1] === m[1].toUpperCase();
}
