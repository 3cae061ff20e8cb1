/**
 * The shapes the HTTP API sends and accepts beyond the data model: built from the model's schemas so the
 * OpenAPI document (`openapi.ts`) and the run-time checks say the same thing.
 */
import { z } from 'zod';
import { Article, Event, Fact, IsoDate, Removal, Sentence } from '../model/schemas.js';
import type { StorySummary as StorySummaryType } from '../model/story.js';

/** Page size of `GET /api/stories` when the request names none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page of `GET /api/stories`: a client that wants more pages through them. */
export const MAX_PAGE_SIZE = 100;

export const StorySummary: z.ZodType<StorySummaryType> = z.object({
  id: z.string(),
  title: z.string(),
  articleCount: z.number().int(),
  sources: z.array(z.string()),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});

export const Health = z.object({
  status: z.literal('ok'),
  articles: z.number().int(),
  pending: z.number().int(),
  failed: z.number().int(),
  stories: z.number().int(),
});

export const StoriesQuery = z.object({
  limit: z.coerce.number({ error: `"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
    .int(`"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .min(1, `"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}`).default(DEFAULT_PAGE_SIZE),
  offset: z.coerce.number({ error: '"offset" must be a whole number, 0 or more' })
    .int('"offset" must be a whole number, 0 or more').min(0, '"offset" must be a whole number, 0 or more').default(0),
  q: z.string().max(500, '"q" is at most 500 characters').optional(),
  sort: z.enum(['size', 'recent'], { error: '"sort" must be size (most articles first) or recent (latest date first)' }).default('size'),
});

export const StoryPage = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(StorySummary),
});

export const IngestQuery = z.object({
  process: z.enum(['true', 'false'], { error: '"process" must be true or false' }).default('true'),
});

/** One item of a POST: its line (1-based; the position in a JSON array; 1 for a single object) and what became of it. */
export const IngestItemResult = z.object({
  line: z.number().int().positive(),
  ok: z.boolean(),
  id: z.string().optional(),
  /** False when the same content was already stored: the article keeps its id and is not stored again. */
  created: z.boolean().optional(),
  error: z.string().optional(),
});
export type IngestItemResult = z.infer<typeof IngestItemResult>;

export const IngestResponse = z.object({
  results: z.array(IngestItemResult),
  /** What processing did after the articles were stored (absent with `?process=false`). */
  processed: z.object({ processed: z.number().int(), failed: z.number().int() }).optional(),
});

export const ArticleDetail = z.object({
  article: Article,
  /** The story the article joined; null until it is processed (and for a failed article). */
  storyId: z.string().nullable(),
  /** `headline` marks the sentences of the headline that opens the article's text. */
  sentences: z.array(Sentence.extend({ headline: z.boolean().optional() })),
  /** What cleaning took out, and what the story's report leaves out of this article (e.g. intruders), each with its reason. */
  removals: z.array(Removal),
  /** Sentences the story's report leaves out (judged against the whole story); their passages are among `removals`. */
  omittedSentenceIds: z.array(z.string()),
});

/** A cited sentence with what a reader needs to judge it: the article it is from and where that was published. */
export const CitedSentence = z.object({
  articleId: z.string(),
  sentenceId: z.string(),
  text: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: IsoDate.nullable(),
  publishedInferred: z.boolean(),
});
export type CitedSentence = z.infer<typeof CitedSentence>;

/** One reconciled fact of a story, its event, and every sentence its values cite (in order of first citation). */
export const FactDetail = z.object({
  storyId: z.string(),
  fact: Fact,
  event: Event.nullable(),
  citations: z.array(CitedSentence),
});

const ID_MESSAGE = 'an id is 1 to 200 characters';
export const IdParams = z.object({ id: z.string().min(1, ID_MESSAGE).max(200, ID_MESSAGE) });
export const FactParams = IdParams.extend({ factId: z.string().min(1, ID_MESSAGE).max(200, ID_MESSAGE) });
