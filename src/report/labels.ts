/**
 * Wording and citation numbering shared by the Markdown and HTML renderers, so both surfaces say the same
 * thing in the same words. Everything here returns plain, unescaped text: each renderer escapes for its own
 * format. Nothing here reads the clock, the locale or the network: the same report renders the same way.
 */
import type {
  Citation,
  EntityType,
  Fact,
  FactStatus,
  FactValue,
  Qualifier,
  RemovalReason,
  ReportArticle,
  StoryReport,
} from '../model/schemas.js';

/** Fixed locale so output does not depend on the machine that renders it. */
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "14", "1,200", "2.5". */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? NUMBER_FORMAT.format(n) : String(n);
}

/** A reported value with its qualifier: "at least 14"; an exact value is just the number. */
export function formatValue(v: { value: number; qualifier: Qualifier }): string {
  const n = formatNumber(v.value);
  return v.qualifier === 'exact' ? n : `${v.qualifier} ${n}`;
}

/** What a fact counts: "killed (people)"; the subject is left out when empty or the same as the measure. */
export function describeFact(fact: Pick<Fact, 'measure' | 'subject'>): string {
  const measure = fact.measure.trim();
  const subject = fact.subject.trim();
  if (subject === '' || subject === measure) return measure;
  if (measure === '') return subject;
  return `${measure} (${subject})`;
}

export const STATUS_LABELS: Readonly<Record<FactStatus, string>> = Object.freeze({
  agreed: 'agreed',
  conflicting: 'conflicting',
  'single-source': 'single-source',
  superseded: 'superseded',
  claim: 'claim',
});

/** One line per status, shown as the legend under the facts table. */
export const STATUS_EXPLANATIONS: Readonly<Record<FactStatus, string>> = Object.freeze({
  agreed: 'the sources that report this figure give compatible values',
  conflicting: 'sources give values that cannot all be true',
  'single-source': 'only one source reports this figure',
  superseded: 'an earlier figure later replaced by a newer one',
  claim: 'asserted by a party to the events, not established by reporting',
});

/** The status as shown in the facts table; a claim names its claimant. */
export function statusLabel(fact: Pick<Fact, 'status' | 'claimant'>): string {
  const label = STATUS_LABELS[fact.status] ?? String(fact.status);
  return fact.status === 'claim' && fact.claimant ? `${label} by ${fact.claimant}` : label;
}

/** "14 (range 12–17)"; the range is left out when it is a single value. */
export function formatEstimate(e: { best: number; low: number; high: number }): string {
  const best = formatNumber(e.best);
  if (e.low === e.high && e.low === e.best) return best;
  return `${best} (range ${formatNumber(e.low)}–${formatNumber(e.high)})`;
}

/** The sources behind one value, in the order given: "Outlet A, Outlet B". */
export function formatValueSources(v: Pick<FactValue, 'sources'>): string {
  return v.sources.join(', ');
}

export const REMOVAL_LABELS: Readonly<Record<RemovalReason, string>> = Object.freeze({
  caption: 'photo caption',
  credit: 'photo or media credit',
  byline: 'byline',
  dateline: 'dateline',
  'link-list': 'list of links ("Read more")',
  teaser: 'teaser for another article',
  subheading: 'subheading',
  prompt: 'prompt to the reader (subscribe, share, follow)',
  intruder: 'text from another page or story',
  boilerplate: 'site boilerplate',
});

export function removalLabel(reason: RemovalReason): string {
  return REMOVAL_LABELS[reason] ?? String(reason);
}

/** Entity types in the order the names table lists them, with their plural headings. */
export const ENTITY_TYPE_ORDER: readonly EntityType[] = Object.freeze(['person', 'organization', 'place']);

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = Object.freeze({
  person: 'person',
  place: 'place',
  organization: 'organisation',
});

export function entityTypeLabel(t: EntityType): string {
  return ENTITY_TYPE_LABELS[t] ?? String(t);
}

/** Distinct sources of a story's articles, in order of first appearance. */
export function storySources(story: Pick<StoryReport, 'articles'>): string[] {
  return [...new Set(story.articles.map((a) => a.source))];
}

/**
 * The line under a story's title: "4 articles from 4 sources (A, B, C, D), 2025-03-12 to 2025-03-14".
 * Inferred publication dates are counted in the span and said to be inferred.
 */
/** Stories merged into this one, said in a line (null when none was): their ids still answer it. */
export function mergedFromLine(story: Pick<StoryReport, 'mergedFrom'>): string | null {
  const merges = story.mergedFrom ?? [];
  if (merges.length === 0) return null;
  const each = merges.map((m) => `${m.storyId} (article ${m.articleId}, ${m.at.slice(0, 10)})`);
  return merges.length === 1
    ? `Merged from story ${each[0]}: that article showed it reports this event; its id now answers this story.`
    : `Merged from ${merges.length} stories that later articles showed to report this event: ${each.join(', ')}; their ids now answer this story.`;
}

export function storyMetaLine(story: Pick<StoryReport, 'articles'>): string {
  const n = story.articles.length;
  const sources = storySources(story);
  const parts = [
    `${n} ${n === 1 ? 'article' : 'articles'} from ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}` +
      (sources.length > 0 ? ` (${sources.join(', ')})` : ''),
  ];
  const dated = story.articles.filter((a) => a.published !== null);
  if (dated.length === 0) {
    parts.push('publication dates unknown');
  } else {
    const days = dated.map((a) => a.published as string).sort();
    const first = days[0];
    const last = days[days.length - 1];
    let span = first === last ? `published ${first}` : `published ${first} to ${last}`;
    const inferred = dated.filter((a) => a.publishedInferred).length;
    if (inferred > 0) span += inferred === dated.length ? ' (dates inferred)' : ` (${inferred} of ${dated.length} dates inferred)`;
    const undated = n - dated.length;
    if (undated > 0) span += `; ${undated} undated`;
    parts.push(span);
  }
  return parts.join(', ');
}

/** "2025-03-12", "2025-03-12 (inferred)" or "date unknown". */
export function articleDate(a: Pick<ReportArticle, 'published' | 'publishedInferred'>): string {
  if (a.published === null) return 'date unknown';
  return a.publishedInferred ? `${a.published} (inferred)` : a.published;
}

/**
 * How an article is named in citation lists: its source, and its title as well when the story has more
 * than one article from that source (otherwise "[3] Outlet" would not say which article).
 */
export function articleLabel(article: ReportArticle, story: Pick<StoryReport, 'articles'>): string {
  const sameSource = story.articles.filter((a) => a.source === article.source).length;
  if (sameSource > 1) {
    return article.title ? `${article.source}, "${article.title}"` : `${article.source} (${articleDate(article)})`;
  }
  return article.source;
}

/** True when a URL may be rendered as a link: absolute http(s) only. Anything else is shown as text. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const u = new URL(trimmed);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Citation numbering.

/** A citation that resolved to a sentence of one of the story's articles. */
export interface ResolvedCitation {
  ok: true;
  /** The citation's number within the story, 1-based, in order of first use. */
  n: number;
  citation: Citation;
  article: ReportArticle;
  articleIndex: number;
  sentenceIndex: number;
  text: string;
}

/** A citation that points at no sentence of the story: rendered visibly as broken, never dropped. */
export interface BrokenCitation {
  ok: false;
  citation: Citation;
}

export type CitationRef = ResolvedCitation | BrokenCitation;

function citationKey(articleId: string, sentenceId: string): string {
  // JSON keeps ("a|b", "c") and ("a", "b|c") apart, which a plain separator would not.
  return JSON.stringify([articleId, sentenceId]);
}

/**
 * Numbers a story's cited sentences in order of first use. A renderer calls `cite` as it writes, section
 * by section, so the numbers read 1, 2, 3 … down the page; the Sources section and the cited-sentences
 * list then read the numbers back with `numberOf` and `cited`.
 */
export class CitationNumbering {
  private readonly where = new Map<string, { articleIndex: number; sentenceIndex: number }>();
  private readonly numbers = new Map<string, ResolvedCitation>();
  private readonly order: ResolvedCitation[] = [];
  private readonly brokenList: BrokenCitation[] = [];

  constructor(private readonly story: Pick<StoryReport, 'articles'>) {
    story.articles.forEach((article, articleIndex) => {
      article.sentences.forEach((s, sentenceIndex) => {
        const key = citationKey(article.id, s.id);
        // Duplicate ids in bad input: the first one wins, consistently for numbering and anchors.
        if (!this.where.has(key)) this.where.set(key, { articleIndex, sentenceIndex });
      });
    });
  }

  /** Resolves and numbers one citation. */
  cite(c: Citation): CitationRef {
    const key = citationKey(c.articleId, c.sentenceId);
    const seen = this.numbers.get(key);
    if (seen) return seen;
    const at = this.where.get(key);
    if (!at) {
      const broken: BrokenCitation = { ok: false, citation: c };
      if (!this.brokenList.some((b) => citationKey(b.citation.articleId, b.citation.sentenceId) === key)) {
        this.brokenList.push(broken);
      }
      return broken;
    }
    const article = this.story.articles[at.articleIndex];
    const ref: ResolvedCitation = {
      ok: true,
      n: this.order.length + 1,
      citation: c,
      article,
      articleIndex: at.articleIndex,
      sentenceIndex: at.sentenceIndex,
      text: article.sentences[at.sentenceIndex].text,
    };
    this.numbers.set(key, ref);
    this.order.push(ref);
    return ref;
  }

  /**
   * Resolves a group of citations for one statement: duplicates once, resolved ones by number, broken
   * ones last.
   */
  citeAll(cs: readonly Citation[]): CitationRef[] {
    const refs = cs.map((c) => this.cite(c));
    const resolved: ResolvedCitation[] = [];
    const broken: BrokenCitation[] = [];
    for (const r of refs) {
      if (r.ok) {
        if (!resolved.some((x) => x.n === r.n)) resolved.push(r);
      } else if (!broken.some((b) => citationKey(b.citation.articleId, b.citation.sentenceId) === citationKey(r.citation.articleId, r.citation.sentenceId))) {
        broken.push(r);
      }
    }
    resolved.sort((a, b) => a.n - b.n);
    return [...resolved, ...broken];
  }

  /** The number a sentence was given, if it has been cited. */
  numberOf(articleId: string, sentenceId: string): number | undefined {
    return this.numbers.get(citationKey(articleId, sentenceId))?.n;
  }

  /** Where a sentence sits in the story, if it exists. */
  locate(articleId: string, sentenceId: string): { articleIndex: number; sentenceIndex: number } | undefined {
    return this.where.get(citationKey(articleId, sentenceId));
  }

  /** Cited sentences in number order. */
  cited(): readonly ResolvedCitation[] {
    return this.order;
  }

  /** Distinct citations that did not resolve, in order of first use. */
  broken(): readonly BrokenCitation[] {
    return this.brokenList;
  }
}

/** Groups items by a key, keeping first-appearance order of keys and of items within a group. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()];
}

/**
 * A quote's attribution: "said (Telegram)", "told reporters", "(statement)" — the cue as written and the
 * channel in brackets, since channels come as bare nouns and no one preposition fits them all.
 */
export function quoteAttribution(q: { cue: string | null; channel: string | null }): string {
  const cue = q.cue?.trim() ?? '';
  const channel = q.channel?.trim() ?? '';
  if (channel === '') return cue;
  return cue === '' ? `(${channel})` : `${cue} (${channel})`;
}

/** Heading for quotes with no identified speaker. */
export const UNATTRIBUTED = 'Unattributed';

/** Fixed section titles, in the order every story shows them. */
export const SECTION_TITLES = Object.freeze({
  brief: 'Brief',
  disputes: 'Disputed points',
  facts: 'Facts',
  timeline: 'Timeline',
  coverage: 'Coverage matrix',
  whoSaysWhat: 'Who says what',
  entities: 'People, places and organisations',
  caveats: 'Caveats',
  sources: 'Sources',
  removed: 'Removed from the articles',
  cited: 'Cited sentences',
});

/** What an empty section says instead of vanishing. */
export const EMPTY_TEXT = Object.freeze({
  report: 'No stories in this report.',
  brief: 'No summary could be written for this story.',
  disputes: 'No conflicting figures.',
  facts: 'No figures were found.',
  timeline: 'No dated events.',
  coverage: 'No figures to compare across sources.',
  claims: 'No claims by parties to the events.',
  quotes: 'No quotes.',
  entities: 'No people, places or organisations were identified.',
  caveats: 'None recorded.',
  sources: 'No articles.',
  sentences: 'No sentences were kept from this article.',
  removed: 'Nothing was removed from these articles.',
  cited: 'No sentences are cited.',
});

/** Wraps speech in typographic quotation marks unless the text already carries its own. */
/** A direct quote in quotation marks; reported speech as it stands, so no one is shown saying words they did not say. */
export function quoteMarks(text: string, direct = true): string {
  const t = text.trim();
  if (!direct) return `(reported) ${t}`;
  if (/^["“”„«'‘’].*["“”»'‘’]$/su.test(t) && t.length > 1) return t;
  return `“${t}”`;
}

/** Sorts timeline entries by date, keeping the given order for entries on the same day. */
export function byDate<T extends { date: string }>(entries: readonly T[]): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
}

/**
 * The event a fact belongs to, when a story has more than one event (otherwise every fact is about the
 * one event and saying so is noise). The engine's labels already name the place and the day.
 */
export function factEventLabel(fact: Pick<Fact, 'eventId'>, story: Pick<StoryReport, 'events'>): string | null {
  if (story.events.length < 2) return null;
  const ev = story.events.find((e) => e.id === fact.eventId);
  if (!ev) return null;
  return ev.label;
}

/** An article's sentences grouped by paragraph, each with its index in the article. */
export function paragraphs<T extends { paragraph?: number }>(sentences: readonly T[]): { sent: T; ti: number }[][] {
  const out: { sent: T; ti: number }[][] = [];
  let current: number | undefined;
  sentences.forEach((sent, ti) => {
    if (out.length === 0 || sent.paragraph !== current) out.push([]);
    current = sent.paragraph;
    out[out.length - 1].push({ sent, ti });
  });
  return out;
}
