/**
 * Bench `api`: the story page under concurrent load on loopback. A temporary SQLite store is filled with
 * the reference corpus and the first `GVA_ARTICLES` GVA articles; a server process (`triangulate serve`'s
 * app, in a child so the load generator does not share its event loop) answers autocannon, which keeps
 * `CONNECTIONS` requests in flight for `DURATION_S` seconds per row. Each row is measured with the report
 * cache off (every request builds the report: the baseline, as before the cache) and on.
 *
 * Rows: the reference story's report JSON (what the web UI's story page loads), plain and gzipped (as a
 * browser asks for it), its HTML page, and the first page of the story list. Latency is autocannon's, in
 * whole milliseconds.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, REFERENCE_CORPUS, loadDataset, seconds } from '../eval/harness.js';
import { ingestAndProcess, openStore } from '../eval/engine.js';
import type { Bench } from './registry.js';

/** GVA articles loaded beside the reference corpus: a store of a few hundred stories (about 10 s to process). */
const GVA_ARTICLES = 300;
/** Requests in flight at once: a newsroom's worth of readers on one story. */
const CONNECTIONS = 10;
const DURATION_S = 8;
const SERVER_FLAG = '--api-bench-server';

/** The subset of autocannon's API used here (it ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface ApiRow {
  target: string;
  cache: 'off' | 'on';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
}

interface StoreFacts { articles: number; stories: number; dbMb: number; storyId: string; storyArticles: number; storyFacts: number; reportKb: number; buildSeconds: number }

/** Fills a store file with the reference corpus and the GVA articles; returns its size and the reference story. */
async function fill(dbPath: string, dataDir: string, progress: (line: string) => void): Promise<StoreFacts> {
  const { ingestPaths, processPending, buildReport } = await import('../src/pipeline.js');
  const store = await openStore(dbPath);
  try {
    // The reference corpus first, alone: its largest story is the page measured.
    await ingestPaths(store, [REFERENCE_CORPUS]);
    await processPending(store);
    const storyId = (await store.listStories())[0].id;
    const rows = (await loadDataset(dataDir, 'gva-incidents.jsonl')).slice(0, GVA_ARTICLES);
    progress(`api: processing ${rows.length} GVA articles beside the reference corpus`);
    await ingestAndProcess(store, rows);
    const t0 = process.hrtime.bigint();
    const report = (await buildReport(store, [storyId])).stories[0];
    const buildSeconds = seconds(t0);
    const c = await store.counts();
    return {
      articles: c.articles, stories: c.stories, dbMb: 0, storyId, storyArticles: report.articles.length,
      storyFacts: report.facts.length, reportKb: Buffer.byteLength(JSON.stringify(report)) / 1024, buildSeconds,
    };
  } finally {
    await store.close();
  }
}

/** In the server child: serves the store until the parent disconnects. */
async function serveChild(dbPath: string, cache: boolean): Promise<void> {
  const { buildApp } = await import('../src/server/app.js');
  const { defaultReportCacheOptions } = await import('../src/server/report-cache.js');
  const store = await openStore(dbPath);
  const app = await buildApp(store, { log: () => {}, reportCache: cache ? defaultReportCacheOptions() : { maxEntries: 0, maxAgeMs: 0 } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ url });
  process.once('disconnect', () => {
    app.server.closeAllConnections();
    void app.close().then(() => store.close()).then(() => process.exit(0));
  });
}

/** Starts a server child on the store and resolves with its base URL. */
function startServer(dbPath: string, cache: boolean): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [SERVER_FLAG, dbPath, cache ? 'on' : 'off'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m: { url: string }) => resolve({ url: m.url, child }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server child exited (code ${code}) before listening`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.disconnect();
  });
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Omit<ApiRow, 'target' | 'cache'>> {
  // One request first, so the cached rows measure serving, not the one build.
  const warm = await fetch(url);
  if (!warm.ok) throw new Error(`GET ${url} answered ${warm.status}: ${await warm.text()}`);
  await warm.arrayBuffer();
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    requestsPerSecond: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99,
    requests: r.requests.total, failures: r.errors + r.timeouts + r.non2xx,
  };
}

export async function benchApi(progress: (line: string) => void, dataDir = DEFAULT_DATA_DIR): Promise<{ store: StoreFacts; rows: ApiRow[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-api-'));
  const dbPath = join(dir, 'api.db');
  try {
    const facts = await fill(dbPath, dataDir, progress);
    facts.dbMb = statSync(dbPath).size / 1024 / 1024;
    const targets = [
      { target: 'story report JSON', path: `/api/stories/${encodeURIComponent(facts.storyId)}/report` },
      // What a browser asks for: the same JSON, gzipped.
      { target: 'story report JSON, gzip', path: `/api/stories/${encodeURIComponent(facts.storyId)}/report`, headers: { 'accept-encoding': 'gzip' } },
      { target: 'story report HTML page', path: `/api/stories/${encodeURIComponent(facts.storyId)}/report.html` },
      { target: 'story list, first page', path: '/api/stories?limit=20' },
    ];
    const rows: ApiRow[] = [];
    for (const cache of ['off', 'on'] as const) {
      const { url, child } = await startServer(dbPath, cache === 'on');
      try {
        for (const t of targets) {
          progress(`api: ${t.target}, cache ${cache}: ${CONNECTIONS} connections for ${DURATION_S} s`);
          rows.push({ target: t.target, cache, ...(await load(url + t.path, t.headers)) });
        }
      } finally {
        await stopServer(child);
      }
    }
    return { store: facts, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const apiBench: Bench = {
  description: `story page under load on loopback (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s a row): req/s, p50/p99 ms, report cache off vs on`,
  async run(progress) {
    const { store, rows } = await benchApi(progress);
    const on = (t: string) => rows.find((r) => r.target === t && r.cache === 'on')!;
    const off = (t: string) => rows.find((r) => r.target === t && r.cache === 'off')!;
    return {
      tables: [{
        title: `loopback, SQLite file: ${store.articles} articles, ${store.stories} stories, ${store.dbMb.toFixed(1)} MB`,
        rows: [['target', 'cache', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failed'],
          ...rows.map((r) => [r.target, r.cache, r.requestsPerSecond.toFixed(0), String(r.p50Ms), String(r.p99Ms), String(r.requests), String(r.failures)])],
      }],
      notes: [
        `the story: the reference corpus's (${store.storyArticles} articles, ${store.storyFacts} facts, report ${store.reportKb.toFixed(0)} KB as JSON; one build ${(store.buildSeconds * 1000).toFixed(0)} ms in the bench process)`,
        `cache on vs off, same run: report JSON ${(on('story report JSON').requestsPerSecond / off('story report JSON').requestsPerSecond).toFixed(1)}x req/s, gzipped ${(on('story report JSON, gzip').requestsPerSecond / off('story report JSON, gzip').requestsPerSecond).toFixed(1)}x, HTML page ${(on('story report HTML page').requestsPerSecond / off('story report HTML page').requestsPerSecond).toFixed(1)}x, story list ${(on('story list, first page').requestsPerSecond / off('story list, first page').requestsPerSecond).toFixed(1)}x`,
        'cache off builds every report and reads the story list from the store on every request (as before the caches)',
        'server and load generator share the machine: figures vary with its other load',
      ],
      json: { store, connections: CONNECTIONS, durationSeconds: DURATION_S, rows },
    };
  },
};

if (process.argv[2] === SERVER_FLAG && process.send) {
  serveChild(process.argv[3], process.argv[4] === 'on').catch((e: unknown) => {
    process.stderr.write(`api bench server: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
