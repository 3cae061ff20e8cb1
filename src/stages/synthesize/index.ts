/**
 * Synthesize stage: a story's articles and their reconciliation in; the story's report out (the JSON
 * contract in `model/schemas.ts`). Every sentence it writes cites the source sentences behind it, and a
 * written sentence states no number that its cited sentences do not contain: extracted sentences cite
 * themselves, fact sentences cite every mention of the values they state.
 */
import type { Citation, CitedText, Coverage, Dispute, Fact, StoryReport, TimelineEntry } from '../../model/schemas.js';
import type { StoryProfile } from '../../model/story.js';
import type { ArticleBundle } from '../../storage/store.js';
import { compatible, interval, type ReconcileOutput } from '../reconcile/index.js';
import { coverage as termCoverage, overlap, rankCentral, termSet } from './select.js';
import { briefFacts } from './brief-facts.js';
import { WrittenNumbers } from './written.js';
import { amount, factPhrase, factSentence, inDispute, joinAnd, numberWord, predicate, withoutDateline } from './wording.js';
import { headlineSentenceIds } from '../../text/headline.js';

export interface SynthesizeInput {
  profile: StoryProfile;
  articles: ArticleBundle[];
  reconciled: ReconcileOutput;
}

/** Sentences of each article considered for the brief: news puts the account first. */
const BRIEF_POOL_SENTENCES = 4;
/** Extracted sentences in the brief beyond the lead, and fact sentences. */
const BRIEF_EXTRA_SENTENCES = 2;
const BRIEF_FACTS = 4;
/** Above this overlap with what the brief already says, a sentence is redundant. */
const REDUNDANT_OVERLAP = 0.5;
const TIMELINE_ENTRIES = 10;
/** A timeline entry says what happened: a line of date and time alone ("Sunday, March 17, 2013 | 5:00 PM") does not. */
const TIMELINE_MIN_WORDS = 5;
const WORD = /\p{L}{2,}/gu;

export function synthesize(input: SynthesizeInput): StoryReport {
  const { profile, articles, reconciled } = input;
  // Derived figures are in the facts table with their reason, never stated as if a source wrote them.
  // Each article's headline sentences, found once: the article list, the title and the brief all ask.
  const headlines = new Map(articles.map((a) => [a.article.id, headlineSentenceIds(a.sentences, a.article.title)]));
  const written = new WrittenNumbers(new Map(articles.flatMap((a) => a.sentences.map((x) => [x.id, x.text] as const))));
  const statable = (facts: Fact[]): Fact[] => facts.map((f) => written.statable(f)).filter((f): f is Fact => f !== null);
  const mainFacts = statable(reconciled.facts.filter((f) => f.eventId === 'e1' && !f.derivedFrom && !echoesReport(f, reconciled.facts)));
  return {
    id: profile.id,
    title: profile.title,
    titleCitations: titleCitations(profile, articles, headlines),
    articles: articles.map((a) => {
      const headline = headlines.get(a.article.id)!;
      return {
        id: a.article.id, source: a.article.source, title: a.article.title, url: a.article.url,
        published: a.article.published, publishedInferred: a.article.publishedInferred,
        sentences: a.sentences.map((s) => ({ id: s.id, text: s.text, paragraph: s.paragraph, ...(headline.has(s.id) ? { headline: true } : {}) })),
      };
    }),
    removed: articles.flatMap((a) => a.removals.map((r) => ({ articleId: r.articleId, text: r.text, reason: r.reason }))),
    events: reconciled.events,
    facts: reconciled.facts,
    entities: reconciled.entities,
    quotes: reconciled.quotes,
    claims: reconciled.claims,
    brief: brief(articles, mainFacts, headlines),
    disputes: disputes(statable(reconciled.facts), reconciled.events),
    timeline: timeline(articles),
    coverage: coverage(articles, reconciled.facts, reconciled.events),
    caveats: caveats(articles, reconciled),
  };
}

/** The headline the story is titled by, or the lead sentence its title was shortened from (none if gone). */
function titleCitations(profile: StoryProfile, articles: ArticleBundle[], headlines: Map<string, Set<string>>): Citation[] {
  const a = articles.find((x) => x.article.id === profile.titleArticleId);
  if (!a) return [];
  const headline = headlines.get(a.article.id)!;
  const source = profile.titleIsHeadline ? a.sentences.find((s) => headline.has(s.id)) : a.sentences.find((s) => !headline.has(s.id));
  return source ? [cite(source)] : [];
}

function brief(articles: ArticleBundle[], mainFacts: Fact[], headlines: Map<string, Set<string>>): CitedText[] {
  // Headlines are cited where they state a figure, but the brief's prose is built from sentences.
  const pool = rankCentral(articles.map((a) => {
    const headline = headlines.get(a.article.id)!;
    return { source: a.article.source, articleId: a.article.id, sentences: a.sentences.filter((s) => !headline.has(s.id)) };
  }), BRIEF_POOL_SENTENCES);
  const out: CitedText[] = [];
  const said: Set<string>[] = [];
  const lead = pool[0];
  if (lead) {
    out.push({ text: withoutDateline(lead.sentence.text), citations: [cite(lead.sentence)] });
    said.push(lead.terms);
  }
  const stated: { terms: Set<string>; cited: Set<string> }[] = [];
  const facts = briefFacts(mainFacts, BRIEF_FACTS, new Set(lead ? [lead.sentence.id] : []));
  for (const f of facts) {
    const text = factSentence(f);
    const citations = factCitations(f);
    out.push({ text, citations });
    stated.push({ terms: termSet(text), cited: new Set(citations.map((c) => c.sentenceId)) });
  }
  for (const c of pool.slice(1)) {
    if (out.length >= 1 + facts.length + BRIEF_EXTRA_SENTENCES) break;
    if (said.some((s) => overlap(c.terms, s) > REDUNDANT_OVERLAP)) continue;
    // A source sentence a fact sentence already cites, saying little beyond that fact ("Three workers were
    // injured, the fire department said" after "Three workers were injured."), would repeat it.
    if (stated.some((f) => f.cited.has(c.sentence.id) && termCoverage(c.terms, f.terms) >= REDUNDANT_OVERLAP)) continue;
    out.push({ text: withoutDateline(c.sentence.text), citations: [cite(c.sentence)] });
    said.push(c.terms);
  }
  return out;
}

/**
 * A party's claim that repeats a figure the reports give in their own voice adds nothing to a brief: it
 * stays in the facts table and under "who says what", but the brief states the reported figure once.
 */
function echoesReport(f: Fact, facts: Fact[]): boolean {
  if (f.status !== 'claim') return false;
  const reported = facts.find((o) => o.status !== 'claim' && o.eventId === f.eventId && o.measure === f.measure && o.subject === f.subject);
  return reported !== undefined && f.values.every((v) => reported.values.some((r) => compatible(interval(r.value, r.qualifier), interval(v.value, v.qualifier))));
}

function disputes(facts: Fact[], events: ReconcileOutput['events']): Dispute[] {
  return facts.filter((f) => (f.status === 'conflicting' || f.status === 'superseded') && !f.derivedFrom).map((f) => {
    const where = events.find((e) => e.id === f.eventId);
    const whose = inDispute(f.values).map((v) => `${amount(v.value, v.qualifier)} (${joinAnd(v.sources)})`);
    const lead = f.status === 'superseded' ? 'Figures changed over time for' : 'Sources disagree on';
    const place = where && f.eventId !== 'e1' && where.place ? ` in ${where.place}` : '';
    return { text: `${lead} the number of ${factPhrase(f)}${place}: ${whose.join('; ')}.`, factIds: [f.id], citations: factCitations(f) };
  });
}

/**
 * One entry per resolved day up to the reporting article's publication: the sentence that best states what
 * happened that day, cited. A sentence that names several days ("a vigil on Monday, a protest on
 * Wednesday") tells one of them at most: it is used once, for the day best supported, and the other days
 * take their next-best sentence or are left out.
 */
function timeline(articles: ArticleBundle[]): TimelineEntry[] {
  const byDate = new Map<string, { candidates: { text: string; citation: Citation; score: number }[]; support: Set<string> }>();
  for (const a of articles) {
    const countSentences = new Set(a.extraction.counts.map((c) => c.citation.sentenceId));
    const daysNamed = new Map<string, Set<string>>();
    for (const d of a.extraction.dates) daysNamed.set(d.citation.sentenceId, (daysNamed.get(d.citation.sentenceId) ?? new Set()).add(d.date));
    for (const d of a.extraction.dates) {
      // A day after the report's own publication is a plan or a deadline ("a vote on Thursday"), not what happened.
      if (a.article.published && d.date > a.article.published) continue;
      const s = a.sentences.find((x) => x.id === d.citation.sentenceId);
      if (!s || (s.text.match(WORD)?.length ?? 0) < TIMELINE_MIN_WORDS) continue;
      // A sentence about this day alone tells it better than one that runs through several.
      const score = (countSentences.has(s.id) ? 2 : 0) + (s.index < BRIEF_POOL_SENTENCES ? 1 : 0) - (/^\s*["“]/.test(s.text) ? 1 : 0)
        - (daysNamed.get(s.id)!.size > 1 ? 1 : 0);
      let day = byDate.get(d.date);
      if (!day) byDate.set(d.date, (day = { candidates: [], support: new Set() }));
      if (day.support.has(s.id)) continue;
      day.support.add(s.id);
      day.candidates.push({ text: withoutDateline(s.text), citation: cite(s), score });
    }
  }
  const days = [...byDate.entries()].map(([date, day]) => ({ date, support: day.support.size, candidates: day.candidates.sort((x, y) => y.score - x.score) }))
    .sort((a, b) => b.support - a.support || b.candidates[0].score - a.candidates[0].score);
  const used = new Set<string>();
  const out: TimelineEntry[] = [];
  for (const day of days) {
    if (out.length >= TIMELINE_ENTRIES) break;
    const pick = day.candidates.find((c) => !used.has(c.citation.sentenceId));
    if (!pick) continue;
    used.add(pick.citation.sentenceId);
    // The entry's text is one source sentence, so it cites that sentence (the others on that day support the date).
    out.push({ date: day.date, text: pick.text, citations: [pick.citation] });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function coverage(articles: ArticleBundle[], facts: Fact[], events: ReconcileOutput['events']): Coverage {
  const sources = [...new Set(articles.map((a) => a.article.source))].sort();
  const rows = facts.map((f) => {
    const bySource: Record<string, string | null> = Object.fromEntries(sources.map((s) => [s, null]));
    for (const v of f.values) {
      for (const s of v.sources) bySource[s] = bySource[s] ? `${bySource[s]} / ${amount(v.value, v.qualifier)}` : amount(v.value, v.qualifier);
    }
    const ev = events.find((e) => e.id === f.eventId);
    const where = f.eventId === 'e1' ? '' : ` (${ev?.place ?? 'elsewhere'}${ev?.date ? `, ${ev.date}` : ''})`;
    const mark = f.status === 'claim' ? ' [claim]' : f.derivedFrom ? ' [derived]' : '';
    return { factId: f.id, label: `${factPhrase(f)}${where}${mark}`, bySource };
  });
  return { sources, rows };
}

function caveats(articles: ArticleBundle[], r: ReconcileOutput): string[] {
  const out: string[] = [];
  const n = articles.length;
  if (n === 1) out.push('Only one article reports this story: nothing in it could be cross-checked.');
  const groups = new Set(r.evidence.values());
  if (groups.size < n) out.push(`${n - groups.size} of ${n} articles are near-copies of another article and count as one source with it.`);
  const undated = articles.filter((a) => a.article.published === null).length;
  const inferred = articles.filter((a) => a.article.publishedInferred).length;
  if (inferred > 0) out.push(`${inferred} of ${n} articles carry no publication date of their own; their dates were inferred from their text or story and are marked "inferred".`);
  if (undated > 0) out.push(`${undated} of ${n} articles have no publication date and none could be inferred; relative dates in them ("on Friday") were not resolved.`);
  const main = r.events[0];
  if (r.facts.length === 0) out.push('No counted figures (casualties, damage, arrests and the like) were found in the articles.');
  else if (main && main.date === null) out.push('The day of the main event could not be established.');
  if (r.facts.length > 0 && r.facts.every((f) => f.status === 'claim')) out.push('Every figure is a party\'s claim; no report states one in its own voice.');
  for (const clash of dateClashes(r)) out.push(clash);
  const foreign = articles.filter((a) => a.article.language && a.article.language !== 'en').length;
  if (foreign > 0) out.push(`${foreign} of ${n} articles are not in English; facts are extracted from English text only.`);
  return out;
}

/**
 * The same figure for the same place on different days: either two events or sources that disagree on the
 * date. The report keeps them apart (never merging on a guess) and says so, naming who dates it when.
 */
function dateClashes(r: ReconcileOutput): string[] {
  const out: string[] = [];
  const eventOf = new Map(r.events.map((e) => [e.id, e]));
  const dated = r.facts.filter((f) => f.status !== 'claim' && !f.derivedFrom && eventOf.get(f.eventId)?.date);
  for (const a of dated) {
    for (const b of dated) {
      const ea = eventOf.get(a.eventId)!;
      const eb = eventOf.get(b.eventId)!;
      if (ea.date! >= eb.date! || ea.place !== eb.place || a.measure !== b.measure || a.subject !== b.subject) continue;
      const va = a.values.find((v) => b.values.some((w) => w.value === v.value));
      if (!va) continue;
      const vb = b.values.find((w) => w.value === va.value)!;
      out.push(`The figure of ${numberWord(va.value)} ${a.subject} ${predicate(a.measure)}${ea.place ? ` in ${ea.place}` : ''} is dated ${ea.date} by ${va.sources.join(', ')} `
        + `and ${eb.date} by ${vb.sources.join(', ')}: the day could not be established, so the two are kept apart as separate events.`);
    }
  }
  return out;
}

function factCitations(f: Fact): Citation[] {
  const out: Citation[] = [];
  for (const v of f.values) for (const c of v.citations) if (!out.some((x) => x.sentenceId === c.sentenceId)) out.push(c);
  return out;
}

function cite(s: { articleId: string; id: string }): Citation {
  return { articleId: s.articleId, sentenceId: s.id };
}
