/**
 * Several `triangulate worker` processes on one PostgreSQL database (`npm run build` first): every article
 * processed once, none lost when a worker is killed, and stories as good as one process makes them.
 * The data: the whole GVA incidents file (1,856 lines, publication order), ingested with the CLI, with the
 * publication date taken off every UNDATED_EVERY-th line so that dating from the story has work to do.
 * The reference: the same file through `ingest` + `process` on a SQLite file. Clustering is sensitive to
 * order, and concurrent workers assign in a slightly different order, so the stories are compared by
 * BCubed F1 against the gold incidents (the tolerance: 0.01), not story by story.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storyOfArticle } from '../../eval/engine.js';
import { bcubed } from '../../eval/metrics.js';
import { ingestInputs, processOne } from '../../src/pipeline.js';
import { readInputs } from '../../src/stages/ingest/index.js';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { articleIdFor, type Store } from '../../src/storage/store.js';
import { defaultWorkerOptions, runWorker } from '../../src/worker.js';
import { CLI, ROOT, runCli, tempDir } from '../helpers.js';
import { dropTestDatabase, freshSchema, testedBackends, urlWithSchema, withClient } from '../storage/postgres-db.js';

const DATASET = resolve(ROOT, '../shared/datasets/gva-incidents.jsonl');
/**
 * All 1,856 lines (1,854 distinct articles). On a quiet 2-core machine the reference takes about 35 s and
 * 4 workers about 30 s per test; under load several times that, hence the long timeouts.
 */
const ARTICLES = Infinity;
/** Every this-many-th line loses its publication date: about 230 articles to date from text or story. */
const UNDATED_EVERY = 8;
const TEST_TIMEOUT_MS = 900_000;
const WORKERS = 4;
/** The tolerance for clustering under concurrency. */
const F1_TOLERANCE = 0.01;

afterAll(dropTestDatabase);

interface Fixture { file: string; gold: string[]; articleIds: (string | null)[]; referenceF1: number }

/** The articles as a JSONL file, each line's stored article id, and the single-process BCubed F1. */
async function fixture(dir: string): Promise<Fixture> {
  const lines = readFileSync(DATASET, 'utf8').split('\n').filter(Boolean).slice(0, ARTICLES).map((l, i) => {
    if (i % UNDATED_EVERY !== UNDATED_EVERY - 1) return l;
    const { published: _, ...undated } = JSON.parse(l) as Record<string, unknown>;
    return JSON.stringify(undated);
  });
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const gold = lines.map((l) => String((JSON.parse(l) as { gold: string }).gold));
  const articleIds: (string | null)[] = [];
  for await (const item of readInputs([file])) articleIds.push(item.ok ? articleIdFor(item.article.contentHash) : null);
  expect(articleIds).toHaveLength(lines.length);

  // A few lines are refused at ingest (e.g. text holding replacement characters): ingest then exits 1,
  // naming each, and stores every other line.
  const refused = articleIds.filter((a) => a === null).length;
  const db = join(dir, 'reference.db');
  for (const args of [['ingest', file, '--db', db], ['process', '--db', db]]) {
    const r = await runCli(args, { timeoutMs: TEST_TIMEOUT_MS });
    expect(r.code, r.stderr).toBe(args[0] === 'ingest' && refused > 0 ? 1 : 0);
    if (args[0] === 'ingest') expect(r.stderr.match(/^error: .+:\d+: /gm)?.length ?? 0).toBe(refused);
  }
  const store = new SqliteStore(db);
  try {
    return { file, gold, articleIds, referenceF1: await f1(store, articleIds, gold) };
  } finally {
    await store.close();
  }
}

/** BCubed F1 of the store's stories against gold; a line without a story counts as its own cluster. */
async function f1(store: Store, articleIds: (string | null)[], gold: string[]): Promise<number> {
  const storyOf = await storyOfArticle(store);
  return bcubed(articleIds.map((a, i) => (a && storyOf.get(a)) || `unclustered:${i}`), gold).f1;
}

interface Worker { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> }

function startWorker(db: string): Worker {
  const env = { ...process.env };
  delete env.TRIANGULATE_DB;
  const child = spawn(process.execPath, [CLI, 'worker', '--once', '--db', db], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res, rej) => {
    child.on('error', rej);
    child.on('close', (code, signal) => res({ code, signal, stderr }));
  });
  return { child, exited };
}

describe.runIf(testedBackends().includes('postgres'))('triangulate worker on PostgreSQL', () => {
  let dir: string;
  let cleanup: () => void;
  let data: Fixture;
  let url: string;
  let schema: string;
  let db: string;
  let dropSchema: () => Promise<void>;
  let workers: Worker[] = [];

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    data = await fixture(dir);
  }, TEST_TIMEOUT_MS);
  afterAll(() => cleanup?.());
  beforeEach(async () => {
    const fresh = await freshSchema();
    ({ url, schema } = fresh);
    dropSchema = fresh.drop;
    db = urlWithSchema(url, schema);
    const r = await runCli(['ingest', data.file, '--db', db], { timeoutMs: TEST_TIMEOUT_MS });
    expect(r.code, r.stderr).toBe(data.articleIds.includes(null) ? 1 : 0);
  }, TEST_TIMEOUT_MS);
  afterEach(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited.catch(() => {})));
    workers = [];
    await dropSchema?.();
  });

  /** Every article processed exactly once, and stories within the tolerance of the single process. */
  async function expectAllProcessedOnce(): Promise<void> {
    const distinct = new Set(data.articleIds.filter((a) => a !== null)).size;
    const rows = await withClient(db, async (c) => (await c.query(`SELECT
        (SELECT COUNT(*) FROM articles) AS articles,
        (SELECT COUNT(*) FROM articles WHERE status = 'processed') AS processed,
        (SELECT COUNT(*) FROM story_articles) AS assigned,
        (SELECT COUNT(DISTINCT article_id) FROM story_articles) AS assigned_distinct,
        (SELECT COUNT(*) FROM extractions) AS extractions,
        (SELECT COALESCE(SUM(article_count), 0) FROM stories) AS story_sizes,
        (SELECT value FROM meta WHERE key = 'documents') AS documents,
        (SELECT COUNT(*) FROM articles u JOIN story_articles su ON su.article_id = u.id WHERE u.published IS NULL
          AND EXISTS (SELECT 1 FROM story_articles sd JOIN articles d ON d.id = sd.article_id
            WHERE sd.story_id = su.story_id AND d.published IS NOT NULL)) AS undated_in_dated_story,
        (SELECT COUNT(*) FROM story_sketches) AS sketches,
        (SELECT COUNT(*) FROM story_sketches k JOIN story_articles sa ON sa.article_id = k.article_id WHERE sa.story_id <> k.story_id) AS sketches_astray,
        (SELECT COUNT(*) FROM story_merges m WHERE EXISTS (SELECT 1 FROM stories s WHERE s.id = m.story_id)) AS merged_still_stories,
        (SELECT COUNT(*) FROM articles WHERE published_inferred) AS inferred`)).rows[0] as Record<string, string>);
    const { inferred, ...n } = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, Number(v)]));
    expect(n).toEqual({
      articles: distinct, processed: distinct, assigned: distinct, assigned_distinct: distinct,
      extractions: distinct, story_sizes: distinct, documents: distinct,
      // every article's sketch sits with its story, also after merges, and a merged story is listed no more
      sketches: distinct, sketches_astray: 0, merged_still_stories: 0,
      // dateFromStory ran for every story it had work in, whichever worker saved the article, killed or not
      undated_in_dated_story: 0,
    });
    // The dating paths had work: articles without a date took one from their text or their story.
    expect(inferred).toBeGreaterThan(0);
    const store = await PostgresStore.open(url, { schema });
    try {
      expect(await store.counts()).toMatchObject({ pending: 0, failed: 0 });
      const workersF1 = await f1(store, data.articleIds, data.gold);
      console.log(`BCubed F1: ${WORKERS} workers ${workersF1.toFixed(4)}, one process ${data.referenceF1.toFixed(4)}`);
      expect(Math.abs(workersF1 - data.referenceF1)).toBeLessThanOrEqual(F1_TOLERANCE);
    } finally {
      await store.close();
    }
  }

  it('shares the articles between four workers, each processed once, stories as good as one process makes', async () => {
    workers = Array.from({ length: WORKERS }, () => startWorker(db));
    const results = await Promise.all(workers.map((w) => w.exited));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const done = results.map((r) => Number(/processed (\d+) article/.exec(r.stderr)?.[1] ?? 0));
    expect(done.reduce((a, b) => a + b, 0)).toBe(new Set(data.articleIds.filter(Boolean)).size);
    expect(done.filter((d) => d > 0).length).toBeGreaterThan(1); // the work was shared, not done by one
    await expectAllProcessedOnce();
  }, TEST_TIMEOUT_MS);

  it('loses nothing when a worker is killed mid-batch and started again', async () => {
    workers = Array.from({ length: WORKERS }, () => startWorker(db));
    const total = new Set(data.articleIds.filter(Boolean)).size;
    // Kill the first worker once a fifth of the articles are in: it is then between, or inside, articles.
    let pendingAtKill = total;
    for (const deadline = Date.now() + TEST_TIMEOUT_MS / 2; Date.now() < deadline;) {
      pendingAtKill = await withClient(db, async (c) => Number((await c.query(`SELECT COUNT(*) AS n FROM articles WHERE status = 'pending'`)).rows[0].n));
      if (pendingAtKill <= total * 0.8) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(pendingAtKill).toBeGreaterThan(0);
    workers[0].child.kill('SIGKILL');
    const killed = await workers[0].exited;
    expect(killed.signal).toBe('SIGKILL');
    for (const r of await Promise.all(workers.slice(1).map((w) => w.exited))) expect(r.code, r.stderr).toBe(0);

    const again = startWorker(db);
    workers.push(again);
    const r = await again.exited;
    expect(r.code, r.stderr).toBe(0);
    await expectAllProcessedOnce();
  }, TEST_TIMEOUT_MS);
});

/**
 * A worker saves an article, then dies before the batch's dating runs: the state it leaves is the saved
 * article, undated, in a story whose other article has a date. `processOne` (what a worker does per article,
 * dating excluded) builds exactly that state; then a worker starts with nothing left to process.
 */
for (const backend of testedBackends()) {
  describe(`a restarted worker (${backend})`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      if (backend === 'sqlite') {
        const { dir, cleanup } = tempDir();
        const s = new SqliteStore(join(dir, 'worker.db'));
        store = s;
        dispose = async () => { await s.close(); cleanup(); };
      } else {
        const { url, schema, drop } = await freshSchema();
        const s = await PostgresStore.open(url, { schema });
        store = s;
        dispose = async () => { await s.close(); await drop(); };
      }
    });
    afterEach(async () => dispose?.());

    it('dates from its story an article whose worker died before dating it', async () => {
      const [dated, undated] = await ingestInputs(store, [
        { origin: 'test:dated', input: { source: 'Courier', published: '2024-03-12', title: 'Fire destroys Harwell Street warehouse in Dunmore',
          text: 'A fire destroyed a warehouse on Harwell Street in Dunmore on Tuesday night, fire chief Odile Brannock said.\n\n'
            + 'No one was hurt. Brannock said crews from Dunmore and Pellston fought the blaze for six hours.' } },
        { origin: 'test:undated', input: { source: 'Gazette', title: 'Dunmore warehouse fire on Harwell Street',
          text: 'Dunmore fire chief Odile Brannock said the warehouse fire on Harwell Street started on Tuesday night.\n\n'
            + 'Crews from Dunmore and Pellston fought the blaze, Brannock said. No one was hurt.' } },
      ]);
      const first = await processOne(store, dated.id);
      const second = await processOne(store, undated.id);
      expect(second.storyId).toBe(first.storyId);
      expect((await store.getArticle(undated.id))!.published).toBe(null);
      expect((await store.articleBundle(undated.id))!.extraction.dates).toEqual([]);

      const summary = await runWorker(store, { ...defaultWorkerOptions(), once: true });
      expect(summary).toMatchObject({ processed: 0, failed: 0 });
      expect(await store.getArticle(undated.id)).toMatchObject({ published: '2024-03-12', publishedInferred: true });
      // Its relative dates now resolve: it was extracted again with the story's date.
      const bundle = (await store.articleBundle(undated.id))!;
      expect(bundle.extraction.dates.map((d) => d.date)).toContain('2024-03-12');
    });
  });
}
