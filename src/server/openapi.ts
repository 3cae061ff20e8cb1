/**
 * The OpenAPI 3.1 document of the HTTP API, written by hand; its schemas come from the zod schemas the
 * routes validate with (`z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
import { z } from 'zod';
import { ArticleInput, StoryReport } from '../model/schemas.js';
import { GENERATOR } from '../pipeline.js';
import { ApiErrorBody, ERRORS, type ErrorCode } from './errors.js';
import { ArticleDetail, DEFAULT_PAGE_SIZE, FactDetail, Health, IngestResponse, MAX_PAGE_SIZE, StoryPage } from './schemas.js';

const COMPONENTS = { ArticleInput, StoryReport, Health, IngestResponse, StoryPage, ArticleDetail, FactDetail, Error: ApiErrorBody };

type Json = Record<string, unknown>;

const ref = (name: keyof typeof COMPONENTS): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json): Json => ({ 'application/json': { schema } });
const ok = (description: string, content: Json): Json => ({ 200: { description, content } });
const errors = (...codes: ErrorCode[]): Json =>
  Object.fromEntries([...codes, 'internal' as const].map((c) => [ERRORS[c].status, { description: ERRORS[c].summary, content: json(ref('Error')) }]));
const idParam = (what: string): Json => ({ name: 'id', in: 'path', required: true, description: `the ${what} id`, schema: { type: 'string' } });
/** Every path under a story's id answers a merged story's old id with this redirect. */
const merged: Json = {
  308: {
    description: 'the story was merged into another: `Location` is the same path (and query) with the surviving story\'s id',
    headers: { Location: { schema: { type: 'string' } } },
  },
};

function schemaOf(schema: z.ZodType): Json {
  const out = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

let cached: Json | null = null;

export function openApiDocument(): Json {
  cached ??= build();
  return cached;
}

function build(): Json {
  const storyReport = (description: string, content: Json) => ({
    get: {
      summary: description,
      description: 'Built once per version of the story and kept. The answer carries an ETag; sent back in If-None-Match, it gets a 304 while the report is unchanged.',
      parameters: [idParam('story'), { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }],
      responses: {
        200: { description, headers: { ETag: { schema: { type: 'string' } } }, content },
        304: { description: 'the report is unchanged since the ETag the client sent' },
        ...merged,
        ...errors('bad_request', 'not_found'),
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Triangulate HTTP API',
      version: GENERATOR.split(' ')[1],
      description: 'Store news articles, process them into stories, and read each story\'s report. Every error is JSON `{ error: { code, message } }`.',
    },
    paths: {
      '/api/health': { get: { summary: 'Counts of stored articles, pending work and stories', responses: { ...ok('the counts', json(ref('Health'))), ...errors() } } },
      '/api/articles': {
        post: {
          summary: 'Store one article (JSON object), several (JSON array) or a batch (JSON lines); then process pending work',
          parameters: [{ name: 'process', in: 'query', required: false, description: 'false: store only, leave the articles pending', schema: { type: 'string', enum: ['true', 'false'], default: 'true' } }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput') }] } },
              'application/x-ndjson': { schema: { type: 'string', description: 'one ArticleInput JSON object a line' } },
              'application/jsonl': { schema: { type: 'string', description: 'one ArticleInput JSON object a line' } },
            },
          },
          responses: {
            ...ok('a result per item; an item that could not be read is reported and skipped', json(ref('IngestResponse'))),
            ...errors('bad_request', 'body_too_large', 'unsupported_media_type'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its story, its sentences and the text cleaning removed (each with its reason)',
          parameters: [idParam('article')],
          responses: { ...ok('the article', json(ref('ArticleDetail'))), ...errors('bad_request', 'not_found') },
        },
      },
      '/api/stories': {
        get: {
          summary: 'Stories, largest or latest first, a page at a time',
          parameters: [
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
            { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
            { name: 'q', in: 'query', required: false, description: 'keep stories whose title or source names hold every word of this text (case-insensitive)', schema: { type: 'string', maxLength: 500 } },
            { name: 'sort', in: 'query', required: false, description: 'size: most articles first; recent: latest event or publication date first, undated last', schema: { type: 'string', enum: ['size', 'recent'], default: 'size' } },
          ],
          responses: { ...ok('one page of stories', json(ref('StoryPage'))), ...errors('bad_request') },
        },
      },
      '/api/stories/{id}/report': storyReport('The story\'s report (the JSON contract)', json(ref('StoryReport'))),
      '/api/stories/{id}/report.html': storyReport('The story\'s report as one self-contained HTML page', { 'text/html': { schema: { type: 'string' } } }),
      '/api/stories/{id}/report.md': storyReport('The story\'s report as Markdown', { 'text/markdown': { schema: { type: 'string' } } }),
      '/api/stories/{id}/facts/{factId}': {
        get: {
          summary: 'One reconciled fact of a story with every sentence its values cite',
          parameters: [idParam('story'), { name: 'factId', in: 'path', required: true, description: 'the fact id, as in the story\'s report', schema: { type: 'string' } }],
          responses: { ...ok('the fact and its cited sentences', json(ref('FactDetail'))), ...merged, ...errors('bad_request', 'not_found') },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'the OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    },
    components: { schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([name, s]) => [name, schemaOf(s)])) },
  };
}
