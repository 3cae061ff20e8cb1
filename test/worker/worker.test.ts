/**
 * Several `triangulate worker` processes on one PostgreSQL database (`npm run build` first): every article
 * processed once, none lost when a worker is killed, and stories as good as one process makes them.
 * The data: the first ARTICLES lines of the GVA incidents file (publication order), ingested with the CLI.
 * The reference: the same lines through `ingest` + `process` on a SQLite file. Clustering is sensitive to
 * order, and concurrent workers assign in a slightly different order, so the stories are compared by
 * BCubed F1 against the gold incidents (the tolerance: 0.01), not story by story.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storyOfArticle } from '../../eval/engine.js';
import { bcubed } from '../../eval/metrics.js';
import { readInputs } from '../../src/stages/ingest/index.js';
import { PostgresStore } from '../../src/storage/postgres/postgres-store.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { articleIdFor, type Store } from '../../src/storage/store.js';
import { CLI, ROOT, runCli, tempDir } from '../helpers.js';
import { dropTestDatabase, freshSchema, testedBackends, urlWithSchema, withClient } from '../storage/postgres-db.js';

const DATASET = resolve(ROOT, '../shared/datasets/gva-incidents.jsonl');
/** 300 lines (296 distinct articles): 4 workers take about 8 s on a 2-core machine, the reference 4 s. */
const ARTICLES = 300;
const WORKERS = 4;
/** The tolerance for clustering under concurrency. */
const F1_TOLERANCE = 0.01;

afterAll(dropTestDatabase);

interface Fixture { file: string; gold: string[]; articleIds: (string | null)[]; referenceF1: number }

/** The articles as a JSONL file, each line's stored article id, and the single-process BCubed F1. */
async function fixture(dir: string): Promise<Fixture> {
  const lines = readFileSync(DATASET, 'utf8').split('\n').filter(Boolean).slice(0, ARTICLES);
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const gold = lines.map((l) => String((JSON.parse(l) as { gold: string }).gold));
  const articleIds: (string | null)[] = [];
  for await (const item of readInputs([file])) articleIds.push(item.ok ? articleIdFor(item.article.contentHash) : null);
  expect(articleIds).toHaveLength(lines.length);

  const db = join(dir, 'reference.db');
  for (const args of [['ingest', file, '--db', db], ['process', '--db', db]]) {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(0);
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
  });
  afterAll(() => cleanup?.());
  beforeEach(async () => {
    const fresh = await freshSchema();
    ({ url, schema } = fresh);
    dropSchema = fresh.drop;
    db = urlWithSchema(url, schema);
    const r = await runCli(['ingest', data.file, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  });
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
        (SELECT value FROM meta WHERE key = 'documents') AS documents`)).rows[0] as Record<string, string>);
    const n = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, Number(v)]));
    expect(n).toEqual({
      articles: distinct, processed: distinct, assigned: distinct, assigned_distinct: distinct,
      extractions: distinct, story_sizes: distinct, documents: distinct,
    });
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
  }, 90_000);

  it('loses nothing when a worker is killed mid-batch and started again', async () => {
    workers = Array.from({ length: WORKERS }, () => startWorker(db));
    const total = new Set(data.articleIds.filter(Boolean)).size;
    // Kill the first worker once a fifth of the articles are in: it is then between, or inside, articles.
    let pendingAtKill = total;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
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
  }, 90_000);
});
