/**
 * The HTTP API, in-process through `app.inject`, plus one request over a real loopback port. The same body
 * runs on every backend: SQLite in a temporary folder and PostgreSQL in a fresh schema (see
 * `test/storage/postgres-db.ts`; `TRIANGULATE_TEST_BACKENDS=sqlite` leaves PostgreSQL out on purpose).
 * Articles are made up for these tests.
 */
import { FLOOD_STORY } from '../fixtures/flood-story.js';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryReport } from '../../src/model/schemas.js';
import { CONTENT_SECURITY_POLICY } from '../../src/report/html.js';
import { defaultPipelineOptions, ingestInputs, processPending } from '../../src/pipeline.js';
import { buildApp, reportCacheStats } from '../../src/server/app.js';
import type { Store } from '../../src/storage/store.js';
import { storeBackends } from '../storage/backends.js';
import { dropTestDatabase } from '../storage/postgres-db.js';

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

/** Each backend opens a fresh, empty store; `dispose` closes it and removes what it stored. */
const BACKENDS = storeBackends();

afterAll(dropTestDatabase);

for (const backend of BACKENDS) describe(`HTTP API (${backend.name})`, () => {
  let store: Store;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;

  beforeEach(async () => {
    ({ store, dispose } = await backend.open());
    app = await buildApp(store, { log: () => {} });
  });
  afterEach(async () => {
    await app.close();
    await dispose();
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
    // Every word must match, in the title or a source's name.
    expect((await app.inject({ url: '/api/stories?q=ledger%20flood' })).json().items.map((s: { id: string }) => s.id)).toEqual([all.items[0].id]);
    expect((await app.inject({ url: '/api/stories?q=ledger%20saltmere' })).json().total).toBe(0);

    const recent = (await app.inject({ url: '/api/stories?sort=recent' })).json();
    expect(recent.sort).toBe('recent');
    // The market story (April) before the flood (March), though the flood has more articles.
    expect(recent.items.map((s: { id: string }) => s.id)).toEqual([all.items[1].id, all.items[0].id]);
    expect(recent.items[0].lastDate > recent.items[1].lastDate).toBe(true);
    const badSort = await app.inject({ url: '/api/stories?sort=newest' });
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json().error.message).toMatch(/"sort" must be size .* or recent/);

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
    // The headline opens the text and is marked; the lead follows.
    expect(body.sentences[0]).toMatchObject({ id: `${id}.s0`, text: FLOOD_A.title, headline: true });
    expect(body.sentences[1]).toMatchObject({ id: `${id}.s1`, text: expect.stringMatching(/^A flash flood/) });
    expect(body.sentences[1].headline).toBeUndefined();
    expect(Array.isArray(body.removals)).toBe(true);
    expect(body.storyId).toBe(await firstStoryId());
  });

  it('gives a pending article no story, and the story it joined once processed', async () => {
    const { id } = (await post(FLOOD_A, '?process=false')).json().results[0];
    expect((await app.inject({ url: `/api/articles/${id}` })).json()).toMatchObject({ storyId: null, article: { status: 'pending' } });
    await post(MARKET);
    const { storyId } = (await app.inject({ url: `/api/articles/${id}` })).json();
    const report = (await app.inject({ url: `/api/stories/${storyId}/report` })).json();
    expect(report.articles.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('shows the removed passages of an article with their reasons', async () => {
    const { id } = (await post({ ...FLOOD_B, text: `${FLOOD_B.text}\n\nSign up for our newsletter to get the latest news every morning.` })).json().results[0];
    const { removals, sentences } = (await app.inject({ url: `/api/articles/${id}` })).json();
    expect(removals).toEqual([expect.objectContaining({ reason: 'prompt', text: expect.stringMatching(/^Sign up for our newsletter/) })]);
    expect(sentences.map((x: { text: string }) => x.text).join(' ')).not.toMatch(/newsletter/);
  });

  it('marks the passage its story judged an intruder as removed, with the reason, on the article', async () => {
    const flood = FLOOD_STORY;
    const ids = (await post(flood.map((p, i) => ({ source: `Outlet ${i}`, published: '2031-04-02', text: p.join('\n\n') })))).json()
      .results.map((r: { id: string }) => r.id);
    const { storyId, sentences, removals, omittedSentenceIds } = (await app.inject({ url: `/api/articles/${ids[0]}` })).json();
    expect(storyId).toBeTruthy();
    const intruder = sentences.find((x: { text: string }) => x.text.startsWith('Our quarterly'));
    expect(omittedSentenceIds).toEqual([intruder.id]);
    expect(removals).toContainEqual(expect.objectContaining({ reason: 'intruder', text: flood[0][2] }));
    const other = (await app.inject({ url: `/api/articles/${ids[1]}` })).json();
    expect(other.omittedSentenceIds).toEqual([]);
  });

  it('serves one fact with every sentence its values cite, and 404 for an unknown fact', async () => {
    await post([FLOOD_A, FLOOD_B]);
    const id = await firstStoryId();
    const report = StoryReport.parse((await app.inject({ url: `/api/stories/${id}/report` })).json());
    const injured = report.facts.find((f) => f.measure === 'injured');
    expect(injured, JSON.stringify(report.facts)).toBeDefined();
    const res = await app.inject({ url: `/api/stories/${id}/facts/${injured!.id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ storyId: id, fact: { id: injured!.id, measure: 'injured' } });
    expect(body.event?.id).toBe(injured!.eventId);
    const cited = injured!.values.flatMap((v) => v.citations.map((c) => `${c.articleId}/${c.sentenceId}`));
    expect(body.citations.map((c: { articleId: string; sentenceId: string }) => `${c.articleId}/${c.sentenceId}`)).toEqual([...new Set(cited)]);
    const texts = body.citations.map((c: { text: string }) => c.text).join(' ');
    expect(texts).toMatch(/injuring 12 people/);
    expect(texts).toMatch(/At least 14 people were hurt/);
    expect(body.citations[0]).toMatchObject({ source: expect.any(String), published: '2031-03-14' });

    const none = await app.inject({ url: `/api/stories/${id}/facts/f999` });
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toEqual({ code: 'not_found', message: expect.stringMatching(/no fact "f999"/) });
    expect((await app.inject({ url: `/api/stories/s-none/facts/f1` })).statusCode).toBe(404);
  });

  it('builds a story report once and serves it again until the story changes', async () => {
    await post(FLOOD_A);
    const id = await firstStoryId();
    const before = reportCacheStats(app);
    const first = await app.inject({ url: `/api/stories/${id}/report` });
    const second = await app.inject({ url: `/api/stories/${id}/report` });
    await app.inject({ url: `/api/stories/${id}/report.html` });
    expect(reportCacheStats(app)).toEqual({ builds: before.builds + 1, hits: before.hits + 2 });
    expect(second.body).toBe(first.body);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await app.inject({ url: `/api/stories/${id}/report`, headers: { 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    // Gzipped for a client that accepts it, with its own tag; not for one that refuses it.
    const zipped = await app.inject({ url: `/api/stories/${id}/report`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).not.toBe(etag);
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(first.body);
    const refused = await app.inject({ url: `/api/stories/${id}/report`, headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(first.body);

    // A second article of the same flood joins the story: the next read is built anew and holds it.
    await post(FLOOD_B);
    expect(await firstStoryId()).toBe(id);
    const after = await app.inject({ url: `/api/stories/${id}/report`, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.json().articles).toHaveLength(2);
    expect(reportCacheStats(app).builds).toBe(before.builds + 2);
  });

  it('rebuilds a cached report and the story list when another process adds articles', async () => {
    await post(FLOOD_A);
    const id = await firstStoryId();
    expect((await app.inject({ url: `/api/stories/${id}/report` })).json().articles).toHaveLength(1);
    // Written to the store directly, as the CLI or a worker would: this server is not told.
    expect((await app.inject({ url: '/api/stories' })).json().total).toBe(1);
    await ingestInputs(store, [{ input: FLOOD_B, origin: 'elsewhere' }, { input: MARKET, origin: 'elsewhere' }]);
    await processPending(store);
    expect((await app.inject({ url: `/api/stories/${id}/report` })).json().articles).toHaveLength(2);
    const list = (await app.inject({ url: '/api/stories' })).json();
    expect(list.total).toBe(2);
    expect(list.items.find((s: { id: string }) => s.id === id).articleCount).toBe(2);
  });

  it('builds the report on every request when the cache is off', async () => {
    const uncached = await buildApp(store, { log: () => {}, reportCache: { maxEntries: 0, maxAgeMs: 0 } });
    try {
      await uncached.inject({ method: 'POST', url: '/api/articles', payload: FLOOD_A });
      const id = (await uncached.inject({ url: '/api/stories' })).json().items[0].id;
      for (let i = 0; i < 3; i++) expect((await uncached.inject({ url: `/api/stories/${id}/report` })).statusCode).toBe(200);
      expect(reportCacheStats(uncached)).toEqual({ builds: 3, hits: 0 });
    } finally {
      await uncached.close();
    }
  });

  it('redirects a merged story\'s id to the story it was merged into, whose report lists the merge', async () => {
    // Two reports of one flood kept apart (no article joins another), then a third that fits both merges them.
    const base = defaultPipelineOptions();
    await ingestInputs(store, [FLOOD_A, FLOOD_B].map((input, i) => ({ input, origin: `test:${i}` })));
    await processPending(store, { ...base, cluster: { ...base.cluster, threshold: 2 } });
    const before = (await store.listStories()).map((s) => s.id);
    expect(before).toHaveLength(2);
    const bridge = { ...FLOOD_B, source: 'Osk Valley Radio', title: 'Brackenford flood injures 12 as river Osk overflows', text: `${FLOOD_B.text}\n\n${FLOOD_A.text}` };
    await ingestInputs(store, [{ input: bridge, origin: 'test:bridge' }]);
    await processPending(store, { ...base, cluster: { ...base.cluster, threshold: 0.05, mergeThreshold: 0.05 } });
    const after = (await store.listStories()).map((s) => s.id);
    expect(after).toHaveLength(1);
    const [survivor] = after;
    const [merged] = before.filter((id) => id !== survivor);
    for (const suffix of ['report', 'report.md', 'report.html', 'facts/f1']) {
      const res = await app.inject({ url: `/api/stories/${merged}/${suffix}?x=1` });
      expect(res.statusCode, suffix).toBe(308);
      expect(res.headers.location, suffix).toBe(`/api/stories/${survivor}/${suffix}?x=1`);
    }
    const report = StoryReport.parse((await app.inject({ url: `/api/stories/${survivor}/report` })).json());
    expect(report.articles).toHaveLength(3);
    expect(report.mergedFrom).toMatchObject([{ storyId: merged }]);
    expect((await app.inject({ url: `/api/stories/${survivor}/report.md` })).body).toContain(`Merged from story ${merged} (article`);
  });

  it('answers unknown ids and routes with a 404 JSON error', async () => {
    for (const url of ['/api/stories/s-none/report', '/api/stories/s-none/facts/f1', '/api/stories/s-none/report.html', '/api/stories/s-none/report.md', '/api/articles/a-none', '/api/nothing', '/nothing.html']) {
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
      '/api/stories/{id}/facts/{factId}', '/api/stories/{id}/report', '/api/stories/{id}/report.html', '/api/stories/{id}/report.md',
    ]);
    expect(doc.components.schemas.ArticleDetail.properties.storyId).toBeDefined();
    expect(doc.components.schemas.FactDetail.properties.citations).toBeDefined();
    expect(doc.paths['/api/stories'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['limit', 'offset', 'q', 'sort']);
    // Every path under a story id redirects a merged id; the document says so where it applies, and only there.
    for (const [path, item] of Object.entries(doc.paths) as [string, { get?: { responses: Record<string, unknown> } }][]) {
      expect(Boolean(item.get?.responses['308']), path).toBe(path.startsWith('/api/stories/{id}/'));
    }
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
