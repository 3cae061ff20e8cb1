/**
 * The SQLite store's story index: the candidate read (postings, then profiles, kept parsed in memory) and the
 * writes a save makes to a story's index — its postings, a merge of another story into it, and the near-
 * duplicate check against its recent sketches. Every method runs inside the caller's transaction, if any.
 */
import type { StoryProfile } from '../../model/story.js';
import { DUPLICATE_WINDOW } from '../../stages/cluster/duplicates.js';
import { sketchFromBytes, sketchToBytes, type Row } from '../rows.js';
import { type Assignment, POSTINGS_PER_KEY } from '../store.js';
import { candidateFromText } from './profile-text.js';
import type { Statements } from './statements.js';

/**
 * Parsed story profiles kept in memory for the candidate read (about 10 kB each). The cluster bench's
 * follow-ups and recent stories hit it; a miss costs one row read and one parse.
 */
const PROFILE_CACHE = 5_000;

export class ClusterIndex {
  /** Parsed story profiles, least recently used first (see `candidates`). */
  private readonly profiles = new Map<string, StoryProfile>();

  constructor(private readonly s: Statements) {}

  /**
   * Stories sharing the most keys with `keys` (then by id), at most `limit`, best first; each key contributes
   * its `POSTINGS_PER_KEY` most recent postings.
   */
  candidates(keys: string[], limit: number): StoryProfile[] {
    if (keys.length === 0) return [];
    // Per key, its most recent postings (an index range scan on story_keys_recent); shared keys counted here.
    // (Counting them in SQL instead, one UNION ALL statement with GROUP BY, took 8× as long: temporary B-trees;
    // one statement gathering each key's list with json_group_array took 1.4× as long as one per key.)
    const postings = this.s.value('SELECT story_id FROM story_keys WHERE key = ? ORDER BY seq DESC LIMIT ?');
    const shared = new Map<string, number>();
    for (const key of new Set(keys)) {
      for (const id of postings.all(key, POSTINGS_PER_KEY) as string[]) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const best = topShared(shared, limit);
    if (best.length === 0) return [];
    // Parsing a profile costs more than the whole index read: a profile parsed before is reused while the
    // row's article count still matches (a story's profile changes only when an article joins it).
    const counts = this.s.sql(`SELECT id, article_count FROM stories WHERE id IN (${best.map(() => '?').join(',')})`).all(...best) as Row[];
    const countOf = new Map(counts.map((r) => [r.id as string, Number(r.article_count)]));
    const found = new Map<string, StoryProfile>();
    const stale: string[] = [];
    for (const id of best) {
      const count = countOf.get(id);
      if (count === undefined) continue;
      const p = this.profiles.get(id);
      if (p && p.articleCount === count) found.set(id, p);
      else stale.push(id);
    }
    // The profiles not cached (or changed since), in one read rather than one per story.
    if (stale.length > 0) {
      const rows = this.s.sql(`SELECT id, profile FROM stories WHERE id IN (${stale.map(() => '?').join(',')})`).raw(true).all(...stale) as [string, string][];
      // The store wrote this JSON from a validated profile: it is read back unvalidated here, the hot path
      // (schema validation cost as much as the rest of the read; `getStory` still validates), its terms and
      // names as arrays (`profile-text.ts`).
      for (const [id, text] of rows) found.set(id, candidateFromText(text));
    }
    const out: StoryProfile[] = [];
    for (const id of best) {
      const p = found.get(id);
      if (!p) continue;
      this.remember(p);
      out.push(p);
    }
    return out;
  }

  /** Keeps a parsed profile, dropping the least recently used beyond `PROFILE_CACHE`. */
  remember(p: StoryProfile): void {
    this.profiles.delete(p.id);
    this.profiles.set(p.id, p);
    if (this.profiles.size > PROFILE_CACHE) this.profiles.delete(this.profiles.keys().next().value!);
  }

  /**
   * The article's postings for its story: a posting's seq is the story's latest article, so the candidate
   * read takes the most recent per key.
   */
  post(storyId: string, keys: string[], seq: number): void {
    const insKey = this.s.sql('INSERT INTO story_keys (story_id, key, seq) VALUES (?, ?, ?) ON CONFLICT (story_id, key) DO UPDATE SET seq = excluded.seq');
    for (const k of keys) insKey.run(storyId, k, seq);
  }

  /**
   * Folds story `from` into `into` (`into`'s profile, already saved, holds `from`'s): its articles and index
   * postings move, its row goes, and the merge is recorded so that its id resolves to `into`. Its articles
   * are marked unchecked for near-duplicates: they were never compared with `into`'s, so reconcile compares
   * the merged story's texts itself.
   */
  merge(from: string, into: string, articleId: string): void {
    const s = this.s;
    if (from === into || !s.sql('SELECT 1 FROM stories WHERE id = ?').get(from)) return;
    // Its postings, one range of the primary key: each moves to `into`, keeping the more recent seq.
    s.sql(`INSERT INTO story_keys (story_id, key, seq) SELECT ?, key, seq FROM story_keys WHERE story_id = ?
      ON CONFLICT (story_id, key) DO UPDATE SET seq = MAX(seq, excluded.seq)`).run(into, from);
    s.sql('DELETE FROM story_keys WHERE story_id = ?').run(from);
    s.sql('UPDATE article_links SET checked = 0 WHERE article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)').run(from);
    s.sql('UPDATE story_articles SET story_id = ? WHERE story_id = ?').run(into, from);
    s.sql('UPDATE story_sketches SET story_id = ? WHERE story_id = ?').run(into, from);
    s.sql('DELETE FROM stories WHERE id = ?').run(from);
    s.sql('INSERT INTO story_merges (story_id, into_id, article_id, merged_at) VALUES (?, ?, ?, ?)').run(from, into, articleId, new Date().toISOString());
    this.profiles.delete(from);
  }

  /**
   * Keeps the article's sketch and, when it joins an existing story, checks it for copies: the story's
   * `DUPLICATE_WINDOW` most recent sketches (one range read of `story_sketches`) pick the candidates, their
   * texts decide. The article's link row says whether that covered every earlier article of the story: it
   * did when the story held no more than the window, each with its sketch (the profile counts them).
   */
  linkDuplicate(articleId: string, seq: number, sketch: number[], story: StoryProfile, created: boolean, assignment: Assignment): void {
    const s = this.s;
    let checked = created;
    let link = null;
    if (!created && assignment.duplicates) {
      const rows = (s.sql('SELECT article_id, sketch FROM story_sketches WHERE story_id = ? ORDER BY seq DESC LIMIT ?')
        .all(story.id, DUPLICATE_WINDOW) as Row[]).reverse();
      checked = rows.length === story.articleCount - 1;
      const ids = assignment.duplicates.candidates(rows.map((x) => ({ articleId: x.article_id as string, sketch: sketchFromBytes(x.sketch as Buffer) })));
      if (ids.length > 0) {
        const texts = s.sql(`SELECT id, text FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Row[];
        const byId = new Map(texts.map((t) => [t.id as string, (t.text as string | null) ?? '']));
        link = assignment.duplicates.link(ids.filter((id) => byId.has(id)).map((id) => ({ articleId: id, text: byId.get(id)! })));
      }
    }
    s.sql('INSERT INTO story_sketches (story_id, seq, article_id, sketch) VALUES (?, ?, ?, ?)').run(story.id, seq, articleId, sketchToBytes(sketch));
    s.sql('INSERT INTO article_links (article_id, duplicate_of, similarity, checked) VALUES (?, ?, ?, ?)')
      .run(articleId, link?.duplicateOf ?? null, link?.similarity ?? null, checked ? 1 : 0);
  }
}

/**
 * The `limit` ids sharing the most keys (then by id), best first: one pass keeping the best so far, instead of
 * sorting every story the postings named (a few thousand at 100k; sorting them cost 7× as much).
 */
export function topShared(shared: Map<string, number>, limit: number): string[] {
  if (limit <= 0) return [];
  const best: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const e of shared) {
    if (best.length === limit && !before(e, best[limit - 1])) continue;
    let i = best.length < limit ? best.length : limit - 1;
    while (i > 0 && before(e, best[i - 1])) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = e;
  }
  return best.map(([id]) => id);
}
