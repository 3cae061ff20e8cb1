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
  speech: /\b(?:said|says|say|saying|told|tells|according|asked|added|adds|stated|states|explained|wrote|writes|recalled|insisted|announced|declared|claimed|noted|described|called|quoted)\b/i,
};

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
  return { numbers, ages, weekdays, months, times, unattributedQuote: SPECIFIC_RE.quote.test(text) && !SPECIFIC_RE.speech.test(text) };
}
