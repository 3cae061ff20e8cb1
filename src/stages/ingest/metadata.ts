/** Article metadata from front matter, sidecar files and flags, normalised and checked. */
import { parse as parseYaml } from 'yaml';
import { isTimeStamp } from '../../text/headline.js';

export interface ArticleMeta {
  title?: string;
  url?: string;
  source?: string;
  published?: string;
}

const META_KEYS = ['title', 'url', 'source', 'published'] as const;

const RE = {
  frontMatter: /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/,
  isoDay: /^(\d{4})-(\d{2})-(\d{2})/,
};

/** Splits a YAML front-matter block off a plain-text article. */
export function splitFrontMatter(text: string): { meta: ArticleMeta; body: string } {
  const m = RE.frontMatter.exec(text);
  if (!m) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (cause) {
    throw new Error(`the front-matter block is not valid YAML: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  return { meta: pickMeta(data, 'front matter'), body: text.slice(m[0].length) };
}

/** Keeps the known metadata keys, as strings; says which keys are valid when one has the wrong type. */
export function pickMeta(data: unknown, where: string): ArticleMeta {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${where} must be a mapping of ${META_KEYS.join(', ')}`);
  const meta: ArticleMeta = {};
  for (const key of META_KEYS) {
    const v = (data as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (v instanceof Date) meta[key] = v.toISOString();
    else if (typeof v === 'string' || typeof v === 'number') meta[key] = String(v);
    else throw new Error(`${where}: "${key}" must be a string`);
  }
  return meta;
}

/**
 * Normalises a publication date to its calendar day (YYYY-MM-DD). Accepts ISO dates and date-times and
 * what `Date` parses unambiguously (RFC 2822). Returns null for a missing date; throws for a bad one.
 */
export function normaliseDate(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const iso = RE.isoDay.exec(v);
  if (iso) {
    const [, y, m, d] = iso;
    const date = new Date(Date.UTC(+y, +m - 1, +d));
    if (date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d) return `${y}-${m}-${d}`;
    throw new Error(`"published": ${JSON.stringify(value)} is not a real calendar date`);
  }
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new Error(`"published": ${JSON.stringify(value)} is not a date (use YYYY-MM-DD or an ISO date-time)`);
  return new Date(t).toISOString().slice(0, 10);
}

/** A readable source name from a URL's host ("www.example.com" -> "example.com"). */
export function sourceFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\d?\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** How much of a page is searched for its canonical address: it sits in the head. */
const PAGE_HEAD_CHARS = 300_000;
const HEAD_TAG = /<(link|meta)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/**
 * The address a saved page gives for itself: its `<link rel="canonical">`, else its `og:url`. Only an
 * absolute http(s) address counts. A page saved to a file thereby keeps its outlet (the address's host)
 * and its link, as a page fetched with its URL would.
 */
export function pageUrl(html: string): string | undefined {
  let ogUrl: string | undefined;
  for (const tag of html.slice(0, PAGE_HEAD_CHARS).matchAll(HEAD_TAG)) {
    const attrs = new Map<string, string>();
    for (const a of tag[2].matchAll(ATTRIBUTE)) attrs.set(a[1].toLowerCase(), (a[2] ?? a[3] ?? a[4]).trim());
    const kind = tag[1].toLowerCase();
    if (kind === 'link' && (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const href = absoluteHttp(attrs.get('href'));
      if (href) return href;
    }
    if (kind === 'meta' && !ogUrl && (attrs.get('property') ?? attrs.get('name'))?.toLowerCase() === 'og:url') ogUrl = absoluteHttp(attrs.get('content'));
  }
  return ogUrl;
}

function absoluteHttp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.replace(/&amp;/g, '&'));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A given title, or null when it is empty or only a time stamp (see `isTimeStamp`). */
export function usableTitle(title: string | undefined): string | null {
  const t = title?.trim();
  return t && !isTimeStamp(t) ? t : null;
}
