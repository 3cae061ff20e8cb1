/**
 * The HTTP API, in-process through `app.inject` on a real SQLite store in a temporary folder, plus one
 * request over a real loopback port. Articles are made up for these tests.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryReport } from '../../src/model/schemas.js';
import { CONTENT_SECURITY_POLICY } from '../../src/report/html.js';
import { buildApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { Store } from '../../src/storage/store.js';
import { tempDir } from '../helpers.js';

const HOSTILE = '<script>alert(1)</script>';

const FLOOD_A = {
  source: 'Valley Courier', published: '2031-03-14', title: 'Flood in Brackenford leaves 12 injured',
  text: 'A flash flood swept through the town of Brackenford on Thursday, injuring 12 people, the regional fire service said.\n\n'
    + 'The river Osk burst its banks after two days of heavy rain, flooding about 40 homes near the old mill.\n\n'
    + `One resident wrote ${HOSTILE} on a sign outside the flooded Brackenford library.`,
};
const FLOOD_B = {
  source: 'Northern Ledger', published: '2031-03-14', title: 'Brackenford flood: 14 hurt as river Osk overflows',
  text: 'At least 14 people were hurt when the river Osk flooded Brackenford on Thursday, according to local officials.\n\n'
    + 'The regional fire service said about 40 homes near the old mill were under water after heavy rain.',
};
const MARKET = {
  source: 'Harbour Times', published: '2031-04-02', title: 'Fish market in Saltmere reopens after repairs',
  text: 'The covered fish market in Saltmere reopened on Tuesday after eight months of repairs to its roof, the town council said.\n\n'
    + 'Twenty-six stalls are trading again, and the council expects more to return by the summer.',
};

const jsonl = () => ({ 'content-type': 'application/x-ndjson' });

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let cleanup: () => void;

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    store = new SqliteStore(join(t.dir, 'api.db'));
    app = await buildApp(store, { log: () => {} });
  });
  afterEach(async () => {
    await app.close();
    await store.close();
    cleanup();
  });

  const post = (payload: unknown, query = '') => app.inject({ method: 'POST', url: `/api/articles${query}`, payload: payload as object });
  const postLines = (lines: string[], query = '') =>
    app.inject({ method: 'POST', url: `/api/articles${query}`, headers: jsonl(), payload: lines.join('\n') });
  const firstStoryId = async () => (await app.inject({ url: '/api/stories' })).json().items[0].id as string;

  it('reports health with the store counts', async () => {
    const res = await app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', articles: 0, pending: 0, failed: 0, stories: 0 });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('stores and processes one posted article', async () => {
    const res = await post(FLOOD_A);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results).toEqual([{ line: 1, ok: true, id: expect.any(String), created: true }]);
    expect(body.processed).toEqual({ processed: 1, failed: 0 });
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ articles: 1, pending: 0, stories: 1 });
  });

  it('reports each line of a JSONL batch, stores the good ones and skips a malformed line', async () => {
    const res = await postLines([JSON.stringify(FLOOD_A), '{"text": "broken', '', JSON.stringify({ title: 'no body' }), JSON.stringify(MARKET)], '?process=false');
    expect(res.statusCode).toBe(200);
    const { results, processed } = res.json();
    expect(processed).toBeUndefined();
    expect(results.map((r: { line: number; ok: boolean }) => [r.line, r.ok])).toEqual([[1, true], [2, false], [4, false], [5, true]]);
    expect(results[1].error).toMatch(/not valid JSON/);
    expect(results[2].error).toMatch(/non-empty "text" or "html"/);
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ articles: 2, pending: 2, stories: 0 });
    const stored = await store.getArticle(results[0].id);
    expect(stored).toMatchObject({ source: 'Valley Courier', origin: 'api:1', status: 'pending' });
  });

  it('answers 400 with the per-item results when no item of a batch can be read', async () => {
    const res = await postLines(['not json', JSON.stringify({ text: '   ' })]);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/no article could be read; line 1: not valid JSON/);
    expect(body.results).toHaveLength(2);
    expect((await store.counts()).articles).toBe(0);
  });

  it('stores the same content once: a repeated post answers the same id with created false', async () => {
    const first = (await post(FLOOD_B)).json().results[0];
    const again = (await post({ ...FLOOD_B, source: 'Someone Else', text: `  ${FLOOD_B.text}  ` })).json().results[0];
    expect(again).toEqual({ line: 1, ok: true, id: first.id, created: false });
    expect((await store.counts()).articles).toBe(1);
  });

  it('lists stories a page at a time, filters by title and refuses a bad limit', async () => {
    await post([FLOOD_A, FLOOD_B, MARKET]);
    const all = (await app.inject({ url: '/api/stories' })).json();
    expect(all).toMatchObject({ total: 2, limit: 20, offset: 0 });
    expect(all.items).toHaveLength(2);
    expect(all.items[0]).toMatchObject({ articleCount: 2, sources: expect.arrayContaining(['Valley Courier', 'Northern Ledger']) });

    const page = (await app.inject({ url: '/api/stories?limit=1&offset=1' })).json();
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.items.map((s: { id: string }) => s.id)).toEqual([all.items[1].id]);

    const found = (await app.inject({ url: '/api/stories?q=SALTMERE' })).json();
    expect(found.total).toBe(1);
    expect(found.items[0].title).toMatch(/Saltmere/);
    expect((await app.inject({ url: '/api/stories?q=nowhere' })).json()).toMatchObject({ total: 0, items: [] });

    for (const bad of ['0', '101', 'ten', '2.5']) {
      const res = await app.inject({ url: `/api/stories?limit=${bad}` });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error).toEqual({ code: 'bad_request', message: expect.stringMatching(/"limit" must be a whole number from 1 to 100/) });
    }
    expect((await app.inject({ url: '/api/stories?offset=-1' })).statusCode).toBe(400);
  });

  it('serves a story report that validates against the report contract, and its Markdown', async () => {
    await post([FLOOD_A, FLOOD_B]);
    const id = await firstStoryId();
    const res = await app.inject({ url: `/api/stories/${id}/report` });
    expect(res.statusCode).toBe(200);
    const report = StoryReport.parse(res.json());
    expect(report.id).toBe(id);
    expect(report.articles).toHaveLength(2);
    const md = await app.inject({ url: `/api/stories/${id}/report.md` });
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toContain('Brackenford');
  });

  it('serves the HTML report with its Content-Security-Policy and hostile text escaped', async () => {
    await post(FLOOD_A);
    const id = await firstStoryId();
    const res = await app.inject({ url: `/api/stories/${id}/report.html` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).not.toContain(HOSTILE);
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('serves one article with its sentences and removals', async () => {
    const { id } = (await post(FLOOD_A)).json().results[0];
    const res = await app.inject({ url: `/api/articles/${id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.article).toMatchObject({ id, status: 'processed', source: 'Valley Courier' });
    expect(body.sentences[0]).toMatchObject({ id: `${id}.s0`, text: expect.stringMatching(/^A flash flood/) });
    expect(Array.isArray(body.removals)).toBe(true);
  });

  it('answers unknown ids and routes with a 404 JSON error', async () => {
    for (const url of ['/api/stories/s-none/report', '/api/stories/s-none/report.html', '/api/stories/s-none/report.md', '/api/articles/a-none', '/api/nothing', '/nothing.html']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.json().error, url).toEqual({ code: 'not_found', message: expect.any(String) });
    }
  });

  it('refuses a body of the wrong content type with 415 and a malformed JSON body with 400', async () => {
    const text = await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'text/plain' }, payload: 'some words' });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupported_media_type');
    const broken = await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'application/json' }, payload: '{"text":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('bad_request');
    expect((await post(FLOOD_A, '?process=maybe')).statusCode).toBe(400);
    expect((await store.counts()).articles).toBe(0);
  });

  it('refuses a body over the size limit with 413 and stores nothing', async () => {
    const small = await buildApp(store, { maxBodyBytes: 1024, log: () => {} });
    try {
      const res = await small.inject({ method: 'POST', url: '/api/articles', payload: { text: 'x'.repeat(4096) } });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toEqual({ code: 'body_too_large', message: expect.stringMatching(/over the limit of 1 KB/) });
      expect((await store.counts()).articles).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('lists every route in its OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/articles', '/api/articles/{id}', '/api/health', '/api/openapi.json', '/api/stories',
      '/api/stories/{id}/report', '/api/stories/{id}/report.html', '/api/stories/{id}/report.md',
    ]);
    expect(doc.components.schemas.StoryReport.properties.facts).toBeDefined();
    expect(doc.components.schemas.ArticleInput.properties.text).toBeDefined();
    for (const ref of JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? []) {
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    }
  });

  it('answers over a real loopback port', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect(port).toBeGreaterThan(0);
    const posted = await fetch(`http://127.0.0.1:${port}/api/articles`, {
      method: 'POST', headers: { 'content-type': 'application/jsonl' }, body: `${JSON.stringify(MARKET)}\n`,
    });
    expect(posted.status).toBe(200);
    expect((await posted.json()).results[0]).toMatchObject({ ok: true, created: true });
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', articles: 1, stories: 1 });
  });
});
