/**
 * The PostgreSQL store's story index: the candidate read and the writes a save makes to a story's index
 * beyond its own rows — a merge of another story into it and the near-duplicate check against its recent
 * sketches. Each runs on the caller's client, inside its transaction and under the assignment lock.
 */
import type pg from 'pg';
import { StoryProfile } from '../../model/story.js';
import { DUPLICATE_WINDOW } from '../../stages/cluster/duplicates.js';
import { sketchFromBytes, sketchToBytes, type Row } from '../rows.js';
import { type Assignment, POSTINGS_PER_KEY } from '../store.js';

/** A pool or one of its clients: what a read needs. */
export type Queryable = Pick<pg.Pool, 'query'>;

/**
 * Stories sharing index keys with an article, most keys shared first (then by id), at most `limit`; each
 * key contributes its `POSTINGS_PER_KEY` most recent postings (index scan on story_keys_recent).
 */
export async function readCandidates(q: Queryable, keys: string[], limit: number): Promise<StoryProfile[]> {
  if (keys.length === 0) return [];
  const { rows } = await q.query(`SELECT s.profile FROM stories s JOIN (
      SELECT p.story_id, COUNT(*) AS shared FROM unnest($1::text[]) AS k(key)
      CROSS JOIN LATERAL (SELECT story_id FROM story_keys WHERE key = k.key ORDER BY seq DESC LIMIT $3) p
      GROUP BY p.story_id ORDER BY shared DESC, p.story_id LIMIT $2) k ON k.story_id = s.id ORDER BY k.shared DESC, s.id`,
  [sortedUnique(keys), limit, POSTINGS_PER_KEY]);
  return rows.map((r: Row) => StoryProfile.parse(r.profile));
}

/**
 * Folds story `from` into `into` inside the caller's transaction, under the assignment lock (`into`'s
 * profile, already saved, holds `from`'s): its articles and index postings move, its row goes, and the
 * merge is recorded so that its id resolves to `into`. Its articles are marked unchecked for
 * near-duplicates: they were never compared with `into`'s, so reconcile compares the texts itself.
 */
export async function mergeStory(c: pg.PoolClient, from: string, into: string, articleId: string): Promise<void> {
  if (from === into) return;
  const old = await c.query('SELECT profile FROM stories WHERE id = $1', [from]);
  if (old.rowCount === 0) return;
  const profile = StoryProfile.parse(old.rows[0].profile);
  // Its postings: the keys its articles brought (their features) and its profile's, looked up by primary key.
  const keyRows = await c.query(`SELECT DISTINCT k FROM story_articles sa JOIN features f ON f.article_id = sa.article_id,
      LATERAL (SELECT json_object_keys(f.data->'terms') UNION ALL SELECT json_object_keys(f.data->'names')) AS x(k)
    WHERE sa.story_id = $1`, [from]);
  const keys = sortedUnique([...Object.keys(profile.terms), ...Object.keys(profile.names), ...keyRows.rows.map((r: Row) => r.k as string)]);
  await c.query(`INSERT INTO story_keys (key, story_id, seq) SELECT key, $2, seq FROM story_keys WHERE key = ANY($3::text[]) AND story_id = $1
    ON CONFLICT (key, story_id) DO UPDATE SET seq = GREATEST(story_keys.seq, excluded.seq)`, [from, into, keys]);
  await c.query('DELETE FROM story_keys WHERE key = ANY($2::text[]) AND story_id = $1', [from, keys]);
  await c.query('UPDATE article_links SET checked = false WHERE article_id IN (SELECT article_id FROM story_articles WHERE story_id = $1)', [from]);
  await c.query('UPDATE story_articles SET story_id = $2 WHERE story_id = $1', [from, into]);
  await c.query('UPDATE story_sketches SET story_id = $2 WHERE story_id = $1', [from, into]);
  await c.query('DELETE FROM stories WHERE id = $1', [from]);
  await c.query('INSERT INTO story_merges (story_id, into_id, article_id, merged_at) VALUES ($1, $2, $3, $4)', [from, into, articleId, new Date().toISOString()]);
}

/**
 * Keeps the article's sketch and, when it joins an existing story, checks it for copies: the story's
 * `DUPLICATE_WINDOW` most recent sketches (one range read) pick the candidates, their texts decide (one more
 * read, only then). The article's link row says whether that covered every earlier article of the story.
 */
export async function linkDuplicate(c: pg.PoolClient, articleId: string, text: string, sketch: number[], story: StoryProfile, created: boolean,
  assignment: Assignment): Promise<void> {
  let checked = created;
  let link = null;
  if (!created && assignment.duplicates) {
    const rows = (await c.query('SELECT article_id, sketch FROM story_sketches WHERE story_id = $1 ORDER BY seq DESC LIMIT $2',
      [story.id, DUPLICATE_WINDOW])).rows.reverse();
    checked = rows.length === story.articleCount - 1;
    const ids = assignment.duplicates.candidates(rows.map((x: Row) => ({ articleId: x.article_id as string, sketch: sketchFromBytes(x.sketch as Buffer) })));
    if (ids.length > 0) {
      const texts = await c.query('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [ids]);
      const byId = new Map(texts.rows.map((t: Row) => [t.id as string, (t.text as string | null) ?? '']));
      link = assignment.duplicates.link(ids.filter((id) => byId.has(id)).map((id) => ({ articleId: id, text: byId.get(id)! })));
    }
  }
  // The sketch and the link row in one statement: one round trip under the lock.
  await c.query(`WITH s AS (INSERT INTO story_sketches (story_id, seq, article_id, sketch) SELECT $2, seq, $1, $3 FROM articles WHERE id = $1)
    INSERT INTO article_links (article_id, duplicate_of, similarity, checked) VALUES ($1, $4, $5, $6)`,
  [articleId, story.id, sketchToBytes(sketch), link?.duplicateOf ?? null, link?.similarity ?? null, checked]);
}

export function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
