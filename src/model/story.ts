/**
 * What the clusterer keeps per story and per article. Kept apart from the report contract in
 * `schemas.ts`: these are internal, versioned with the store's migrations.
 */
import { z } from 'zod';
import { IsoDate } from './schemas.js';

/** The evidence one article brings to clustering. Weights are tf·idf at the time the article arrived. */
export const ArticleFeatures = z.object({
  terms: z.record(z.string(), z.number()),
  /** Normalised keys of named people, places and organisations. */
  names: z.record(z.string(), z.number()),
  /** The article's best date for the event it reports (resolved event date, else publication date). */
  date: IsoDate.nullable(),
});
export type ArticleFeatures = z.infer<typeof ArticleFeatures>;

export const StoryProfile = z.object({
  id: z.string(),
  title: z.string(),
  /** The article whose headline or lead gave the title (the title's citation). */
  titleArticleId: z.string(),
  /** True when the title is an article's headline; false when it is a lead sentence standing in. */
  titleIsHeadline: z.boolean(),
  articleCount: z.number().int().positive(),
  sources: z.array(z.string()),
  firstDate: IsoDate.nullable(),
  lastDate: IsoDate.nullable(),
  /** Summed, capped term and name weights of the story's articles (its centroid, unnormalised). */
  terms: z.record(z.string(), z.number()),
  names: z.record(z.string(), z.number()),
});
export type StoryProfile = z.infer<typeof StoryProfile>;

export interface StorySummary {
  id: string;
  title: string;
  articleCount: number;
  sources: string[];
  firstDate: string | null;
  lastDate: string | null;
}

/** A story found to be another one: its articles and id moved to `into` when `articleId` joined them. */
export interface StoryMerge {
  /** The merged story's id: it keeps resolving to `into`. */
  storyId: string;
  into: string;
  /** The article whose assignment showed the two stories to be one. */
  articleId: string;
  /** When the merge was saved (ISO 8601 timestamp). */
  at: string;
}

/** An article → the earlier article of its story whose text it copies, with their Jaccard similarity. */
export interface DuplicateLink { articleId: string; duplicateOf: string; similarity: number }
