/**
 * The data model, defined once. Each schema gives both the TypeScript type (`z.infer`) and the run-time
 * validation used at the edges: ingest (what users hand us), storage reads (what a store hands back) and
 * the HTTP API. The report schemas below are a public contract: `schema/report.schema.json` is generated
 * from them (`npm run schema`) and the README documents them.
 */
import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`. Publication and event dates are days: times add false precision. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** Points at one sentence of one article; every citation in every output must resolve. */
export const Citation = z.object({ articleId: z.string(), sentenceId: z.string() });
export type Citation = z.infer<typeof Citation>;

// ---------------------------------------------------------------------------------------------------
// Input: what ingest accepts (one article from a file, a JSONL line or an API request).

export const ArticleInput = z.object({
  text: z.string().optional(),
  html: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  /** A date or date-time; stored as the calendar day. */
  published: z.string().optional(),
}).refine((a) => (a.text !== undefined && a.text.trim() !== '') || (a.html !== undefined && a.html.trim() !== ''), {
  message: 'an article needs a non-empty "text" or "html" field',
}).refine((a) => !Object.values(a).some((v) => typeof v === 'string' && v.includes('\u0000')), {
  // Text never holds NUL; a string that does is binary or corrupt (and PostgreSQL text cannot store it).
  message: 'the article holds NUL characters: it is binary or corrupt data, not text',
});
export type ArticleInput = z.infer<typeof ArticleInput>;

// ---------------------------------------------------------------------------------------------------
// Stored article and its derived parts.

export const ArticleStatus = z.enum(['pending', 'processed', 'failed']);

export const Article = z.object({
  id: z.string(),
  /** Hash of the normalised content: the same article ingested twice is stored once. */
  contentHash: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: IsoDate.nullable(),
  /** True when `published` was inferred from the text or the story rather than given. */
  publishedInferred: z.boolean(),
  /** Where the article came from (a file path, `file:line`, or `api`). */
  origin: z.string(),
  format: z.enum(['text', 'html']),
  raw: z.string(),
  status: ArticleStatus,
  /** Why processing failed or what was notable (e.g. "no sentences"). */
  note: z.string().nullable(),
  language: z.string().nullable(),
  /** The cleaned text that sentence offsets point into (null until processed). */
  text: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

export const Sentence = z.object({
  id: z.string(),
  articleId: z.string(),
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  /** Character offsets (UTF-16, end-exclusive) into the article's cleaned text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Sentence = z.infer<typeof Sentence>;

export const RemovalReason = z.enum([
  'caption', 'credit', 'byline', 'dateline', 'link-list', 'teaser', 'subheading', 'prompt', 'intruder', 'boilerplate',
]);
export type RemovalReason = z.infer<typeof RemovalReason>;

/** Text the clean stage took out, kept with its reason: nothing is dropped silently. */
export const Removal = z.object({ articleId: z.string(), text: z.string(), reason: RemovalReason, detail: z.string().optional() });
export type Removal = z.infer<typeof Removal>;

// ---------------------------------------------------------------------------------------------------
// Extraction: what one article says, before reconciliation. Every item carries its citation.

export const Qualifier = z.enum(['exact', 'at least', 'more than', 'about', 'up to', 'nearly', 'fewer than', 'at most']);
export type Qualifier = z.infer<typeof Qualifier>;

export const Attribution = z.object({
  /** The party as written ("Russia's Defense Ministry", "local officials"). */
  party: z.string(),
  cue: z.string().nullable(),
  /** True when the count or statement sits inside the party's own quoted words. */
  quoted: z.boolean(),
});
export type Attribution = z.infer<typeof Attribution>;

export const CountMention = z.object({
  value: z.number(),
  qualifier: Qualifier,
  measure: z.string(),
  subject: z.string(),
  /** Index (within the article's counts) of the count this one is part of ("14 killed, including six children"). */
  partOf: z.number().int().nullable(),
  place: z.string().nullable(),
  date: IsoDate.nullable(),
  /** Who the sentence attributes the count to; null when the reporter states it in their own voice. */
  attribution: Attribution.nullable(),
  /** A party's assertion rather than reported fact (see the extract stage for the rule). */
  isClaim: z.boolean(),
  text: z.string(),
  citation: Citation,
});
export type CountMention = z.infer<typeof CountMention>;

export const EntityType = z.enum(['person', 'place', 'organization']);
export type EntityType = z.infer<typeof EntityType>;

export const EntityMention = z.object({ name: z.string(), type: EntityType, citation: Citation });
export type EntityMention = z.infer<typeof EntityMention>;

export const DateMention = z.object({
  /** The expression as written ("on Friday"). */
  text: z.string(),
  date: IsoDate,
  /** True when resolved against an inferred (not given) publication date. */
  inferred: z.boolean(),
  citation: Citation,
});
export type DateMention = z.infer<typeof DateMention>;

/** A character range `[start, end)` (UTF-16, end-exclusive) into an article's cleaned text. */
export const TextRange = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type TextRange = z.infer<typeof TextRange>;

export const QuoteMention = z.object({
  /** Who said it, resolved through pronouns and descriptors to the entity named in the article where possible. */
  speaker: z.string().nullable(),
  cue: z.string().nullable(),
  channel: z.string().nullable(),
  text: z.string(),
  /** True for the speaker's own words in quotation marks; false for reported (indirect) speech. */
  direct: z.boolean(),
  citations: z.array(Citation).min(1),
  /** The party as the attribution writes it ("he", "the regional governor"); `speaker` is it resolved. Optional: added later. */
  party: z.string().nullable().optional(),
  /**
   * Where the quote sits in its article's cleaned text: the content (one range per part of an interrupted
   * quote, quotation marks excluded), the party as written and the cue. Optional: added later.
   */
  spans: z.object({ content: z.array(TextRange).min(1), party: TextRange.nullable(), cue: TextRange.nullable() }).optional(),
});
export type QuoteMention = z.infer<typeof QuoteMention>;

export const PersonMention = z.object({
  /** The fullest form of the name; null for a person known only by age ("a 17-year-old boy"). */
  name: z.string().nullable(),
  age: z.number().int().nullable(),
  role: z.enum(['victim', 'suspect']),
  citation: Citation,
});
export type PersonMention = z.infer<typeof PersonMention>;

export const Extraction = z.object({
  counts: z.array(CountMention),
  entities: z.array(EntityMention),
  dates: z.array(DateMention),
  quotes: z.array(QuoteMention),
  /**
   * Reported beliefs and stances, kept apart from quotes: what a party thinks, wants, backs, opposes or
   * blames ("the senator praised the plan", "voters want change"), as attribution corpora annotate them.
   * Optional: added later.
   */
  attributions: z.array(QuoteMention).optional(),
  /** The place the article's date line names ("SPRINGFIELD, Ill. (AP) -"), as written. Optional: added later. */
  dateline: z.string().nullable().optional(),
  /** The victims and suspects a report names or describes by age, with their ages. Optional: added later. */
  people: z.array(PersonMention).optional(),
});
export type Extraction = z.infer<typeof Extraction>;

// ---------------------------------------------------------------------------------------------------
// Stories and the report contract.

export const FactStatus = z.enum(['agreed', 'conflicting', 'single-source', 'superseded', 'claim']);
export type FactStatus = z.infer<typeof FactStatus>;

export const ReportSentence = z.object({
  id: z.string(),
  text: z.string(),
  /** The sentence's paragraph in the cleaned article (0-based), so readers can show the text as written. */
  paragraph: z.number().int().nonnegative().optional(),
  /** True for the sentences of the article's headline, which opens its text. */
  headline: z.boolean().optional(),
});
export const ReportArticle = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: IsoDate.nullable(),
  publishedInferred: z.boolean(),
  sentences: z.array(ReportSentence),
});
export type ReportArticle = z.infer<typeof ReportArticle>;

export const Event = z.object({
  id: z.string(),
  label: z.string(),
  place: z.string().nullable(),
  date: IsoDate.nullable(),
});
export type Event = z.infer<typeof Event>;

export const FactValue = z.object({
  value: z.number(),
  qualifier: Qualifier,
  /** Distinct sources reporting this value (near-duplicate copies counted once). */
  sources: z.array(z.string()),
  citations: z.array(Citation).min(1),
});
export type FactValue = z.infer<typeof FactValue>;

export const Estimate = z.object({ best: z.number(), low: z.number(), high: z.number(), reason: z.string() });

export const Fact = z.object({
  id: z.string(),
  eventId: z.string(),
  measure: z.string(),
  subject: z.string(),
  status: FactStatus,
  claimant: z.string().nullable(),
  values: z.array(FactValue).min(1),
  estimate: Estimate,
  /**
   * Set when no source states this figure and it was computed from other facts (their ids): e.g. the
   * wounded as those shot minus those killed. Its citations are the sentences of those facts.
   */
  derivedFrom: z.array(z.string()).optional(),
});
export type Fact = z.infer<typeof Fact>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  variants: z.array(z.string()),
  citations: z.array(Citation).min(1),
});
export type Entity = z.infer<typeof Entity>;

/** A quote in the report: the same shape as a quote mention, its citations those of every outlet that carried it. */
export const Quote = QuoteMention;
export type Quote = z.infer<typeof Quote>;

export const CitedText = z.object({ text: z.string(), citations: z.array(Citation).min(1) });
export type CitedText = z.infer<typeof CitedText>;

export const Dispute = CitedText.extend({ factIds: z.array(z.string()) });
export type Dispute = z.infer<typeof Dispute>;

export const TimelineEntry = CitedText.extend({ date: IsoDate });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Claim = CitedText.extend({ claimant: z.string() });
export type Claim = z.infer<typeof Claim>;

export const Coverage = z.object({
  sources: z.array(z.string()),
  rows: z.array(z.object({ factId: z.string(), label: z.string(), bySource: z.record(z.string(), z.string().nullable()) })),
});
export type Coverage = z.infer<typeof Coverage>;

export const StoryReport = z.object({
  id: z.string(),
  title: z.string(),
  /** The sentence the title comes from: the headline that names the story, or the lead it was shortened from. */
  titleCitations: z.array(Citation).optional(),
  articles: z.array(ReportArticle),
  removed: z.array(z.object({ articleId: z.string(), text: z.string(), reason: RemovalReason })),
  events: z.array(Event),
  facts: z.array(Fact),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  brief: z.array(CitedText),
  disputes: z.array(Dispute),
  timeline: z.array(TimelineEntry),
  coverage: Coverage,
  /** What the engine could not establish, said plainly instead of guessed. */
  caveats: z.array(z.string()),
  /**
   * Stories a later article showed to be this one, merged into it (directly or through another merged
   * story); their ids still answer this story. Absent when none was.
   */
  mergedFrom: z.array(z.object({ storyId: z.string(), articleId: z.string(), at: z.string() })).optional(),
});
export type StoryReport = z.infer<typeof StoryReport>;

export const Report = z.object({
  generator: z.string(),
  stories: z.array(StoryReport),
});
export type Report = z.infer<typeof Report>;
