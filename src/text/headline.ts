/**
 * A story title from a lead sentence, for stories none of whose articles has a headline. News leads pack
 * a headline's content with attribution and asides ("At least 9 people, including two children, were
 * killed in a fire in Dunmore, officials said."); a title keeps the account and drops the rest. Every word
 * of the result is a word of the lead, in order, so the title stays traceable to the sentence it cites.
 */

/** Longest title kept whole; a longer one is cut at a word boundary and marked with an ellipsis. */
export const MAX_TITLE_CHARS = 120;

const RE = {
  /** ", according to Ukrainian officials." / ", police said." / ", the ministry said on Friday." at the end. */
  trailingAttribution: /,\s*(?:according to [^,]+|(?:[\p{L}'’.-]+\s+){1,5}(?:said|says|reported|reports|announced|confirmed)(?:\s+on\s+\p{Lu}\p{L}+)?)\s*[.!]?\s*$/u,
  /** ", including six children," as an aside inside the sentence. */
  includingAside: /,\s+including\s+[^,]{1,60},/u,
  finalStop: /\s*[.!]\s*$/,
};

export function headlineFromLead(lead: string): string {
  let t = lead.trim().replace(/\s+/g, ' ');
  t = t.replace(RE.trailingAttribution, '');
  t = t.replace(RE.includingAside, '');
  t = t.replace(RE.finalStop, '');
  if (t.length <= MAX_TITLE_CHARS) return t;
  const cut = t.slice(0, MAX_TITLE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:]$/, '')}…`;
}

const HEADLINE_RE = {
  /** " - wistv.com - Columbia, South Carolina", " | The Daily Courier": what a page title adds after the headline. */
  siteSeparator: /\s+[|–—-]\s+|\s+::\s+/u,
  space: /\s+/g,
};
/** Fewest words a page title's first part needs to be the headline alone ("Two dead after shooting"). */
const MIN_HEADLINE_WORDS = 3;

/**
 * The headline a page title carries: the title without the site name and section a page appends after a
 * separator (" - wistv.com - Columbia, South Carolina"). A title whose first part is too short to be a
 * headline ("Opinion | …") is kept whole.
 */
export function headlineOf(title: string): string {
  const t = withoutRubric(title.trim().replace(HEADLINE_RE.space, ' '));
  const first = t.split(HEADLINE_RE.siteSeparator)[0].trim();
  return first.split(' ').length >= MIN_HEADLINE_WORDS ? first : t;
}

/**
 * A rubric a desk puts before a headline ("UPDATE:", "BREAKING:", "MUST SEE:", "VIDEO:"): it says how the
 * piece is filed, not what happened. Only these general newsroom labels: a capitalised word before a colon
 * is often a source ("Police: …", "FBI: …") and stays.
 */
const RUBRIC = /^(?:updated?|breaking(?: news)?|developing(?: story)?|watch|video|photos?|gallery|live|exclusive|must see|just in|alert|new)\s*:\s+(?=\S)/i;

function withoutRubric(title: string): string {
  const rest = title.replace(RUBRIC, '');
  return rest.split(' ').length >= MIN_HEADLINE_WORDS ? rest : title;
}

function fold(text: string): string {
  return text.trim().replace(HEADLINE_RE.space, ' ').toLowerCase();
}

/**
 * Whether an article's first paragraph is its headline: the clean stage puts the headline at the top of
 * the text, so that its figures are extracted and cited like any sentence, and readers (the brief, the
 * article view) tell it apart by this test.
 */
export function isHeadlineParagraph(paragraph: string, title: string | null): boolean {
  if (!title) return false;
  const p = fold(paragraph);
  return p !== '' && (p === fold(title) || p === fold(headlineOf(title)));
}

/** The ids of the sentences of an article's headline paragraph (empty when its text does not open with one). */
export function headlineSentenceIds(sentences: readonly { id: string; paragraph: number; text: string }[], title: string | null): Set<string> {
  const first = sentences.filter((s) => s.paragraph === 0);
  if (first.length === 0 || !isHeadlineParagraph(first.map((s) => s.text).join(' '), title)) return new Set();
  return new Set(first.map((s) => s.id));
}

/**
 * A line that is only a time stamp ("Updated: March 3, 2030 09:15 EST", "Sunday, 3 Mar 2030") heads
 * no story: feeds and scrapers put the page's date where its headline should be. Words a stamp is made of:
 * labels, months, weekdays, "at"/"on", am/pm, time zones (2–5 capitals), digits and punctuation.
 */
const STAMP_WORD = /^(?:last|first|updated?|published|posted|modified|on|at|hrs?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|\d[\d:.,/-]*(?:[ap]m)?|gmt[+-]?[\d:]*|utc[+-]?[\d:]*)$/i;
const ZONE = /^[A-Z]{2,5}$/;

export function isTimeStamp(line: string): boolean {
  const words = line.trim().split(/[\s,|•–—-]+/).map((w) => w.replace(/[:;()]+/g, '')).filter((w) => w !== '');
  return words.length > 0 && words.some((w) => /\d/.test(w)) && words.every((w) => STAMP_WORD.test(w) || ZONE.test(w));
}
