/**
 * Date expressions of one sentence, resolved to a day with chrono-node against the publication date.
 *
 * Rules (checked against chrono 2.10):
 * - The reference is the publication day at noon UTC. News "Friday" means the most recent Friday on or
 *   before publication. chrono's `forwardDate: false` does not give that for a bare weekday (it takes the
 *   nearest one, which may be after publication), so a weekday without a day of month is resolved here;
 *   "next Monday" / "this coming Monday" keep chrono's forward reading, and so does a weekday after a
 *   future-tense cue in its clause ("is scheduled to appear in court Monday", "the measures are to be voted on
 *   Thursday": the next Monday, the next Thursday); past and present-perfect clauses keep the last one.
 * - Only day-precision results: a known day of month, a known weekday, or a relative day ("today",
 *   "yesterday", "last night", "this morning", "two days ago"). Expressions of a week, month, year or
 *   weekend ("last week", "in March", "this year") are skipped, though chrono pins some of them to a day,
 *   because that day is chrono's invention. Times alone ("at 1:15 a.m.") and durations ("within 24 hours")
 *   are skipped.
 * - Absolute dates carry a four-digit year ("April 4, 2025"); everything else (including "April 4",
 *   whose year comes from the publication date) is relative. With no publication date only absolute
 *   dates are resolved — never invented. `inferred` is the article's `publishedInferred` for relative
 *   dates and false for absolute ones.
 * - chrono runs only on sentences a cheap pre-filter finds a date word in (most sentences have none).
 */
import * as chrono from 'chrono-node';
import { isTimeStamp } from '../../text/headline.js';

export interface DateSpan {
  text: string;
  date: string;
  inferred: boolean;
  /** Character offset of the expression in the sentence. */
  index: number;
}

/** Reference hour (UTC) on the publication day: noon keeps every time zone on the same calendar day. */
const REFERENCE_HOUR_UTC = 12;
/** How far before a bare weekday (in characters) a future-tense cue makes it an upcoming day. */
const FUTURE_REACH = 60;
/** Reference used when there is no publication date (only absolute dates are kept then). */
const NO_REFERENCE = '2000-01-01';

const REGEXPS = {
  /**
   * Cheap pre-filter: a weekday, a month with a day, a relative day, or a numeric date with a year.
   * Case-sensitive on purpose (written as news writes them): several times faster than the /i form.
   */
  candidate:
    /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening)|days? ago|\d\/\d{1,2}\/\d|\d{4}-\d{2}-\d{2}|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY/,
  /** Expressions of a span longer or shorter than a day: not day precision. */
  notADay: /\b(?:hours?|minutes?|seconds?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|fortnight|season)\b/i,
  relativeDay: /\b(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening)|days? ago)\b/i,
  fourDigitYear: /\b\d{4}\b/,
  forward: /\b(?:next|coming)\b/i,
  /**
   * Future tense just before a bare weekday, in its clause: "is scheduled to appear in court Monday", "will be
   * buried on Friday", "the measures are to be voted on Thursday", "plans to travel there Monday", "is going to
   * rule Friday". The clause ends at a sentence stop or at a finite past verb or a reporting verb after the cue
   * ("will recover, police said Monday"; "who will be sentenced later was shot Monday" keeps the past day).
   * "is to blame" is not a plan.
   */
  futureBefore:
    /(?:\bwill\b|'ll\b|\bshall\b|\b(?:is|are|'s|'re)\s+(?:to\s+(?!blame\b)|going\s+to\b|(?:scheduled|slated|set|due|expected|planned|poised)\s+to\b)|\b(?:plans?|planning)\s+to\b)(?:(?!\b(?:was|were|had|said|says|told)\b)[^.;!?])*$/i,
  slashNoYear: /^\d{1,2}\/\d{1,2}$/,
  trailingPunctuation: /[\s,;:.]+$/,
};

/** Resolved day-precision date expressions in the sentence, left to right. */
export function findDates(text: string, published: string | null, publishedInferred: boolean): DateSpan[] {
  if (!REGEXPS.candidate.test(text)) return [];
  const refDay = published ?? NO_REFERENCE;
  const instant = new Date(`${refDay}T${String(REFERENCE_HOUR_UTC).padStart(2, '0')}:00:00Z`);
  if (Number.isNaN(instant.getTime())) return [];
  let results: chrono.ParsedResult[];
  try {
    results = parserFor(text).parse(text, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return []; // chrono is third-party code: a failure on odd text costs the dates, not the article
  }
  const out: DateSpan[] = [];
  for (const r of results) {
    const span = toDay(r, instant, published, publishedInferred, text);
    if (span !== null) out.push(span);
  }
  return out;
}

/**
 * chrono's casual English parsers that can only match when the text holds one of these words (each
 * parser's pattern requires one of them, case aside), by class name. A parser whose words a sentence lacks
 * would find nothing in it, so it is not run: the results are the same and a sentence that names only a
 * weekday skips about half of chrono's work (the GVA corpus's date sentences: chrono 0.19 s -> 0.10 s).
 * A parser not listed here always runs.
 */
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const PARSER_WORDS: Record<string, RegExp | readonly string[]> = {
  ENYearMonthDayParser: /\d{4}/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENMonthNameLittleEndianParser: MONTH_WORDS,
  ENMonthNameMiddleEndianParser: MONTH_WORDS,
  ENMonthNameParser: MONTH_WORDS,
  ENYearMonthNameParser: MONTH_WORDS,
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'weekend', 'weekday'],
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: ['morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon'],
  ENEndOfCurrentMonthParser: ['month'],
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
  ENTimeUnitCasualRelativeFormatParser: ['this', 'last', 'past', 'next', 'after', '+', '-'],
};
const CASUAL_PARSERS = chrono.casual.parsers.map((parser) => ({ parser, words: PARSER_WORDS[parser.constructor.name] ?? null }));
/** One chrono per set of parsers a sentence needs, made once and kept (keyed by which parsers run). */
const PARSER_SETS = new Map<string, chrono.Chrono>();

/** A chrono with casual English's refiners and only the parsers that can match in `text`. */
function parserFor(text: string): chrono.Chrono {
  const lower = text.toLowerCase();
  let key = '';
  for (const { words } of CASUAL_PARSERS) {
    const runs = words === null || (words instanceof RegExp ? words.test(text) : words.some((w) => lower.includes(w)));
    key += runs ? '1' : '0';
  }
  let c = PARSER_SETS.get(key);
  if (c === undefined) {
    c = new chrono.Chrono({ parsers: CASUAL_PARSERS.filter((_, i) => key[i] === '1').map((p) => p.parser), refiners: chrono.casual.refiners });
    PARSER_SETS.set(key, c);
  }
  return c;
}

function toDay(r: chrono.ParsedResult, reference: Date, published: string | null, publishedInferred: boolean, sentence: string): DateSpan | null {
  const text = r.text;
  const start = r.start;
  const knownDay = start.isCertain('day');
  const knownWeekday = start.isCertain('weekday');
  const relativeDay = REGEXPS.relativeDay.test(text);
  if (!knownDay && !knownWeekday && !relativeDay) return null;
  if (REGEXPS.notADay.test(text) && !(knownDay && start.isCertain('month'))) return null;
  if (REGEXPS.slashNoYear.test(text.trim())) return null;
  const absolute = REGEXPS.fourDigitYear.test(text) && start.isCertain('year');
  if (published === null && !absolute) return null;

  let date: string;
  if (knownWeekday && !knownDay && !REGEXPS.forward.test(text)) {
    const future = REGEXPS.futureBefore.test(sentence.slice(Math.max(0, r.index - FUTURE_REACH), r.index));
    date = future ? nextWeekday(reference, start.get('weekday') ?? 0) : mostRecentWeekday(reference, start.get('weekday') ?? 0);
  } else {
    const y = start.get('year');
    const m = start.get('month');
    const d = start.get('day');
    if (y === null || m === null || d === null) return null;
    date = isoDay(y, m, d);
  }
  return { text: text.replace(REGEXPS.trailingPunctuation, ''), date, inferred: absolute ? false : publishedInferred, index: r.index };
}

/** The latest day on or before `reference` that falls on `weekday` (0 = Sunday). */
function mostRecentWeekday(reference: Date, weekday: number): string {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const day = new Date(reference.getTime() - back * 86_400_000);
  return isoDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** The earliest day on or after `reference` that falls on `weekday`: a scheduled event's day. */
function nextWeekday(reference: Date, weekday: number): string {
  const ahead = (weekday - reference.getUTCDay() + 7) % 7;
  const day = new Date(reference.getTime() + ahead * 86_400_000);
  return isoDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/**
 * The day a time-stamp line states, when it states a whole date ("Updated: March 3, 2030 09:15 EST" →
 * 2030-03-03); null for a line that is no stamp (`isTimeStamp`) or names no year.
 */
export function stampDate(line: string): string | null {
  if (!isTimeStamp(line)) return null;
  const hit = chrono.parse(line)[0];
  if (!hit || !hit.start.isCertain('year') || !hit.start.isCertain('month') || !hit.start.isCertain('day')) return null;
  return isoDay(hit.start.get('year')!, hit.start.get('month')!, hit.start.get('day')!);
}

function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const URL_REGEXPS = {
  /** "/2016/01/27/", "/2016/jan/26/", "/2016-01-27/": year, month (number or name), day, as path segments. */
  segments: /\/((?:19|20)\d{2})[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?=[/_.-]|$)/i,
  /** "-20160223-story", "/20150803/": eight digits standing alone between separators. */
  compact: /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/,
  /** "…-sunday-01-17-2016": month, day, year at the end of a slug (the US order). */
  slugEnd: /[/_-](\d{2})-(\d{2})-((?:19|20)\d{2})(?:\.[a-z]+)?\/?$/i,
};
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day a URL's path dates its page by ("/2016/01/27/…", "/2016/jan/26/…", "…-20160223-story.html"),
 * or null. Publishers put the publication day there; it is a fallback for an article that carries no
 * publication date (mark dates resolved against it inferred). Only the path is read, and only a valid
 * calendar day in one of these forms: a number in a query string or an id ("/37673926") is not a date.
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const slug = URL_REGEXPS.slugEnd.exec(path);
  const m = URL_REGEXPS.segments.exec(path) ?? URL_REGEXPS.compact.exec(path) ?? (slug && [slug[0], slug[3], slug[1], slug[2]]);
  if (!m) return null;
  const y = Number(m[1]);
  const month = /^\d+$/.test(m[2]) ? Number(m[2]) : MONTH_NAMES.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
  const d = Number(m[3]);
  if (month < 1 || month > 12 || d < 1) return null;
  const day = new Date(Date.UTC(y, month - 1, d));
  if (day.getUTCMonth() !== month - 1 || day.getUTCDate() !== d) return null;
  return isoDay(y, month, d);
}
