/**
 * Ingest stage: files, folders and article objects in; validated `NewArticle`s out, one result per item.
 * Input: paths (files or folders of .txt, .html/.htm, .json, .jsonl) or `ArticleInput` objects.
 * Output: `IngestItem`s — an article ready to store, or an error naming the file, the line and the problem.
 * A bad item never stops the batch; the caller decides the exit status.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ArticleInput } from '../../model/schemas.js';
import type { NewArticle } from '../../storage/store.js';
import { DecodeError, decodeText } from './decode.js';
import { normaliseDate, pageUrl, pickMeta, sourceFromUrl, splitFrontMatter, usableTitle, type ArticleMeta } from './metadata.js';

export { normaliseDate } from './metadata.js';

export interface IngestOptions {
  /** Source name for every article of the batch (overrides what files say). */
  source?: string;
  /** Publication date for every article of the batch that does not carry its own. */
  published?: string;
  /** Largest article accepted, in bytes (a JSONL file may be larger: it is streamed line by line). */
  maxArticleBytes: number;
  /** Folders never read when walking a folder (e.g. where `run` writes its reports). */
  exclude?: string[];
}

/** 10 MB: about 50 times the longest news article we have seen; a bigger "article" is a data dump. */
export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export function defaultIngestOptions(): IngestOptions {
  return Object.freeze({ maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES });
}

export type IngestItem =
  | { ok: true; article: NewArticle }
  | { ok: false; file: string; line?: number; error: string };

const EXTENSIONS: Record<string, 'text' | 'html' | 'json' | 'jsonl'> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
const SIDECAR_SUFFIX = '.meta.json';

/** Reads every article under `paths`, in a stable order (folders sorted by name). */
export async function* readInputs(paths: string[], options: IngestOptions = defaultIngestOptions()): AsyncGenerator<IngestItem> {
  let batchPublished: string | null = null;
  try {
    batchPublished = normaliseDate(options.published);
  } catch (e) {
    yield { ok: false, file: '--published', error: (e as Error).message };
    return;
  }
  for (const path of paths) {
    let files: string[];
    try {
      files = await listFiles(path, new Set((options.exclude ?? []).map((p) => resolve(p))));
    } catch (e) {
      yield { ok: false, file: path, error: (e as Error).message };
      continue;
    }
    for (const file of files) yield* readFileItems(file, options, batchPublished);
  }
}

async function listFiles(path: string, exclude: Set<string>): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error('no such file or folder');
  }
  if (info.isFile()) {
    if (!(extname(path).toLowerCase() in EXTENSIONS)) {
      throw new Error(`unsupported file type "${extname(path) || '(none)'}"; supported: ${Object.keys(EXTENSIONS).join(', ')}`);
    }
    return [path];
  }
  if (!info.isDirectory()) throw new Error('not a regular file or folder');
  const out: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(path, e.name);
    if (e.name.startsWith('.') || exclude.has(resolve(full))) continue;
    if (e.isDirectory()) out.push(...(await listFiles(full, exclude)));
    else if (e.isFile() && !e.name.endsWith(SIDECAR_SUFFIX) && extname(e.name).toLowerCase() in EXTENSIONS) out.push(full);
  }
  return out;
}

async function* readFileItems(file: string, options: IngestOptions, batchPublished: string | null): AsyncGenerator<IngestItem> {
  const kind = EXTENSIONS[extname(file).toLowerCase()];
  if (kind === 'jsonl') {
    yield* readJsonLines(file, options, batchPublished);
    return;
  }
  try {
    const size = (await stat(file)).size;
    if (size > options.maxArticleBytes) {
      throw new Error(`the file is ${mb(size)}, over the article size limit of ${mb(options.maxArticleBytes)} (raise it with --max-article-size)`);
    }
    const text = decodeText(await readFile(file), kind);
    if (text.trim() === '') throw new DecodeError('the file holds only whitespace');
    if (kind === 'json') {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new Error(`not valid JSON: ${(e as Error).message}`);
      }
      const list = Array.isArray(data) ? data : [data];
      for (let i = 0; i < list.length; i++) {
        yield fromObject(list[i], file, Array.isArray(data) ? i + 1 : undefined, options, batchPublished, 'item');
      }
      return;
    }
    const sidecar = await readSidecar(file);
    const { meta: front, body } = kind === 'text' ? splitFrontMatter(text) : { meta: {}, body: text };
    if (body.trim() === '') throw new Error('the file holds front matter but no article text');
    const meta: ArticleMeta = { ...sidecar, ...front };
    const input = { ...(kind === 'html' ? { html: body } : { text: body }), ...meta };
    yield toItem(input, file, undefined, fileStem(file), options, batchPublished);
  } catch (e) {
    yield { ok: false, file, error: (e as Error).message };
  }
}

async function* readJsonLines(file: string, options: IngestOptions, batchPublished: string | null): AsyncGenerator<IngestItem> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (e) {
    yield { ok: false, file, error: (e as Error).message };
    return;
  }
  if (size === 0) {
    yield { ok: false, file, error: 'the file is empty' };
    return;
  }
  // Streamed: a 200 MB JSONL file is read in bounded memory, one line at a time.
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let any = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      if (raw.trim() === '') continue;
      any = true;
      if (Buffer.byteLength(raw) > options.maxArticleBytes) {
        yield { ok: false, file, line: lineNo, error: `the line is ${mb(Buffer.byteLength(raw))}, over the article size limit of ${mb(options.maxArticleBytes)}` };
        continue;
      }
      if (raw.includes('\uFFFD')) {
        // The stream decodes leniently, turning invalid bytes into U+FFFD: refuse such a line by name.
        yield { ok: false, file, line: lineNo, error: 'the line is not valid UTF-8 (it holds replacement characters)' };
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (e) {
        yield { ok: false, file, line: lineNo, error: `not valid JSON: ${(e as Error).message}` };
        continue;
      }
      yield fromObject(data, file, lineNo, options, batchPublished, 'line');
    }
  } catch (e) {
    yield { ok: false, file, line: lineNo || undefined, error: `cannot read the file: ${(e as Error).message}` };
  }
  if (!any) yield { ok: false, file, error: 'the file holds no articles (only blank lines)' };
}

function fromObject(data: unknown, file: string, line: number | undefined, options: IngestOptions, batchPublished: string | null, unit: string): IngestItem {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, file, line, error: `each ${unit} must be a JSON object with "text" or "html" (and optional title, url, source, published)` };
  }
  return toItem(data as Record<string, unknown>, file, line, undefined, options, batchPublished);
}

function toItem(data: Record<string, unknown>, file: string, line: number | undefined, fallbackSource: string | undefined,
  options: IngestOptions, batchPublished: string | null): IngestItem {
  const parsed = parseArticleInput(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `"${issue.path.join('.')}": ` : '';
    return { ok: false, file, line, error: `${where}${issue.message}` };
  }
  try {
    const origin = line === undefined ? file : `${file}:${line}`;
    const article = toNewArticle(parsed.data, origin, { ...options, fallbackSource, batchPublished });
    if (article.raw.length > options.maxArticleBytes) {
      return { ok: false, file, line, error: `the article is ${mb(article.raw.length)}, over the size limit of ${mb(options.maxArticleBytes)}` };
    }
    return { ok: true, article };
  } catch (e) {
    return { ok: false, file, line, error: (e as Error).message };
  }
}

/**
 * Validates one article object from any door (file, JSONL line, HTTP body). JSON exporters write `null`
 * for a field they have no value for ("url": null): that is read as the field left out.
 */
export function parseArticleInput(data: Record<string, unknown>) {
  return ArticleInput.safeParse(Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null)));
}

/**
 * Turns one validated `ArticleInput` into the article to store. Shared by files, the HTTP API and the
 * eval harness so every door applies the same rules (and the same idempotency hash).
 */
export function toNewArticle(input: ArticleInput, origin: string,
  defaults: { source?: string; fallbackSource?: string; batchPublished?: string | null } = {}): NewArticle {
  const format = input.html !== undefined && input.html.trim() !== '' ? 'html' : 'text';
  const raw = format === 'html' ? input.html! : input.text!;
  const published = normaliseDate(input.published) ?? defaults.batchPublished ?? null;
  // A page without a given URL names its own (canonical link, og:url): its outlet is then the host.
  const url = input.url?.trim() || (format === 'html' ? pageUrl(raw) : undefined);
  const source = defaults.source ?? input.source?.trim() ?? sourceFromUrl(url) ?? defaults.fallbackSource ?? 'unknown source';
  return {
    contentHash: contentHash(raw),
    source: source || 'unknown source',
    title: usableTitle(input.title),
    url: url || null,
    published,
    publishedInferred: false,
    origin,
    format,
    raw,
  };
}

/** Same normalised content, same hash: Unicode NFC, whitespace collapsed, trimmed. */
export function contentHash(raw: string): string {
  const normalised = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

async function readSidecar(file: string): Promise<ArticleMeta> {
  const stem = file.slice(0, file.length - extname(file).length);
  for (const candidate of [stem + SIDECAR_SUFFIX, file + SIDECAR_SUFFIX]) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    try {
      return pickMeta(JSON.parse(text), candidate);
    } catch (e) {
      throw new Error(`sidecar ${candidate}: ${(e as Error).message}`);
    }
  }
  return {};
}

function fileStem(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
