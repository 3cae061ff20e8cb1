/**
 * The specifics a paragraph states — numbers, ages, weekdays, months, times of day — and whether it quotes someone it
 * never names. A paragraph pasted in from another story of the same kind talks like the story but states
 * other specifics: the story's articles say the victim was 23 and it happened on Saturday, the pasted
 * paragraph says 41 and Tuesday. Language-blind except for the English calendar and speech words.
 */

export interface Specifics {
  /** Digit strings (thousands separators dropped), ages included. */
  numbers: Set<string>;
  /** Ages: "23-year-old", "aged 23", "age 23", "Name, 23,". */
  ages: Set<string>;
  weekdays: Set<string>;
  months: Set<string>;
  /** Times of day as hours on a 24-hour clock, "10:30 p.m." → "22:30". */
  times: Set<string>;
  /**
   * Named places as `kind:name`: "Cook County" → "county:cook", "Ketchum Road" → "street:ketchum",
   * "Mercy Hospital" → "hospital:mercy". A pasted paragraph about another event of the same kind names
   * another county, street or hospital than the story does.
   */
  places: Set<string>;
  /** It has a quotation and no speech word or attribution anywhere in it. */
  unattributedQuote: boolean;
}

const SPECIFIC_RE = {
  number: /\d[\d,]*(?:\.\d+)?/g,
  thousands: /,(?=\d{3}\b)/g,
  trailingComma: /,+$/,
  age: /\b(\d{1,3})[- ]years?[- ]old\b|\bage[sd]?\s+(\d{1,3})\b|\p{Lu}[\p{L}'’-]+,\s(\d{1,3}),/gu,
  weekday: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
  time: /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?/gi,
  month: /\b(january|february|march|april|june|july|august|september|october|november|december)\b/gi,
  quote: /["“”]|(?:^|\s)['‘][^'’]{12,}['’]/u,
  place: /((?:\p{Lu}[\p{L}'’.-]*\s+){1,2})(County|Parish|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Highway|Parkway|Hospital|Medical Center)(?!\p{L})/gu,
  placeKind: /County|Parish|St\.|Street|Ave|Road|Rd\.|Blvd|Boulevard|Drive|Lane|Highway|Parkway|Hospital|Medical Center/,
  placeWord: /\p{Lu}[\p{L}'’.-]*/gu,
  speech: /\b(?:said|says|say|saying|told|tells|according|asked|added|adds|stated|states|explained|wrote|writes|recalled|insisted|announced|declared|claimed|noted|described|called|quoted)\b/i,
};

const PLACE_KIND: Readonly<Record<string, string>> = {
  County: 'county', Parish: 'county', Street: 'street', 'St.': 'street', Avenue: 'street', 'Ave.': 'street', Road: 'street',
  'Rd.': 'street', Boulevard: 'street', 'Blvd.': 'street', Drive: 'street', Lane: 'street', Highway: 'street', Parkway: 'street',
  Hospital: 'hospital', 'Medical Center': 'hospital',
};
/** Capitalised words before a place word that are not its name (a sentence's first word, a direction). */
const PLACE_SKIP = new Set(['the', 'a', 'in', 'at', 'on', 'of', 'near', 'north', 'south', 'east', 'west', 'n.', 's.', 'e.', 'w.']);

export function specificsOf(text: string): Specifics {
  const numbers = new Set<string>();
  for (const m of text.matchAll(SPECIFIC_RE.number)) numbers.add(m[0].replace(SPECIFIC_RE.trailingComma, '').replace(SPECIFIC_RE.thousands, ''));
  const ages = new Set<string>();
  for (const m of text.matchAll(SPECIFIC_RE.age)) ages.add(String(Number(m[1] ?? m[2] ?? m[3])));
  const weekdays = new Set<string>();
  for (const m of text.matchAll(SPECIFIC_RE.weekday)) weekdays.add(m[1].toLowerCase());
  const months = new Set<string>();
  for (const m of text.matchAll(SPECIFIC_RE.month)) months.add(m[1].toLowerCase());
  const times = new Set<string>();
  for (const m of text.matchAll(SPECIFIC_RE.time)) {
    const h = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
    times.add(`${h}:${m[2] ?? '00'}`);
  }
  const places = new Set<string>();
  if (SPECIFIC_RE.placeKind.test(text)) for (const m of text.matchAll(SPECIFIC_RE.place)) {
    const words = (m[1].match(SPECIFIC_RE.placeWord) ?? []).map((w) => w.toLowerCase()).filter((w) => !PLACE_SKIP.has(w));
    if (words.length) places.add(`${PLACE_KIND[m[2]]}:${words.join(' ')}`);
  }
  return { numbers, ages, weekdays, months, times, places, unattributedQuote: SPECIFIC_RE.quote.test(text) && !SPECIFIC_RE.speech.test(text) };
}
