/**
 * What only the PostgreSQL store has to get right: several workers on one database at once, migrations
 * under an advisory lock, and connection errors. The shared contract is in `store.test.ts`.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryProfile } from '../../src/model/story.js';
import { openStore } from '../../src/storage/open.js';
import { POSTGRES_MIGRATIONS } from '../../src/storage/postgres/migrations.js';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.js';
import type { ProcessedArticle } from '../../src/storage/store.js';
import { dropTestDatabase, freshSchema, testDatabaseUrl, testedBackends, urlWithSchema, withClient } from './postgres-db.js';

afterAll(dropTestDatabase);

function processed(articleId: string, storyId: string): ProcessedArticle {
  const profile: StoryProfile = {
    id: storyId, title: 'A story', titleArticleId: articleId, titleIsHeadline: false, articleCount: 1, sources: ['Courier'],
    firstDate: '2024-05-01', lastDate: '2024-05-01', terms: { fire: 2 }, names: {},
  };
  return {
    articleId, text: 'A fire.', language: 'en', published: '2024-05-01', publishedInferred: false, note: null,
    sentences: [{ id: `${articleId}.s0`, articleId, index: 0, paragraph: 0, start: 0, end: 7, text: 'A fire.' }],
    removals: [], extraction: { counts: [], entities: [], dates: [], quotes: [] },
    features: { terms: { fire: 2 }, names: {}, date: '2024-05-01' },
    story: { id: storyId, created: true, profile, keys: ['fire'] },
  };
}

describe.runIf(testedBackends().includes('postgres'))('PostgreSQL store', () => {
  it('keeps exactly one result when two workers save the same article at once', async () => {
    const { url, schema, drop } = await freshSchema();
    const a = await PostgresStore.open(url, { schema });
    const b = await PostgresStore.open(url, { schema });
    try {
      for (let i = 0; i < 5; i++) {
        const { id } = await a.addArticle({ contentHash: `race-${i}`, source: 'Courier', title: null, url: null, published: '2024-05-01',
          publishedInferred: false, origin: 'test', format: 'text', raw: `race ${i}` });
        await Promise.all([a.saveProcessed(processed(id, `a${i}`)), b.saveProcessed(processed(id, `b${i}`))]);
        const winners = [await a.getStory(`a${i}`), await a.getStory(`b${i}`)].filter(Boolean);
        expect(winners).toHaveLength(1);
        expect(await a.storyArticles(winners[0]!.id)).toHaveLength(1);
      }
      expect(await b.counts()).toEqual({ articles: 5, pending: 0, failed: 0, stories: 5 });
      // Each folds on close what it saved, taking the other's pending saves too (a store that won no race
      // has nothing to fold): every save is counted once.
      await a.close();
      await b.close();
      const c = await PostgresStore.open(url, { schema });
      expect(await c.termStats(['fire'])).toEqual({ documents: 5, df: new Map([['fire', 5]]) });
      await c.close();
    } finally {
      await Promise.all([a.close().catch(() => {}), b.close().catch(() => {})]);
      await drop();
    }
  });

  it('applies each migration once when several processes open a fresh database at once', async () => {
    const url = await testDatabaseUrl();
    const schema = `m_${randomBytes(6).toString('hex')}`; // not created: the stores create it
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url, { schema })));
    try {
      const versions = await withClient(url, (c) => c.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`));
      expect(versions.rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      expect(await stores[3].counts()).toEqual({ articles: 0, pending: 0, failed: 0, stories: 0 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await withClient(url, (c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    }
  });

  it('opens PostgreSQL for postgres:// and postgresql:// URLs, in the schema the URL names', async () => {
    const { url, schema, drop } = await freshSchema();
    try {
      for (const u of [urlWithSchema(url, schema), urlWithSchema(url.replace(/^postgres:/, 'postgresql:'), schema)]) {
        const store = await openStore(u);
        expect(store).toBeInstanceOf(PostgresStore);
        await store.close();
      }
      const tables = await withClient(url, (c) => c.query('SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1', [schema]));
      expect(Number(tables.rows[0].n)).toBeGreaterThan(0);
    } finally {
      await drop();
    }
  });

  it('says which database it cannot reach, without the password', async () => {
    const err = await PostgresStore.open('postgres://someone:s3cret@127.0.0.1:1/nowhere').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^cannot open the PostgreSQL database postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/);
    expect((err as Error).message).not.toContain('s3cret');
  });

  it('refuses a schema name that is not a plain identifier, saying what is valid', async () => {
    await expect(PostgresStore.open('postgres://127.0.0.1/x', { schema: 'a; DROP TABLE x' }))
      .rejects.toThrow(/schema "a; DROP TABLE x": a schema name is 1-63 characters of a-z, 0-9 and _/);
  });
});
