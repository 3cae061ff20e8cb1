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
