/**
 * Bench `workers`: articles per second with 1, 2 and 4 worker processes sharing one PostgreSQL database,
 * against one process on a SQLite file, on the same GVA articles in one run, and where the workers' time goes.
 *
 * - Corpus: the first `TRIANGULATE_BENCH_ARTICLES` lines of gva-incidents.jsonl (default: all 1,856), input
 *   fields only, ingested before the clock starts; the figure is processing alone (clean → … → cluster →
 *   save, plus dating from stories), which is what workers share.
 * - SQLite: `processPending` in a child process (`runInChild`) on a temp file.
 * - PostgreSQL: a fresh database for the run (`TRIANGULATE_BENCH_PG` names the server, default the local
 *   one), a fresh schema per worker count. Each worker is a child process running `runWorker` with
 *   concurrency 1, as `triangulate worker --once` does; the children wait at a barrier (an advisory lock the
 *   bench holds) until all have loaded, so the clock does not count start-up.
 * - Inside each worker the statements sent to the server are counted (`pg.Client#query`, wrapped in that
 *   process only: every round trip, BEGIN and COMMIT included), and split by whether the assignment lock
 *   was held, those under it timed. The lock's wait and hold times come from `runWorker`'s summary.
 * - `TRIANGULATE_BENCH_ASYNC_COMMIT=1` adds the worker rows again with `synchronous_commit = off` (the
 *   commit, under the lock, then does not wait for its WAL flush).
 * - BCubed F1 of each run against the gold incidents, beside the SQLite one: concurrency must not cost
 *   clustering quality (the tolerance is 0.01).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bcubed } from '../eval/metrics.js';
import { storyOfArticle } from '../eval/engine.js';
import { DEFAULT_DATA_DIR, loadDataset, newsInput, runInChild, seconds, UsageError } from '../eval/harness.js';
import type { Bench } from './registry.js';

const DATASET = 'gva-incidents.jsonl';
const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
/** The worker counts measured on PostgreSQL. */
export const WORKER_COUNTS = [1, 2, 4];
/** Advisory-lock key of the start barrier (an arbitrary constant, in a database of the bench's own). */
const BARRIER = [0x6265, 0x6e63];

export interface WorkersRow {
  setup: string;
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  f1: number;
  /** Summed over workers, per processed article (ms). */
  lockWaitMs: number;
  lockHeldMs: number;
  /** Sum of hold times over the run's wall time: near 1, the lock is what every worker queues for. */
  lockBusy: number;
  queriesPerArticle: number;
  /** Of which sent while the assignment lock was held. */
  lockQueriesPerArticle: number;
  /** Statements under the lock, per article (ms): the candidate read, the story's writes, COMMIT (the rest is the decision). */
  inLock: { candidates: number; writes: number; commit: number };
}

function corpusSize(): number {
  const raw = process.env.TRIANGULATE_BENCH_ARTICLES;
  if (raw === undefined || raw === '') return Number.POSITIVE_INFINITY;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 10) throw new UsageError(`TRIANGULATE_BENCH_ARTICLES=${raw}: give a whole number of articles, at least 10`);
  return n;
}

async function corpus(dataDir: string, size: number) {
  return (await loadDataset(dataDir, DATASET)).slice(0, size);
}

/** Child: ingest + `processPending` on a temp SQLite file; times processing alone. */
export async function runSqlite({ dataDir, size }: { dataDir: string; size: number }) {
  const { SqliteStore } = await import('../src/storage/sqlite/sqlite-store.js');
  const { ingestInputs, processPending } = await import('../src/pipeline.js');
  const rows = await corpus(dataDir, size);
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  try {
    const added = await ingestInputs(store, rows.map((r) => ({ input: newsInput(r), origin: `bench:${r.id}` })));
    const t0 = process.hrtime.bigint();
    const summary = await processPending(store);
    const s = seconds(t0);
    const storyOf = await storyOfArticle(store);
    const f1 = bcubed(added.map((a, i) => storyOf.get(a.id) ?? `unclustered:${i}`), rows.map((r) => r.gold)).f1;
    return { processed: summary.processed, failed: summary.failed, seconds: s, f1 };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface WorkerRun {
  processed: number;
  failed: number;
  /** Epoch ms when this worker passed the barrier and when it found no work left. */
  startedAt: number;
  endedAt: number;
  lockWaitMs: number;
  lockHeldMs: number;
  queries: number;
  lockQueries: number;
  inLock: { candidates: number; writes: number; commit: number };
}

/** Child: one worker process on the schema, after the barrier; counts its statements and times its store calls. */
export async function runPgWorker({ url, schema }: { url: string; schema: string }): Promise<WorkerRun> {
  let queries = 0;
  let lockQueries = 0;
  let inLock = false;
  const timed = { candidates: 0, writes: 0, commit: 0 };
  const query = pg.Client.prototype.query;
  // Every statement of this process goes through a Client (a pool lends Clients): count them there. The
  // assignment lock is a transaction-level advisory lock: held from the statement taking it to COMMIT.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const sql = typeof args[0] === 'string' ? args[0] : '';
    queries++;
    const locked = inLock;
    if (locked) lockQueries++;
    if (sql.includes('pg_advisory_xact_lock')) inLock = true;
    const ends = sql === 'COMMIT' || sql === 'ROLLBACK';
    if (ends) inLock = false;
    const t0 = performance.now();
    const result = (query as (...a: unknown[]) => unknown).apply(this, args);
    if (locked && result instanceof Promise) {
      const slot = ends ? 'commit' : sql.trimStart().startsWith('SELECT s.profile') ? 'candidates' : 'writes';
      result.then(() => { timed[slot] += performance.now() - t0; }, () => {});
    }
    return result;
  } as typeof query;

  const { PostgresStore } = await import('../src/storage/postgres/postgres-store.js');
  const { runWorker, defaultWorkerOptions } = await import('../src/worker.js');
  const store = await PostgresStore.open(url, { schema });

  try {
    const barrier = new pg.Client({ connectionString: url });
    await barrier.connect();
    await barrier.query('SELECT pg_advisory_lock_shared($1, $2)', BARRIER);
    await barrier.end();
    queries = 0;
    lockQueries = 0;
    const startedAt = Date.now();
    const summary = await runWorker(store, { ...defaultWorkerOptions(), once: true, pollMs: 50 });
    return {
      processed: summary.processed, failed: summary.failed, startedAt, endedAt: Date.now(),
      lockWaitMs: summary.lockWaitMs, lockHeldMs: summary.lockHeldMs, queries, lockQueries, inLock: timed,
    };
  } finally {
    await store.close();
  }
}

/** Runs `n` worker processes on a fresh schema holding the ingested corpus; one row of the table. */
async function runPg(serverDb: string, n: number, dataDir: string, size: number, progress: (l: string) => void, setup: string): Promise<WorkersRow> {
  const { PostgresStore } = await import('../src/storage/postgres/postgres-store.js');
  const { ingestInputs } = await import('../src/pipeline.js');
  const schema = `bench_${n}_${randomBytes(3).toString('hex')}`;
  const rows = await corpus(dataDir, size);
  const store = await PostgresStore.open(serverDb, { schema });
  const added = await ingestInputs(store, rows.map((r) => ({ input: newsInput(r), origin: `bench:${r.id}` })));
  const barrier = new pg.Client({ connectionString: serverDb });
  await barrier.connect();
  try {
    await barrier.query('SELECT pg_advisory_lock($1, $2)', BARRIER);
    const url = serverDb;
    const children = Array.from({ length: n }, () => runInChild<WorkerRun>(fileURLToPath(import.meta.url), 'runPgWorker', { url, schema }));
    // Open the barrier once every worker waits at it.
    for (;;) {
      const { rows: [w] } = await barrier.query(`SELECT COUNT(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
        AND classid = $1 AND objid = $2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, BARRIER);
      if (w.n >= n) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await barrier.query('SELECT pg_advisory_unlock($1, $2)', BARRIER);
    progress(`workers: ${n} on PostgreSQL, running`);
    const runs = (await Promise.all(children)).map((c) => c.value);
    const span = (Math.max(...runs.map((r) => r.endedAt)) - Math.min(...runs.map((r) => r.startedAt))) / 1000;
    const processed = runs.reduce((a, r) => a + r.processed, 0);
    const counts = await store.counts();
    if (counts.pending !== 0 || counts.failed !== 0 || processed + runs.reduce((a, r) => a + r.failed, 0) !== counts.articles) {
      throw new Error(`${n} workers left ${counts.pending} pending, ${counts.failed} failed, processed ${processed} of ${counts.articles}`);
    }
    const storyOf = await storyOfArticle(store);
    const f1 = bcubed(added.map((a, i) => storyOf.get(a.id) ?? `unclustered:${i}`), rows.map((r) => r.gold)).f1;
    const sum = (f: (r: WorkerRun) => number) => runs.reduce((a, r) => a + f(r), 0);
    const per = (x: number) => x / processed;
    return {
      setup, workers: n, articles: processed, seconds: span, articlesPerSecond: processed / span, f1,
      lockWaitMs: per(sum((r) => r.lockWaitMs)), lockHeldMs: per(sum((r) => r.lockHeldMs)),
      lockBusy: sum((r) => r.lockHeldMs) / 1000 / span,
      queriesPerArticle: per(sum((r) => r.queries)), lockQueriesPerArticle: per(sum((r) => r.lockQueries)),
      inLock: {
        candidates: per(sum((r) => r.inLock.candidates)), writes: per(sum((r) => r.inLock.writes)), commit: per(sum((r) => r.inLock.commit)),
      },
    };
  } finally {
    await barrier.end();
    await store.close();
    const c = new pg.Client({ connectionString: serverDb });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => c.end());
  }
}

export async function benchWorkers(progress: (line: string) => void, dataDir = DEFAULT_DATA_DIR): Promise<WorkersRow[]> {
  const size = corpusSize();
  const out: WorkersRow[] = [];
  progress('workers: one process on SQLite (child process)');
  const base = (await runInChild<Awaited<ReturnType<typeof runSqlite>>>(fileURLToPath(import.meta.url), 'runSqlite', { dataDir, size })).value;
  out.push({
    setup: 'SQLite file', workers: 1, articles: base.processed, seconds: base.seconds, articlesPerSecond: base.processed / base.seconds,
    f1: base.f1, lockWaitMs: 0, lockHeldMs: 0, lockBusy: 0, queriesPerArticle: 0, lockQueriesPerArticle: 0,
    inLock: { candidates: 0, writes: 0, commit: 0 },
  });

  const server = process.env.TRIANGULATE_BENCH_PG || DEFAULT_SERVER;
  const name = `triangulate_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    try { await c.query(sql); } finally { await c.end(); }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    for (const n of WORKER_COUNTS) {
      progress(`workers: ${n} on PostgreSQL, ingesting`);
      out.push(await runPg(url.toString(), n, dataDir, size, progress, 'PostgreSQL'));
    }
    if (process.env.TRIANGULATE_BENCH_ASYNC_COMMIT === '1') {
      // The same again with the commit not waiting for its WAL flush (new connections of this database).
      await admin(`ALTER DATABASE ${name} SET synchronous_commit = off`);
      for (const n of WORKER_COUNTS) {
        progress(`workers: ${n} on PostgreSQL (asynchronous commit), ingesting`);
        out.push(await runPg(url.toString(), n, dataDir, size, progress, 'PostgreSQL, async commit'));
      }
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  return out;
}

const ms = (x: number) => x.toFixed(2);

export const workersBench: Bench = {
  description: 'articles/s with 1, 2 and 4 worker processes on PostgreSQL vs one process on SQLite; lock times, queries per article',
  async run(progress) {
    const rows = await benchWorkers(progress);
    const base = rows[0];
    return {
      tables: [{
        title: `processing ${base.articles} GVA articles (ingested beforehand), ${cpus().length} cores shared with the database server`,
        rows: [['setup', 'workers', 'articles', 'seconds', 'articles/s', 'vs SQLite', 'BCubed F1'],
          ...rows.map((r) => [r.setup, String(r.workers), String(r.articles), r.seconds.toFixed(1), r.articlesPerSecond.toFixed(1),
            `${(r.articlesPerSecond / base.articlesPerSecond).toFixed(2)}x`, r.f1.toFixed(4)])],
      }, {
        title: 'where the workers\' time goes (per article; lock busy = hold time summed over workers / wall time)',
        rows: [['setup', 'workers', 'lock wait ms', 'lock held ms', 'lock busy', 'queries', 'under lock', 'candidates ms', 'writes ms', 'commit ms'],
          ...rows.slice(1).map((r) => [r.setup, String(r.workers), ms(r.lockWaitMs), ms(r.lockHeldMs), `${(100 * r.lockBusy).toFixed(0)}%`,
            r.queriesPerArticle.toFixed(1), r.lockQueriesPerArticle.toFixed(1), ms(r.inLock.candidates), ms(r.inLock.writes), ms(r.inLock.commit)])],
      }],
      notes: [
        'seconds: processing only (from the start barrier until the last worker finds no work), start-up and ingest excluded',
        'queries: statements each worker sent to the server (BEGIN/COMMIT and lock statements included); under lock: sent while holding the assignment lock (COMMIT included, the statement taking it not)',
        'candidates / writes / commit ms: statements sent while holding the lock: the candidate read, the story\'s rows, COMMIT (the rest of the hold is the decision in JS)',
        'timings are noisy on a shared machine: compare rows of one run, not runs',
      ],
      json: { runs: rows },
    };
  },
};
