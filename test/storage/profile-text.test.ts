/**
 * The SQLite store's encoding of story profiles: terms and names as flat arrays (read without building an
 * object per candidate), and rows written before that format, as JSON objects, still read the same.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryProfile } from '../../src/model/story.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { tempDir } from '../helpers.js';

const profile: StoryProfile = {
  id: 's1', title: 'Warehouse fire', titleArticleId: 'a1', titleIsHeadline: true, articleCount: 1, sources: ['Courier'],
  firstDate: '2024-05-01', lastDate: '2024-05-01', terms: { fire: 4, warehous: 3, blaze: 2 }, names: { 'n:elmsford': 3 },
};

describe('SQLite story profile text', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  async function storeWithStory(): Promise<{ path: string; store: SqliteStore }> {
    const t = tempDir();
    cleanup = t.cleanup;
    const path = join(t.dir, 'store.db');
    const store = new SqliteStore(path);
    const { id } = await store.addArticle({ contentHash: 'h1', source: 'Courier', title: null, url: null, published: '2024-05-01', publishedInferred: false, origin: 'test', format: 'text', raw: 'A fire.' });
    await store.saveProcessed({
      articleId: id, text: 'A fire.', language: 'en', published: '2024-05-01', publishedInferred: false, note: null, sentences: [], removals: [],
      extraction: { counts: [], entities: [], dates: [], quotes: [] }, features: { terms: profile.terms, names: profile.names, date: '2024-05-01' },
      story: { id: 's1', created: true, profile: { ...profile, titleArticleId: id }, keys: ['fire', 'n:elmsford'] },
    });
    return { path, store };
  }

  it('writes terms and names as flat arrays and reads them back as the saved profile', async () => {
    const { path, store } = await storeWithStory();
    await store.close();
    const raw = new Database(path, { readonly: true });
    const text = raw.prepare('SELECT profile FROM stories WHERE id = ?').pluck().get('s1') as string;
    raw.close();
    expect(JSON.parse(text).terms).toEqual(['fire', 4, 'warehous', 3, 'blaze', 2]);
    const again = new SqliteStore(path);
    const [candidate] = await again.candidateStories(['fire'], 5);
    expect(candidate.terms).toEqual(profile.terms);
    expect(Object.keys(candidate.terms)).toEqual(['fire', 'warehous', 'blaze']);
    expect((await again.getStory('s1'))?.names).toEqual(profile.names);
    await again.close();
  });

  it('reads a profile stored as JSON objects (the format before arrays)', async () => {
    const { path, store } = await storeWithStory();
    await store.close();
    const raw = new Database(path);
    const stored = JSON.parse(raw.prepare('SELECT profile FROM stories WHERE id = ?').pluck().get('s1') as string);
    raw.prepare('UPDATE stories SET profile = ?, article_count = 1 WHERE id = ?').run(JSON.stringify({ ...stored, terms: profile.terms, names: profile.names }), 's1');
    raw.close();
    const again = new SqliteStore(path);
    const [candidate] = await again.candidateStories(['fire'], 5);
    expect(candidate.terms).toEqual(profile.terms);
    expect((await again.getStory('s1'))?.terms).toEqual(profile.terms);
    expect((await again.listStories()).map((s) => s.id)).toEqual(['s1']);
    await again.close();
  });
});
