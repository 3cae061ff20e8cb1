/**
 * The HTTP API: a fastify instance over a `Store`. `buildApp(store, options)` returns it unstarted, so
 * tests drive it in-process with `app.inject` and `triangulate serve` calls `listen`. The server owns no
 * state beyond the store; the store is the caller's to close.
 *
 * Limits: the body size (`maxBodyBytes`, default 10 MB; over it → 413), the page size of story lists
 * (max 100) and each article's size (the ingest limit). A bad request never changes what is stored: a
 * batch line that cannot be read is reported in its result and skipped, every good line is stored.
 *
 * Story reports are built once per story version and kept (`report-cache.ts`): the story page is read far
 * more often than its story changes. Report responses carry an ETag; a client that sends it back with
 * If-None-Match is answered 304 without a body.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type Citation } from '../model/schemas.js';
import type { StorySummary } from '../model/story.js';
import { buildReport, defaultPipelineOptions, processPending, type PipelineOptions } from '../pipeline.js';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../report/html.js';
import {
  EMPTY_TEXT, ENTITY_TYPE_LABELS, ENTITY_TYPE_ORDER, REMOVAL_LABELS, SECTION_TITLES, STATUS_EXPLANATIONS, STATUS_LABELS, UNATTRIBUTED,
} from '../report/labels.js';
import { renderMarkdown } from '../report/markdown.js';
import { parseArticleInput, toNewArticle } from '../stages/ingest/index.js';
import type { Store } from '../storage/store.js';
import { ACCEPTED_TYPES, ApiError, classify, errorBody } from './errors.js';
import { openApiDocument } from './openapi.js';
import { defaultReportCacheOptions, ReportCache, StoryListCache, type CachedReport, type ReportCacheOptions } from './report-cache.js';
import { FactParams, IdParams, IngestQuery, StoriesQuery, type CitedSentence, type IngestItemResult } from './schemas.js';
import { headlineSentenceIds } from '../text/headline.js';

export interface ServerOptions {
  /** Largest request body, in bytes; a larger one is refused with 413 before it is read whole. */
  maxBodyBytes: number;
  /** Pipeline options for processing and reports (the ingest limit on one article's size among them). */
  pipeline: PipelineOptions;
  /** Where unexpected (500) errors are told; they never reach the client beyond their code. */
  log: (line: string) => void;
  /** How many story reports are kept built, and for how long (`maxEntries: 0` builds one per request); the story list is kept alike. */
  reportCache: ReportCacheOptions;
}

/** 10 MB, the same as the largest article ingest accepts: one maximal article fits in one request. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export function defaultServerOptions(): ServerOptions {
  return Object.freeze({
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    pipeline: defaultPipelineOptions(),
    log: (line: string) => process.stderr.write(`${line}\n`),
    reportCache: defaultReportCacheOptions(),
  });
}

/**
 * The web UI: static files from `web/` next to this module (`src/web` under tsx, `dist/web` after the build,
 * which copies them), served as they are — no bundler, nothing loaded from elsewhere.
 */
const WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));
const WEB_FILES: Readonly<Record<string, { file: string; type: string }>> = Object.freeze({
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
});
/**
 * `/labels.js`: the words the reports use (`src/report/labels.ts`), as a module the UI imports, so the web
 * page and the HTML and Markdown reports name statuses, removal reasons, sections and types alike.
 */
const LABELS_MODULE = `// Made by the server from src/report/labels.ts: the reports' wording, shared with the UI.\nexport const LABELS = Object.freeze(${JSON.stringify({
  STATUS_LABELS, STATUS_EXPLANATIONS, REMOVAL_LABELS, ENTITY_TYPE_ORDER, ENTITY_TYPE_LABELS, SECTION_TITLES, EMPTY_TEXT, UNATTRIBUTED,
})});\n`;

/**
 * The UI's Content-Security-Policy: its own script and style files only, fetches to this server only, no
 * inline script or style, no framing. `base-uri`, `form-action` and `frame-ancestors` do not fall back to
 * default-src, so they are named.
 */
export const UI_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Content types `POST /api/articles` reads as one article a line. */
const LINE_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/json-lines'];
/** Where an article sent through the API says it came from (`api:N` for line N of a batch). */
const ORIGIN = 'api';

/** Each app's report cache, for `reportCacheStats`. */
const CACHES = new WeakMap<FastifyInstance, ReportCache>();

/** How many story reports the app has built and served from its cache (for tests and the bench). */
export function reportCacheStats(app: FastifyInstance): { builds: number; hits: number } {
  const cache = CACHES.get(app);
  if (!cache) throw new Error('reportCacheStats: not an app made by buildApp');
  return { ...cache.stats };
}

export async function buildApp(store: Store, overrides: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const options: ServerOptions = { ...defaultServerOptions(), ...overrides };
  const app = Fastify({ logger: false, bodyLimit: options.maxBodyBytes });
  const reports = new ReportCache(options.reportCache);
  const storyList = new StoryListCache(options.reportCache);
  CACHES.set(app, reports);
  /** Every story's summary, as of the store's current counts. */
  const stories = async () => storyList.get(await store.counts(), () => store.listStories());
  const invalidate = () => {
    reports.invalidateAll();
    storyList.invalidateAll();
  };

  // Lines are parsed per item in the route, so one bad line spoils only itself.
  app.addContentTypeParser(LINE_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, { lines: body as string }));

  app.setErrorHandler((e, request, reply) => {
    const { status, body, unexpected } = classify(e);
    if (unexpected) options.log(`error: ${request.method} ${request.url}: ${(e as Error).stack ?? String(e)}`);
    if (body.error.code === 'body_too_large') {
      body.error.message = `the body is over the limit of ${mb(options.maxBodyBytes)} (the server's --max-body); send fewer articles a request`;
    }
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}; GET /api/openapi.json lists them`)));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
  });

  // Processing is serial: two requests must not process the same pending article at once.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  // A merged story's id redirects to the story it was merged into (the same path with the surviving id);
  // an unknown id goes on to its route, which answers 404.
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.url?.startsWith('/api/stories/:id/')) return;
    const params = IdParams.safeParse(request.params);
    if (!params.success) return; // the route answers 400
    const { id } = params.data;
    if ((await stories()).byId.has(id)) return;
    const into = await store.resolveStory(id);
    if (into === null || into === id) return;
    const [path, query] = request.url.split(/\?(.*)/s);
    const target = path.replace(/^\/api\/stories\/[^/]+/, `/api/stories/${encodeURIComponent(into)}`);
    return reply.redirect(query ? `${target}?${query}` : target, 308);
  });

  app.get('/api/health', async () => {
    const c = await store.counts();
    return { status: 'ok', articles: c.articles, pending: c.pending, failed: c.failed, stories: c.stories };
  });

  app.get('/api/openapi.json', async () => openApiDocument());

  app.post('/api/articles', async (request, reply) => {
    const query = parse(IngestQuery, request.query, 'query');
    const items = readItems(request);
    const results: IngestItemResult[] = [];
    for (const item of items) {
      if ('error' in item) {
        results.push({ line: item.line, ok: false, error: item.error });
        continue;
      }
      const checked = toArticle(item.data, item.line, items.length > 1 || item.batch, options);
      if ('error' in checked) {
        results.push({ line: item.line, ok: false, error: checked.error });
        continue;
      }
      const r = await store.addArticle(checked.article);
      results.push({ line: item.line, ok: true, id: r.id, created: r.created });
    }
    // Processing changes stories; so, in principle, does storing (another process may process it first).
    if (results.some((r) => r.created)) invalidate();
    if (!results.some((r) => r.ok)) {
      const first = results[0];
      throw new ApiError('bad_request', first ? `no article could be read; line ${first.line}: ${first.error}` : 'the body holds no articles', { results });
    }
    const processed = query.process === 'true' ? await exclusive(() => processPending(store, options.pipeline)) : undefined;
    if (processed && processed.processed + processed.failed > 0) invalidate();
    return reply.status(200).send({ results, ...(processed ? { processed } : {}) });
  });

  app.get('/api/articles/:id', async (request) => {
    const { id } = parse(IdParams, request.params, 'path');
    const bundle = await store.articleBundle(id);
    if (!bundle) throw new ApiError('not_found', `no article with id "${id}"`);
    const headline = headlineSentenceIds(bundle.sentences, bundle.article.title);
    const found = { ...bundle, sentences: bundle.sentences.map((s) => (headline.has(s.id) ? { ...s, headline: true } : s)) };
    const storyId = found.article.status === 'processed' ? await store.storyOfArticle(id) : null;
    const profile = storyId ? (await stories()).byId.get(storyId) : undefined;
    if (!storyId || !profile) return { article: found.article, storyId, sentences: found.sentences, removals: found.removals, omittedSentenceIds: [] };
    // What the story's report leaves out of this article (intruders are judged against the whole story).
    // The article is still served if its story's report cannot be built; the failure is logged.
    let story;
    try {
      story = (await reports.get(storyId, profile, () => buildReport(store, [storyId], options.pipeline))).report.stories[0];
    } catch (e) {
      options.log(`error: GET ${request.url}: the report of story ${storyId} failed: ${(e as Error).stack ?? String(e)}`);
      return { article: found.article, storyId, sentences: found.sentences, removals: found.removals, omittedSentenceIds: [] };
    }
    const kept = new Set(story.articles.find((a) => a.id === id)?.sentences.map((x) => x.id) ?? found.sentences.map((x) => x.id));
    const stored = new Set(found.removals.map((r) => JSON.stringify([r.reason, r.text])));
    const fromStory = story.removed.filter((r) => r.articleId === id && !stored.has(JSON.stringify([r.reason, r.text])))
      .map((r) => ({ ...r, detail: 'found when the article was read with its story' }));
    return {
      article: found.article, storyId, sentences: found.sentences, removals: [...found.removals, ...fromStory],
      omittedSentenceIds: found.sentences.filter((x) => !kept.has(x.id)).map((x) => x.id),
    };
  });

  app.get('/api/stories', async (request) => {
    const { limit, offset, q, sort } = parse(StoriesQuery, request.query, 'query');
    const terms = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const all = (await stories()).items;
    const matching = terms.length ? all.filter((s) => matches(s, terms)) : [...all];
    // The store lists the largest first; recency is the latest event or publication date, undated last.
    if (sort === 'recent') matching.sort((a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || b.articleCount - a.articleCount);
    return { total: matching.length, limit, offset, sort, items: matching.slice(offset, offset + limit) };
  });

  /** The story's cached report; a 404 for an unknown story. */
  const storyReport = async (request: FastifyRequest): Promise<CachedReport> => {
    const { id } = parse(IdParams, request.params, 'path');
    const profile = (await stories()).byId.get(id);
    if (!profile) throw new ApiError('not_found', `no story with id "${id}"; GET /api/stories lists them`);
    return reports.get(id, profile, () => buildReport(store, [id], options.pipeline));
  };
  /**
   * Sends one rendering of a cached report with its ETag, or 304 when the client already holds it; gzipped
   * (kept with the report) when the client accepts gzip. Each encoding has its own tag.
   */
  const sendReport = (request: FastifyRequest, reply: FastifyReply, cached: CachedReport, kind: string, type: string, body: () => string) => {
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    const etag = `"${cached.etag}-${kind}${gzip ? '-gz' : ''}"`;
    reply.header('ETag', etag).header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    if (gzip) return reply.type(type).header('Content-Encoding', 'gzip').send(cached.gzip(kind, body));
    return reply.type(type).send(body());
  };
  app.get('/api/stories/:id/report', async (request, reply) => {
    const cached = await storyReport(request);
    return sendReport(request, reply, cached, 'json', 'application/json; charset=utf-8', () => cached.json);
  });
  app.get('/api/stories/:id/report.html', async (request, reply) => {
    const cached = await storyReport(request);
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return sendReport(request, reply, cached, 'html', 'text/html; charset=utf-8', () => cached.rendered('html', renderHtml));
  });
  app.get('/api/stories/:id/report.md', async (request, reply) => {
    const cached = await storyReport(request);
    return sendReport(request, reply, cached, 'md', 'text/markdown; charset=utf-8', () => cached.rendered('md', renderMarkdown));
  });

  app.get('/api/stories/:id/facts/:factId', async (request) => {
    const { id, factId } = parse(FactParams, request.params, 'path');
    const cached = await storyReport(request);
    const story = cached.report.stories[0];
    const fact = story.facts.find((f) => f.id === factId);
    if (!fact) throw new ApiError('not_found', `story "${id}" has no fact "${factId}"; its report lists its facts`);
    return { storyId: id, fact, event: story.events.find((e) => e.id === fact.eventId) ?? null, citations: citedSentences(story, fact.values.flatMap((v) => v.citations)) };
  });

  for (const [path, { file, type }] of Object.entries(WEB_FILES)) {
    // Read on each request: small files, and an edited file shows on reload during development.
    app.get(path, async (_request, reply: FastifyReply) =>
      reply
        .type(type)
        .header('Content-Security-Policy', UI_CONTENT_SECURITY_POLICY)
        .header('Cache-Control', 'no-cache')
        .header('Referrer-Policy', 'no-referrer')
        .send(await readFile(WEB_DIR + file)));
  }

  app.get('/labels.js', async (_request, reply: FastifyReply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('Content-Security-Policy', UI_CONTENT_SECURITY_POLICY)
      .header('Cache-Control', 'no-cache')
      .send(LABELS_MODULE));

  return app;
}

/** True when an Accept-Encoding header allows gzip (named, or `*`, with a q above 0). */
function acceptsGzip(header: string | string[] | undefined): boolean {
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim());
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** True when every term is in the story's title or one of its sources' names (terms lower-cased). */
function matches(story: StorySummary, terms: string[]): boolean {
  const hay = [story.title, ...story.sources].join('\n').toLowerCase();
  return terms.every((t) => hay.includes(t));
}

/** Citations resolved to their sentences and articles, each once, in order of first citation. */
function citedSentences(story: CachedReport['report']['stories'][number], citations: Citation[]): CitedSentence[] {
  const out: CitedSentence[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    const key = JSON.stringify([c.articleId, c.sentenceId]);
    if (seen.has(key)) continue;
    seen.add(key);
    const a = story.articles.find((x) => x.id === c.articleId);
    const sentence = a?.sentences.find((x) => x.id === c.sentenceId);
    if (!a || !sentence) continue;
    out.push({ articleId: a.id, sentenceId: sentence.id, text: sentence.text, source: a.source, title: a.title, url: a.url, published: a.published, publishedInferred: a.publishedInferred });
  }
  return out;
}

/** Validates a request part with a schema; the first problem becomes a 400 naming the field. */
function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.length ? `"${issue.path.join('.')}"` : '';
  // The schemas' own messages mostly name their field already: say it once.
  const prefix = field && !issue.message.includes(field) ? `${where} ${field}: ` : `${where}: `;
  throw new ApiError('bad_request', `${prefix}${issue.message}`);
}

type RawItem = { line: number; data: unknown; batch: boolean } | { line: number; error: string };

/** The items of a POST body: one JSON object, a JSON array, or JSON lines. */
function readItems(request: FastifyRequest): RawItem[] {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const body = request.body as unknown;
  if (LINE_TYPES.includes(type)) {
    const out: RawItem[] = [];
    const lines = (body as { lines: string }).lines.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') continue;
      try {
        out.push({ line: i + 1, data: JSON.parse(lines[i]), batch: true });
      } catch (e) {
        out.push({ line: i + 1, error: `not valid JSON: ${(e as Error).message}` });
      }
    }
    if (!out.length) throw new ApiError('bad_request', 'the body holds no articles (only blank lines)');
    return out;
  }
  if (type !== 'application/json') {
    throw new ApiError('unsupported_media_type', ACCEPTED_TYPES);
  }
  if (Array.isArray(body)) {
    if (!body.length) throw new ApiError('bad_request', 'the body is an empty array; send at least one article');
    return body.map((data, i) => ({ line: i + 1, data, batch: true }));
  }
  return [{ line: 1, data: body, batch: false }];
}

/** One item checked exactly as a line of a JSONL file is: the `ArticleInput` schema, then `toNewArticle`. */
function toArticle(data: unknown, line: number, batch: boolean, options: ServerOptions) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { error: 'each article must be a JSON object with "text" or "html" (and optional title, url, source, published)' };
  }
  const parsed = parseArticleInput(data as Record<string, unknown>);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}` };
  }
  try {
    const article = toNewArticle(parsed.data, batch ? `${ORIGIN}:${line}` : ORIGIN);
    const max = options.pipeline.ingest.maxArticleBytes;
    if (article.raw.length > max) return { error: `the article is ${mb(article.raw.length)}, over the size limit of ${mb(max)}` };
    return { article };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
