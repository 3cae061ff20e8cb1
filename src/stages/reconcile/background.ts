/**
 * Counts that report no figure of the story's events, kept out of the fact groups: a wounded victim who is
 * the dead one told of earlier (`woundedWhoDied`), and a sentence that tells of the past, of a tally or of
 * a roundup of several incidents (`backgroundCounts`), and deaths no headline or lead tells of
 * (`deathsNoLeadTells`). Each returns keys `article:count`.
 */
import type { CountMention } from '../../model/schemas.js';
import type { ArticleBundle } from '../../storage/store.js';
import { LEAD_SENTENCES, type EventModel } from './events.js';

/** The wording of a death by one's own hand, in a count's text. */
const SELF_DEATH = /\b(?:(?:kill(?:ed|s|ing)?|then|and|before|on)\s+(?:himself|herself)|suicide|own life)\b/i;

/** Measures of a person hurt whose fate a report may learn later. */
const WOUND_MEASURES = new Set(['injured', 'hospitalized']);

/** A pronoun or a definite noun phrase: a person the report has told of before. */
const ANAPHOR = /^(?:he|she|him|her|the|this|that)\b/i;

/** One wounded person referred to as someone already told of ("He was taken to a hospital"). */
function isAnaphoric(c: CountMention): boolean {
  return WOUND_MEASURES.has(c.measure) && c.value === 1 && c.qualifier === 'at least' && ANAPHOR.test(c.text);
}

/**
 * Early reports of a victim "in critical condition" are outdated by later ones that the victim died: a
 * single unnumbered wounded victim ("a teen was critically injured", a lower bound of one) in an article
 * that reports no death, where another article published no earlier reports one, is most often that dead
 * victim, not a survivor. Such readings (keys `article:count`) stay out of the fact groups.
 */
export function woundedWhoDied(articles: ArticleBundle[]): Set<string> {
  // A killer's death by their own hand ("then killed himself") is not the wounded victim's.
  const deaths = (a: ArticleBundle) => a.extraction.counts.some((c) => c.measure === 'killed' && !c.isClaim && !SELF_DEATH.test(c.text));
  const dead = articles.filter(deaths);
  const out = new Set<string>();
  if (dead.length === 0) return out;
  articles.forEach((a, k) => {
    if (deaths(a)) {
      // A wounded "he", "she" or "the boy" ("He was taken to a hospital") before the report tells of a
      // death is most often the one who died, told of before his death; a wounded person the report
      // introduces ("a woman was wounded"), or one told of after the death, is another (GVA casualties, with
      // victims taken to hospital read as wounded: injured 0.794 → 0.802, both 0.720 → 0.724; each half
      // gains or holds).
      const woundedAnew = a.extraction.counts.some((c) => WOUND_MEASURES.has(c.measure) && !isAnaphoric(c));
      const order = new Map(a.sentences.map((s) => [s.id, s.index]));
      const lastDeath = Math.max(...a.extraction.counts.filter((c) => c.measure === 'killed' && !c.isClaim && !SELF_DEATH.test(c.text)).map((c) => order.get(c.citation.sentenceId) ?? -1));
      if (!woundedAnew) a.extraction.counts.forEach((c, i) => { if (isAnaphoric(c) && (order.get(c.citation.sentenceId) ?? Infinity) < lastDeath) out.add(`${k}:${i}`); });
      return;
    }
    const later = dead.some((d) => d !== a && (a.article.published === null || d.article.published === null || d.article.published >= a.article.published));
    if (!later) return;
    a.extraction.counts.forEach((c, i) => {
      if (WOUND_MEASURES.has(c.measure) && c.value === 1 && c.qualifier === 'at least') out.add(`${k}:${i}`);
    });
  });
  return out;
}

/**
 * Wording that sets a sentence's deaths and injuries in the past of the report or in a tally: a recap of an
 * earlier incident ("a man killed in a shooting last month", "two years ago", "in 1999") or a statistic ("the city's
 * 40th homicide", "so far this year"). Such counts report no event of the story and are dropped
 * (GVA casualties, after the lead only: killed 0.838 → 0.846, both 0.692 → 0.698; each half gains).
 */
const BACKGROUND = new RegExp([
  String.raw`\blast\s+(?:month|year|summer|spring|fall|autumn|winter)\b`,
  String.raw`\b(?:weeks|months|years|a\s+year|a\s+month)\s+ago\b`,
  String.raw`\b(?:so\s+far|earlier)\s+this\s+(?:year|month)\b`,
  String.raw`\b\d+(?:st|nd|rd|th)\s+(?:homicide|murder|killing|shooting\s+death)`,
  String.raw`\bin\s+(?:19|20)\d\d\b`,
  // "a man killed last week", "the 2011 murder of ..." (killed 0.860 → 0.862, one half gains, the other holds).
  String.raw`\blast\s+week\b`,
  // "the bloodshed this year has included ...", "earlier this week" (killed 0.869 → 0.871, one half gains).
  String.raw`\bthis\s+year\b`,
  String.raw`\bearlier\s+this\s+week\b`,
  String.raw`\b(?:19|20)\d\d\s+(?:shooting|murder|killing|slaying|homicide|stabbing)`,
].join('|'), 'i');

/**
 * A roundup's tally sums several incidents ("six were wounded in separate shootings", "shootings across the
 * city", "hurt in two shootings"): it reports no one event, in the lead or after it, and is dropped as well
 * (GVA casualties: killed 0.847 → 0.852, injured 0.778 → 0.790, both 0.705 → 0.714; each half gains on each).
 */
const ROUNDUP = /\b(?:separate|several|multiple|different|unrelated)\s+(?:shooting\s+)?(?:shootings|incidents|attacks)\b|\bshootings\s+(?:across|around|throughout)\b|\b(?:in|from)\s+(?:[\w-]+\s+){0,2}(?:shootings|shooting\s+incidents)\b/i;

/**
 * A year written as a date's ("in August 2014", "on Sept. 16, 2010", "since 2012"): after the lead, one
 * before the main event's year tells of an earlier incident (a suspect's past, a victim's history), unless
 * the count's own resolved date is in that year (a follow-up's dated account of the event itself).
 * GVA casualties: killed 0.877 → 0.878, injured 0.821 → 0.824, both 0.753 → 0.756; halves by id/10
 * 0.887 / 0.789 / 0.737 → 0.887 / 0.792 / 0.740 and 0.867 / 0.850 / 0.768 → 0.870 / 0.853 / 0.771.
 */
const YEAR_OF_DATE = /\b(?:in|since|of|from|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?)\s+((?:19|20)\d\d)\b/gi;

/** Whether the sentence dates something to a year before `mainYear` other than the count's own (`own`, ISO). */
function earlierYear(text: string, mainYear: number | null, own: string | null): boolean {
  if (mainYear === null) return false;
  for (const m of text.matchAll(YEAR_OF_DATE)) if (Number(m[1]) < mainYear && own?.slice(0, 4) !== m[1]) return true;
  return false;
}

/** Counts (keys `article:count`) whose sentence tells of the past or of a tally (`BACKGROUND`, `earlierYear`), or sums a roundup (`ROUNDUP`). */
export function backgroundCounts(articles: ArticleBundle[], model: EventModel): Set<string> {
  const out = new Set<string>();
  const mainYear = model.main.date === null ? null : Number(model.main.date.slice(0, 4));
  articles.forEach((a, k) => {
    // A lead that tells of the past is the story's own event told again (a follow-up: "an arrest in last
    // year's shooting"), so only sentences after the lead are read.
    const byId = new Map(a.sentences.map((s) => [s.id, s]));
    a.extraction.counts.forEach((c, i) => {
      const s = byId.get(c.citation.sentenceId);
      if (s === undefined) return;
      if ((s.index >= LEAD_SENTENCES && (BACKGROUND.test(s.text) || earlierYear(s.text, mainYear, c.date))) || ROUNDUP.test(s.text)) out.add(`${k}:${i}`);
    });
  });
  return out;
}

/**
 * Words of a death, or of a life at stake, as a headline or a lead tells of one: "killed", "dies", "fatal",
 * "homicide", "took his own life", "taken off life support", "fighting for her life", "coroner".
 */
const DEATH_WORD = /\b(?:kill(?:s|ed|ing)?|die[sd]?|dying|dead|deaths?|deadly|fatal(?:ly)?|slain|slaying|homicides?|murder(?:s|ed)?|manslaughter|lives|(?:his|her|their|own)\s+life|life\s+support|passed\s+away|succumb(?:s|ed)?|suicide|bod(?:y|ies)|coroner)\b/i;

/**
 * News leads with a death: where no article's headline nor lead sentences tells of one (`DEATH_WORD`), the
 * deaths its body mentions are another story's ("he was pronounced dead" of a victim recalled further down,
 * a caption of the day's other crimes), and every killed count is left out. GVA casualties: killed 0.878 →
 * 0.894, injured 0.825 → 0.828, both 0.758 → 0.769; halves by id/10 0.887 / 0.795 / 0.743 → 0.890 / 0.798 /
 * 0.746 and 0.870 / 0.853 / 0.771 → 0.898 / 0.856 / 0.791.
 */
export function deathsNoLeadTells(articles: ArticleBundle[]): Set<string> {
  const out = new Set<string>();
  const told = articles.some((a) => DEATH_WORD.test(a.article.title ?? '') || a.sentences.slice(0, LEAD_SENTENCES).some((s) => DEATH_WORD.test(s.text)));
  if (told) return out;
  articles.forEach((a, k) => a.extraction.counts.forEach((c, i) => { if (c.measure === 'killed') out.add(`${k}:${i}`); }));
  return out;
}
