/**
 * The storage contract. The same body runs for every backend in BACKENDS, each test on a fresh, empty store:
 * SQLite in a new temporary file, PostgreSQL in a new schema of the test database (see `postgres-db.ts`:
 * `TRIANGULATE_TEST_PG`, else a database created on the local server). An unreachable PostgreSQL fails
 * these tests; `TRIANGULATE_TEST_BACKENDS=sqlite` leaves PostgreSQL out on purpose.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryProfile } from '../../src/model/story.js';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { duplicateCandidates, findDuplicate, sketchOf } from '../../src/stages/cluster/index.js';
import { POSTINGS_PER_KEY, type Assignment, type NewArticle, type ProcessedArticle, type Store } from '../../src/storage/store.js';
import { tempDir } from '../helpers.js';
import { storeBackends } from './backends.js';
import { dropTestDatabase, freshSchema, testedBackends } from './postgres-db.js';

const BACKENDS = storeBackends();

afterAll(dropTestDatabase);

function article(text: string, over: Partial<NewArticle> = {}): NewArticle {
  return { contentHash: `hash-${text}`, source: 'Courier', title: null, url: null, published: '2024-05-01', publishedInferred: false, origin: 'test', format: 'text', raw: text, ...over };
}

function processed(articleId: string, storyId: string, over: Partial<ProcessedArticle> = {}): ProcessedArticle {
  const profile: StoryProfile = {
    id: storyId, title: 'A story', titleArticleId: articleId, titleIsHeadline: false, articleCount: 1, sources: ['Courier'],
    firstDate: '2024-05-01', lastDate: '2024-05-01', terms: { fire: 2 }, names: { 'n:elmsford': 3 },
  };
  return {
    articleId, text: 'A fire. It burned.', language: 'en', published: '2024-05-01', publishedInferred: false, note: null,
    sentences: [
      { id: `${articleId}.s0`, articleId, index: 0, paragraph: 0, start: 0, end: 7, text: 'A fire.' },
      { id: `${articleId}.s1`, articleId, index: 1, paragraph: 0, start: 8, end: 18, text: 'It burned.' },
    ],
    removals: [{ articleId, text: 'Read more:', reason: 'link-list' }],
    extraction: { counts: [], entities: [], dates: [], quotes: [] },
    features: { terms: { fire: 2 }, names: { 'n:elmsford': 3 }, date: '2024-05-01' },
    story: { id: storyId, created: true, profile, keys: ['n:elmsford', 'fire'] },
    ...over,
  };
}

/** A story decision as the cluster stage makes it, reduced: join the best candidate, else open a story. */
function joinOrOpen(id: string, seen: number[]): Assignment {
  return {
    keys: ['fire'],
    limit: 5,
    decide: (candidates) => {
      seen.push(candidates.length);
      const { story } = processed(id, `s-${id}`);
      const best = candidates[0];
      return {
        note: 'decided',
        story: best ? { ...story, id: best.id, created: false, profile: { ...best, articleCount: best.articleCount + 1 } } : story,
      };
    },
  };
}

for (const backend of BACKENDS) {
  describe(`store (${backend.name})`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let another: () => Promise<Store>;
    beforeEach(async () => {
      ({ store, dispose, another } = await backend.open());
    });
    afterEach(async () => {
      await dispose?.();
    });

    it('stores an article once however often the same content is added', async () => {
      const first = await store.addArticle(article('Same words.'));
      const again = await store.addArticle(article('Same words.', { source: 'Other' }));
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: first.id, created: false });
      expect((await store.counts()).articles).toBe(1);
      expect((await store.getArticle(first.id))!.source).toBe('Courier');
    });

    it('lists pending articles oldest first, undated last', async () => {
      const late = await store.addArticle(article('late', { published: '2024-05-09' }));
      const undated = await store.addArticle(article('undated', { published: null }));
      const early = await store.addArticle(article('early', { published: '2024-05-02' }));
      expect(await store.pendingArticleIds()).toEqual([early.id, late.id, undated.id]);
    });

    it('saves a processed article with its sentences, removals and story in one piece', async () => {
      const { id } = await store.addArticle(article('one'));
      await store.saveProcessed(processed(id, 'sX'));
      const [b] = await store.storyArticles('sX');
      expect(b.article.status).toBe('processed');
      expect(b.sentences.map((s) => s.text)).toEqual(['A fire.', 'It burned.']);
      expect(b.removals).toEqual([{ articleId: id, text: 'Read more:', reason: 'link-list' }]);
      expect(await store.pendingArticleIds()).toEqual([]);
      expect((await store.listStories())[0]).toMatchObject({ id: 'sX', articleCount: 1 });
      const stats = await store.termStats(['fire', 'n:elmsford', 'absent']);
      expect(stats.documents).toBe(1);
      expect([...stats.df.entries()]).toEqual([['fire', 1], ['n:elmsford', 1]]);
    });

    it('counts each article\'s terms once: at once in the store that saved it, in every store once folded', async () => {
      const [a, b] = [await another(), await another()];
      const one = await store.addArticle(article('one'));
      const two = await store.addArticle(article('two'));
      await a.saveProcessed(processed(one.id, 's1'));
      expect(await a.termStats(['fire', 'smoke'])).toEqual({ documents: 1, df: new Map([['fire', 1]]) });
      await b.saveProcessed(processed(two.id, 's2', { features: { terms: { fire: 1, smoke: 1 }, names: {}, date: null } }));
      await b.close(); // its fold takes every pending save, a's too
      const counted = { documents: 2, df: new Map([['fire', 2], ['smoke', 1], ['n:elmsford', 1]]) };
      expect(await store.termStats(['fire', 'smoke', 'n:elmsford'])).toEqual(counted);
      await a.close(); // nothing of a's is left to fold: counted once
      expect(await store.termStats(['fire', 'smoke', 'n:elmsford'])).toEqual(counted);
    });

    it('reads another store\'s fold at the next read, not the frequencies it read before', async () => {
      const other = await another();
      const one = await store.addArticle(article('one'));
      expect(await store.termStats(['fire', 'smoke'])).toEqual({ documents: 0, df: new Map() });
      await other.saveProcessed(processed(one.id, 's1', { features: { terms: { fire: 1, smoke: 1 }, names: {}, date: null } }));
      await other.close(); // folds its save
      expect(await store.termStats(['smoke', 'fire'])).toEqual({ documents: 1, df: new Map([['smoke', 1], ['fire', 1]]) });
    });

    it('leaves nothing half-written when saving fails part-way', async () => {
      const { id } = await store.addArticle(article('two'));
      const bad = processed(id, 'sY');
      bad.sentences.push({ ...bad.sentences[0] }); // duplicate sentence id: the insert fails mid-transaction
      await expect(store.saveProcessed(bad)).rejects.toThrow();
      expect((await store.getArticle(id))!.status).toBe('pending');
      expect(await store.listStories()).toEqual([]);
      expect((await store.termStats(['fire'])).documents).toBe(0);
      await store.saveProcessed(processed(id, 'sY'));
      expect((await store.storyArticles('sY'))[0].sentences).toHaveLength(2);
    });

    it('reads one article with its parts: empty before processing, full after, null for an unknown id', async () => {
      const { id } = await store.addArticle(article('bundle'));
      expect(await store.articleBundle(id)).toMatchObject({ article: { id, status: 'pending' }, sentences: [], removals: [] });
      await store.saveProcessed(processed(id, 'sB'));
      const b = (await store.articleBundle(id))!;
      expect(b.article.status).toBe('processed');
      expect(b.sentences.map((s) => s.id)).toEqual([`${id}.s0`, `${id}.s1`]);
      expect(b.removals).toEqual([{ articleId: id, text: 'Read more:', reason: 'link-list' }]);
      expect(b).toEqual((await store.storyArticles('sB'))[0]);
      expect(await store.articleBundle('a-no-such-article')).toBe(null);
    });

    it('finds candidate stories through shared index keys, best match first', async () => {
      const a = await store.addArticle(article('a'));
      const b = await store.addArticle(article('b'));
      await store.saveProcessed(processed(a.id, 's1'));
      const p2 = processed(b.id, 's2');
      p2.story.keys = ['n:other', 'flood'];
      await store.saveProcessed(p2);
      expect((await store.candidateStories(['n:elmsford', 'fire'], 5)).map((s) => s.id)).toEqual(['s1']);
      expect((await store.candidateStories(['flood', 'fire', 'n:other'], 5)).map((s) => s.id)).toEqual(['s2', 's1']);
      expect(await store.candidateStories([], 5)).toEqual([]);
    });

    it('reads only a common key\'s most recent stories, while a rare key still finds an old one', async () => {
      const ids: string[] = [];
      for (let i = 0; i <= POSTINGS_PER_KEY; i++) {
        const { id } = await store.addArticle(article(`common ${i}`));
        const p = processed(id, `s${String(i).padStart(4, '0')}`);
        p.story.keys = i === 0 ? ['fire', 'n:rare'] : ['fire'];
        await store.saveProcessed(p);
        ids.push(p.story.id);
      }
      const common = (await store.candidateStories(['fire'], POSTINGS_PER_KEY + 10)).map((s) => s.id);
      expect(common).toHaveLength(POSTINGS_PER_KEY);
      expect(common).not.toContain(ids[0]);
      expect((await store.candidateStories(['n:rare', 'fire'], 1)).map((s) => s.id)).toEqual([ids[0]]);
    });

    it('keeps the first result when an article is saved twice (two workers raced)', async () => {
      const { id } = await store.addArticle(article('race'));
      await store.saveProcessed(processed(id, 'sA'));
      await store.saveProcessed(processed(id, 'sB'));
      expect((await store.storyArticles('sA')).length).toBe(1);
      expect(await store.getStory('sB')).toBe(null);
    });

    it('lists the stories holding an undated article beside a dated one, until the undated one is dated', async () => {
      const save = async (text: string, storyId: string, published: string | null) => {
        const { id } = await store.addArticle(article(text, { published }));
        await store.saveProcessed(processed(id, storyId, { published }));
        return id;
      };
      await save('dated', 'sMixed', '2024-05-01');
      const undated = await save('undated', 'sMixed', null);
      await save('alone undated', 'sUndated', null);
      await save('alone dated', 'sDated', '2024-05-02');
      await store.addArticle(article('pending undated', { published: null }));
      expect(await store.undatedStories()).toEqual(['sMixed']);
      await store.reviseArticle(undated, { published: '2024-05-01', publishedInferred: true, extraction: processed(undated, 'sMixed').extraction });
      expect(await store.undatedStories()).toEqual([]);
    });

    it('claims each pending article once, oldest first, and hands a released one out again', async () => {
      const late = await store.addArticle(article('late', { published: '2024-05-09' }));
      const undated = await store.addArticle(article('undated', { published: null }));
      const early = await store.addArticle(article('early', { published: '2024-05-02' }));
      const claims = await Promise.all([store.claimPending(), store.claimPending(), store.claimPending(), store.claimPending()]);
      expect(claims).toEqual([early.id, late.id, undated.id, null]);
      await store.releaseClaim(late.id);
      expect(await store.claimPending()).toBe(late.id);
    });

    it('decides concurrent saves one at a time, each seeing the stories saved before it', async () => {
      const ids = await Promise.all(['one', 'two', 'three'].map(async (t) => (await store.addArticle(article(t))).id));
      const seen: number[] = [];
      const results = await Promise.all(ids.map((id) => store.saveAssigned(processed(id, 'unused'), joinOrOpen(id, seen))));
      expect(seen.sort()).toEqual([0, 1, 1]);
      const stories = await store.listStories();
      expect(stories).toHaveLength(1);
      expect(stories[0].articleCount).toBe(3);
      expect(results.map((r) => r!.storyId)).toEqual([stories[0].id, stories[0].id, stories[0].id]);
      for (const r of results) expect(r!.lockHeldMs).toBeGreaterThanOrEqual(0);
      expect((await store.getArticle(ids[1]))!.note).toBe('decided');
      expect(await store.saveAssigned(processed(ids[0], 'unused'), joinOrOpen(ids[0], seen))).toBe(null);
      expect(await store.counts()).toMatchObject({ pending: 0, stories: 1 });
    });

    it('merges a story into another: articles and postings move, and the old id answers the survivor', async () => {
      const save = async (text: string, p: (id: string) => ProcessedArticle) => {
        const { id } = await store.addArticle(article(text));
        await store.saveProcessed(p(id));
        return id;
      };
      const a1 = await save('one', (id) => processed(id, 'sOld'));
      const a2 = await save('two', (id) => {
        const p = processed(id, 'sYoung');
        p.features = { ...p.features, names: { 'n:harbour': 3 } };
        p.story.keys = ['n:harbour', 'fire'];
        return p;
      });
      // A third article fits both: the decision joins sOld and merges sYoung into it.
      const a3 = await save('three', (id) => {
        const p = processed(id, 'sOld');
        p.story = { ...p.story, created: false, merged: ['sYoung'], profile: { ...p.story.profile, id: 'sOld', articleCount: 3 } };
        return p;
      });
      expect(await store.resolveStory('sYoung')).toBe('sOld');
      expect(await store.resolveStory('sOld')).toBe('sOld');
      expect(await store.resolveStory('sNever')).toBe(null);
      expect((await store.getStory('sYoung'))!.id).toBe('sOld');
      expect((await store.storyArticles('sYoung')).map((b) => b.article.id).sort()).toEqual([a1, a2, a3].sort());
      expect(await store.storyOfArticle(a2)).toBe('sOld');
      expect((await store.listStories()).map((s) => s.id)).toEqual(['sOld']);
      expect(await store.counts()).toMatchObject({ stories: 1 });
      // The merged story's postings now lead to the survivor, and to nothing else.
      expect((await store.candidateStories(['n:harbour'], 5)).map((s) => s.id)).toEqual(['sOld']);
      const merges = await store.storyMerges('sYoung');
      expect(merges).toMatchObject([{ storyId: 'sYoung', into: 'sOld', articleId: a3 }]);
      expect(Number.isNaN(Date.parse(merges[0].at))).toBe(false);

      // A later merge of the survivor itself: the first id follows both merges.
      await save('four', (id) => processed(id, 'sNew'));
      await save('five', (id) => {
        const p = processed(id, 'sNew');
        p.story = { ...p.story, created: false, merged: ['sOld'], profile: { ...p.story.profile, id: 'sNew', articleCount: 5 } };
        return p;
      });
      expect(await store.resolveStory('sYoung')).toBe('sNew');
      expect((await store.storyArticles('sYoung'))).toHaveLength(5);
      expect((await store.storyMerges('sNew')).map((m) => m.storyId).sort()).toEqual(['sOld', 'sYoung']);
    });

    it('links an article to the earlier article of its story it copies, and keeps the link with it', async () => {
      const wire = 'Fire crews fought a blaze at a warehouse on the east side of the city on Tuesday night, the fire department said, and two workers were treated for smoke inhalation.';
      const texts = [wire, `${wire} The cause is under investigation.`, 'An unrelated report about a river flood that closed three roads and a school near the harbour on Monday.'];
      const ids: string[] = [];
      for (const [i, text] of texts.entries()) {
        const { id } = await store.addArticle(article(`dup ${i}`));
        ids.push(id);
        const p = processed(id, 'sWire', { text, sketch: sketchOf(text) });
        const { sketch } = p;
        const result = await store.saveAssigned(p, {
          keys: ['fire'], limit: 5,
          decide: (candidates) => ({
            note: null,
            story: candidates[0] ? { ...p.story, created: false, profile: { ...candidates[0], articleCount: candidates[0].articleCount + 1 } } : p.story,
          }),
          duplicates: { candidates: (earlier) => duplicateCandidates(sketch!, earlier), link: (t) => findDuplicate(id, text, t) },
        });
        expect(result!.storyId).toBe('sWire');
      }
      const bundles = new Map((await store.storyArticles('sWire')).map((b) => [b.article.id, b]));
      expect(bundles.get(ids[0])!.duplicate).toBe(null);
      expect(bundles.get(ids[1])!.duplicate).toMatchObject({ of: ids[0] });
      expect(bundles.get(ids[1])!.duplicate!.similarity).toBeGreaterThan(0.5);
      expect(bundles.get(ids[2])!.duplicate).toBe(null);
      expect((await store.articleBundle(ids[1]))!.duplicate).toMatchObject({ of: ids[0] });
      // An article saved without a sketch was never checked: it carries no link, not even null.
      const { id: old } = await store.addArticle(article('no sketch'));
      await store.saveProcessed(processed(old, 'sOlder'));
      expect('duplicate' in (await store.articleBundle(old))!).toBe(false);
    });

    it('marks a merged story\'s moved articles unchecked for copies, since the two sides were never compared', async () => {
      const text = 'A short text about a fire that broke out in a warehouse and was put out within the hour by crews.';
      const a = await store.addArticle(article('left'));
      await store.saveProcessed(processed(a.id, 'sLeft', { text, sketch: sketchOf(text) }));
      const b = await store.addArticle(article('right'));
      await store.saveProcessed(processed(b.id, 'sRight', { text, sketch: sketchOf(text) }));
      const c = await store.addArticle(article('bridge'));
      const p = processed(c.id, 'sLeft', { text, sketch: sketchOf(text) });
      p.story = { ...p.story, created: false, merged: ['sRight'], profile: { ...p.story.profile, id: 'sLeft', articleCount: 3 } };
      await store.saveProcessed(p);
      const bundles = new Map((await store.storyArticles('sLeft')).map((x) => [x.article.id, x]));
      expect(bundles.get(a.id)!.duplicate).toBe(null);
      expect('duplicate' in bundles.get(b.id)!).toBe(false);
    });

    it('marks an article failed with its reason and leaves it out of pending work', async () => {
      const { id } = await store.addArticle(article('fails'));
      await store.markFailed(id, 'processing failed: boom');
      expect(await store.getArticle(id)).toMatchObject({ status: 'failed', note: 'processing failed: boom' });
      expect(await store.counts()).toMatchObject({ articles: 1, pending: 0, failed: 1 });
    });
  });
}

describe.runIf(testedBackends().includes('sqlite'))('store (sqlite) across processes', () => {
  it('lets two connections to one file add the same article once', async () => {
    const { dir, cleanup } = tempDir();
    const a = new SqliteStore(join(dir, 'shared.db'));
    const b = new SqliteStore(join(dir, 'shared.db'));
    const results = await Promise.all([a.addArticle(article('shared')), b.addArticle(article('shared'))]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await a.counts()).articles).toBe(1);
    await a.close();
    await b.close();
    cleanup();
  });
});

describe.runIf(testedBackends().includes('postgres'))('store (postgres) across connections', () => {
  it('lets two stores decide one at a time, and frees a closed store\'s claims', async () => {
    const { url, schema, drop } = await freshSchema();
    const a = await PostgresStore.open(url, { schema });
    const b = await PostgresStore.open(url, { schema });
    try {
      const ids = await Promise.all(['1', '2', '3', '4', '5', '6'].map(async (t) => (await a.addArticle(article(`race ${t}`, { published: null }))).id));
      const seen: number[] = [];
      await Promise.all(ids.map((id, i) => (i % 2 ? a : b).saveAssigned(processed(id, 'unused'), joinOrOpen(id, seen))));
      expect(seen.sort()).toEqual([0, 1, 1, 1, 1, 1]);
      expect((await b.listStories()).map((s) => s.articleCount)).toEqual([6]);

      const first = await a.addArticle(article('first', { published: '2024-05-01' }));
      const second = await a.addArticle(article('second', { published: '2024-05-02' }));
      expect(await a.claimPending()).toBe(first.id);
      expect(await b.claimPending()).toBe(second.id);
      expect(await b.claimPending()).toBe(null);
      await a.close(); // a closing worker's claim goes with it
      expect(await b.claimPending()).toBe(first.id);
      await b.releaseClaim(first.id);

      // A killed worker cannot unlock: its connection just drops, and the server frees its locks once the
      // backend has exited, which happens a moment after the socket closes. Poll for that, with a deadline.
      const c = await PostgresStore.open(url, { schema });
      expect(await c.claimPending()).toBe(first.id);
      (c as unknown as { claims: { drop(): void } }).claims.drop();
      let reclaimed: string | null = null;
      for (const deadline = Date.now() + 10_000; reclaimed === null && Date.now() < deadline;) {
        reclaimed = await b.claimPending();
        if (reclaimed === null) await new Promise((r) => setTimeout(r, 50));
      }
      expect(reclaimed).toBe(first.id);
      await c.close();
    } finally {
      await a.close().catch(() => {});
      await b.close();
      await drop();
    }
  });

  it('lets two connections to one database add the same article once', async () => {
    const { url, schema, drop } = await freshSchema();
    const a = await PostgresStore.open(url, { schema });
    const b = await PostgresStore.open(url, { schema });
    try {
      const results = await Promise.all([a.addArticle(article('shared')), b.addArticle(article('shared'))]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(results[0].id).toBe(results[1].id);
      expect((await a.counts()).articles).toBe(1);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});
