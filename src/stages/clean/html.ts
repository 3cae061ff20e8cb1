/**
 * Page-level extraction: title, byline, publication date, language and the article body (as paragraphs,
 * each tagged with the element it came from) from an HTML page, with Mozilla's Readability on linkedom's
 * fast DOM. Readability mutates the DOM, so metadata is read first.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'item' | 'quote';
export interface Block { text: string; kind: BlockKind }

export interface PageExtract {
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  blocks: Block[];
  /** Visible page text that is not part of the article (navigation, footers, ads): kept as a removal. */
  chrome: string;
}

const BLOCK_KIND: Record<string, BlockKind> = {
  P: 'paragraph', DIV: 'paragraph', SECTION: 'paragraph', ARTICLE: 'paragraph', TD: 'paragraph', DD: 'paragraph', DT: 'paragraph', PRE: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  FIGCAPTION: 'caption', CAPTION: 'caption', LI: 'item', BLOCKQUOTE: 'quote',
};
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT']);

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date',
  'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'publish-date', 'article.published',
];

const RE = {
  space: /\s+/g,
  isoDay: /(\d{4})-(\d{2})-(\d{2})/,
  jsonLdDate: /"datePublished"\s*:\s*"([^"]+)"/,
};

/** Extracts the article from a page; throws only for input no DOM can hold (caller falls back). */
export function extractPage(html: string): PageExtract {
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  const pageText = collapse(document.body?.textContent ?? document.documentElement?.textContent ?? '');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  let blocks: Block[] = [];
  if (parsed?.content) blocks = blocksOf(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body);
  if (blocks.length === 0) {
    // Readability found no article: keep every paragraph-like block of the page rather than nothing.
    blocks = blocksOf(parseHTML(html).document.body).filter((b) => b.kind !== 'item');
  }
  let chrome = pageText;
  for (const b of blocks) chrome = chrome.replace(b.text, ' ');
  return {
    title: clean(parsed?.title) ?? meta.title,
    byline: clean(parsed?.byline) ?? null,
    published: meta.published ?? dayOf(parsed?.publishedTime ?? null),
    language: meta.language ?? clean(parsed?.lang) ?? null,
    blocks,
    chrome: collapse(chrome),
  };
}

/** Text-only fallback for pages no DOM parser copes with: strip tags, keep line structure. */
export function stripTags(html: string): Block[] {
  const text = html
    .replace(/<(script|style|noscript)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|br|tr|section|article|blockquote)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return text.split('\n').map(collapse).filter((t) => t !== '').map((t) => ({ text: t, kind: 'paragraph' as const }));
}

interface MinimalNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<MinimalNode> }

/** Leaf blocks in document order, walked without recursion so 10,000 nested levels cannot overflow the stack. */
function blocksOf(root: MinimalNode | null | undefined): Block[] {
  if (!root) return [];
  const out: Block[] = [];
  let inline = '';
  const flush = () => {
    const t = collapse(inline);
    if (t) out.push({ text: t, kind: 'paragraph' });
    inline = '';
  };
  const stack: { node: MinimalNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) continue;
    const kind = BLOCK_KIND[node.nodeName];
    if (exit) {
      if (kind) flush();
      continue;
    }
    if (node.nodeName === 'BR') {
      inline += '\n';
      continue;
    }
    if (kind && kind !== 'paragraph' && !hasBlockChild(node)) {
      flush();
      const t = collapse(node.textContent ?? '');
      if (t) out.push({ text: t, kind });
      continue;
    }
    if (kind) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  flush();
  return out;
}

function hasBlockChild(node: MinimalNode): boolean {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1 && BLOCK_KIND[children[i].nodeName]) return true;
  return false;
}

interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

function readMeta(doc: MetaDocument): { title: string | null; published: string | null; language: string | null } {
  const metas = new Map<string, string>();
  const nodes = doc.querySelectorAll('meta');
  for (let i = 0; i < nodes.length; i++) {
    const m = nodes[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const value = m.getAttribute('content');
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  let published: string | null = null;
  for (const key of PUBLISHED_META) {
    published = dayOf(metas.get(key.toLowerCase()) ?? null);
    if (published) break;
  }
  if (!published) {
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && !published; i++) published = dayOf(RE.jsonLdDate.exec(scripts[i].textContent ?? '')?.[1] ?? null);
  }
  if (!published) {
    const times = doc.querySelectorAll('time[datetime]');
    if (times.length) published = dayOf(times[0].getAttribute('datetime'));
  }
  const lang = doc.documentElement?.getAttribute('lang') ?? metas.get('og:locale')?.replace('_', '-') ?? null;
  return { title: clean(metas.get('og:title')), published, language: lang ? lang.trim() || null : null };
}

function dayOf(value: string | null): string | null {
  if (!value) return null;
  const m = RE.isoDay.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function collapse(s: string): string {
  return s.replace(RE.space, ' ').trim();
}

function clean(s: string | null | undefined): string | null {
  const t = s ? collapse(s) : '';
  return t === '' ? null : t;
}
