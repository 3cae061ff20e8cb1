/**
 * One victim named or described as a single person, with what happened to them: "a 16-year-old has
 * died", "A 9-month-old baby in Indiana died", "Julian Doe, 22, was killed", "The 19-year-old was shot
 * … and was later pronounced dead". The count reader needs a number or "a man" beside its verb; local
 * news mostly reports single victims this way, with an age in place of a noun and the verb further off.
 */

/** `shot` when the sentence does not say whether the person lived (reconcile derives the wounded). */
export interface VictimClause { measure: 'killed' | 'injured' | 'shot'; start: number; end: number }

/** Characters between the subject and its predicate ("from the Town of X", "in Y") without a clause break. */
const MAX_GAP = 60;

const RE = {
  /** "a 16-year-old", "A 9-month-old baby", "the 19-year-old man"; or "Name Surname, 22,". */
  subject: new RegExp(
    String.raw`\b(?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?\d{1,3}-(?:year|month|week|day)-old(?:\s+(?!(?:was|is|has|had|have|died|been)\b)[a-z]+)?` +
    String.raw`|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2},\s+\d{1,3},)`, 'gu'),
  killed: /^(?:(?:has|had|have)\s+)?(?:died|since died|been (?:killed|shot dead|shot and killed|pronounced dead)|(?:was|is)\s+(?:(?:fatally|accidentally|later|reportedly)\s+)*(?:killed|dead|shot dead|shot and killed|shot to death|pronounced dead|found dead))\b/i,
  injured: /^(?:(?:has|had|have)\s+been|was|is)\s+(?:(?:critically|seriously|accidentally|reportedly|also)\s+)*(?:shot|wounded|injured|hurt|hospitali[sz]ed|in (?:critical|serious|stable|fair) condition)\b/i,
  /** What may stand between subject and predicate: a phrase, not a new clause. */
  gap: /^[^.;!?"“”]*?(?=\b(?:has|had|have|was|is|died|been)\b)/,
  /** "was shot" says nothing of the outcome; "wounded", "in stable condition" do. */
  shotOnly: /^(?:(?:has|had|have)\s+been|was|is)\s+(?:(?:critically|seriously|accidentally|reportedly|also)\s+)*shot\b/i,
  survived: /\b(?:wounded|injured|hurt|hospitali[sz]ed|hospital|condition|recovering|survived|non-life-threatening|treated)\b/i,
  /** Later in the same clause chain: the outcome was death ("…shot in the head and died"). */
  diedLater: /\b(?:pronounced dead|died|killed|to death|dead)\b/i,
};

export function victimClauses(text: string): VictimClause[] {
  const out: VictimClause[] = [];
  for (const m of text.matchAll(RE.subject)) {
    const after = text.slice(m.index! + m[0].length);
    const gap = RE.gap.exec(after.trimStart());
    if (!gap || gap[0].length > MAX_GAP) continue;
    const rest = after.trimStart().slice(gap[0].length);
    const end = m.index! + m[0].length;
    if (RE.killed.test(rest)) out.push({ measure: 'killed', start: m.index!, end });
    else if (RE.injured.test(rest)) {
      // "was accidentally shot in the forehead, and was later pronounced dead": the outcome is death.
      const sentenceRest = rest.split(/[.;!?]/)[0];
      const measure = RE.diedLater.test(sentenceRest) ? 'killed' : RE.shotOnly.test(rest) && !RE.survived.test(sentenceRest) ? 'shot' : 'injured';
      out.push({ measure, start: m.index!, end });
    }
  }
  return out;
}
