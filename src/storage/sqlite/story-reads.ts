/**
 * The SQLite store's reads for the surfaces and the later stages: story ids through their merges, stories
 * and their articles with the articles' processed parts.
 */
import { StoryProfile, type StoryMerge, type StorySummary } from '../../model/story.js';
import { articleFromRow, duplicateFromRow, extractionFrom, removalFromRow, sentenceFromRow, type Row } from '../rows.js';
import { type ArticleBundle, MAX_MERGE_HOPS } from '../store.js';
import { profileFromText } from './profile-text.js';
import type { Statements } from './statements.js';

/** The story a story id stands for now: itself, else the survivor its merges lead to; null for an unknown id. */
export function resolveStory(s: Statements, id: string): string | null {
  const exists = s.sql('SELECT 1 FROM stories WHERE id = ?');
  const next = s.value('SELECT into_id FROM story_merges WHERE story_id = ?');
  let current = id;
  for (let hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
    if (exists.get(current)) return current;
    const into = next.get(current) as string | undefined;
    if (into === undefined) return null;
    current = into;
  }
  throw new Error(`story ${id}: more than ${MAX_MERGE_HOPS} merges to follow; the story_merges table is corrupt`);
}

export function readProfile(s: Statements, id: string): StoryProfile | null {
  const row = s.sql('SELECT profile FROM stories WHERE id = ?').get(id) as Row | undefined;
  return row ? StoryProfile.parse(profileFromText(row.profile as string)) : null;
}

/** The merges into story `target` (already resolved), directly or through merged stories, oldest first. */
export function mergesInto(s: Statements, target: string): StoryMerge[] {
  const into = s.sql('SELECT * FROM story_merges WHERE into_id = ?');
  const out: StoryMerge[] = [];
  const seen = new Set([target]);
  for (let frontier = [target]; frontier.length > 0;) {
    const next: string[] = [];
    for (const t of frontier) {
      for (const m of into.all(t) as Row[]) {
        if (seen.has(m.story_id as string)) continue;
        seen.add(m.story_id as string);
        next.push(m.story_id as string);
        out.push({ storyId: m.story_id as string, into: m.into_id as string, articleId: m.article_id as string, at: m.merged_at as string });
      }
    }
    frontier = next;
  }
  return out.sort((a, b) => a.at.localeCompare(b.at) || a.storyId.localeCompare(b.storyId));
}

export function storySummaries(s: Statements): StorySummary[] {
  const rows = s.sql('SELECT profile FROM stories ORDER BY article_count DESC, last_date DESC, id').all() as Row[];
  return rows.map((r) => {
    const p = StoryProfile.parse(profileFromText(r.profile as string));
    return { id: p.id, title: p.title, articleCount: p.articleCount, sources: p.sources, firstDate: p.firstDate, lastDate: p.lastDate };
  });
}

/** The articles of story `storyId` (already resolved), oldest publication first, with their processed parts. */
export function storyBundles(s: Statements, storyId: string): ArticleBundle[] {
  const rows = s.sql(`SELECT a.* FROM story_articles sa JOIN articles a ON a.id = sa.article_id
    WHERE sa.story_id = ? ORDER BY a.published IS NULL, a.published, sa.seq`).all(storyId) as Row[];
  return rows.map(bundleReader(s));
}

export function articleBundle(s: Statements, id: string): ArticleBundle | null {
  const row = s.sql('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
  return row ? bundleReader(s)(row) : null;
}

/** Reads an article row's processed parts. */
function bundleReader(s: Statements): (row: Row) => ArticleBundle {
  const sentencesOf = s.sql('SELECT * FROM sentences WHERE article_id = ? ORDER BY idx');
  const removalsOf = s.sql('SELECT * FROM removals WHERE article_id = ? ORDER BY idx');
  const extractionOf = s.sql('SELECT json FROM extractions WHERE article_id = ?');
  const duplicateOf = s.sql('SELECT checked, duplicate_of, similarity FROM article_links WHERE article_id = ?');
  return (row) => {
    const article = articleFromRow(row);
    const sentences = (sentencesOf.all(article.id) as Row[]).map(sentenceFromRow);
    const removals = (removalsOf.all(article.id) as Row[]).map(removalFromRow);
    const ex = extractionOf.get(article.id) as Row | undefined;
    const extraction = extractionFrom(ex ? JSON.parse(ex.json as string) : null);
    const duplicate = duplicateFromRow(duplicateOf.get(article.id) as Row | undefined);
    return { article, sentences, removals, extraction, ...(duplicate === undefined ? {} : { duplicate }) };
  };
}
