/**
 * The PostgreSQL store's reads for the surfaces and the later stages: story ids through their merges, and
 * articles' processed parts.
 */
import type pg from 'pg';
import type { Article } from '../../model/schemas.js';
import { duplicateFromRow, extractionFrom, removalFromRow, sentenceFromRow, type Row } from '../rows.js';
import { type ArticleBundle, MAX_MERGE_HOPS } from '../store.js';
import type { Queryable } from './cluster-index.js';

/** The processed parts of the given articles, read through `c` (inside the caller's snapshot). */
export async function readBundles(c: pg.PoolClient, articles: Article[]): Promise<ArticleBundle[]> {
  const ids = articles.map((a) => a.id);
  const sentences = groupBy((await c.query('SELECT * FROM sentences WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx', [ids])).rows);
  const removals = groupBy((await c.query('SELECT * FROM removals WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx', [ids])).rows);
  const extractions = groupBy((await c.query('SELECT article_id, data FROM extractions WHERE article_id = ANY($1::text[])', [ids])).rows);
  const links = groupBy((await c.query('SELECT article_id, checked, duplicate_of, similarity FROM article_links WHERE article_id = ANY($1::text[])', [ids])).rows);
  return articles.map((article) => {
    const duplicate = duplicateFromRow(links.get(article.id)?.[0]);
    return {
      article,
      sentences: (sentences.get(article.id) ?? []).map(sentenceFromRow),
      removals: (removals.get(article.id) ?? []).map(removalFromRow),
      extraction: extractionFrom(extractions.get(article.id)?.[0]?.data),
      ...(duplicate === undefined ? {} : { duplicate }),
    };
  });
}

/** The story a story id stands for now: itself, else the survivor its merges lead to; null for an unknown id. */
export async function resolve(q: Queryable, id: string): Promise<string | null> {
  let current = id;
  for (let hop = 0; hop <= MAX_MERGE_HOPS; hop++) {
    const { rows } = await q.query(`SELECT EXISTS (SELECT 1 FROM stories WHERE id = $1) AS story,
      (SELECT into_id FROM story_merges WHERE story_id = $1) AS into_id`, [current]);
    if (rows[0].story) return current;
    if (rows[0].into_id == null) return null;
    current = rows[0].into_id as string;
  }
  throw new Error(`story ${id}: more than ${MAX_MERGE_HOPS} merges to follow; the story_merges table is corrupt`);
}

/** Rows grouped by `article_id`, keeping their order. */
function groupBy(rows: Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const id = r.article_id as string;
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}
