import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, readInputs, type IngestItem } from '../../src/stages/ingest/index.js';
import { ROOT, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function all(paths: string[], options?: Parameters<typeof readInputs>[1]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

const ARTICLE = 'A fire destroyed a warehouse in Elmsford on Tuesday. Two workers were injured, officials said.';

describe('ingest', () => {
  it('reads text, HTML, JSON and JSONL files from a folder in name order', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.html'), `<html><body><article><p>${ARTICLE}</p></article></body></html>`);
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ text: 'One article as JSON.', source: 'Daily Example' }));
    writeFileSync(join(dir, 'd.jsonl'), [{ text: 'First line article.' }, { html: '<p>Second line article.</p>', url: 'https://www.example.org/x' }].map((o) => JSON.stringify(o)).join('\n'));
    const items = await all([dir]);
    expect(items.every((i) => i.ok)).toBe(true);
    const articles = items.map((i) => (i.ok ? i.article : null)!);
    expect(articles.map((a) => a.format)).toEqual(['text', 'html', 'text', 'text', 'html']);
    expect(articles[2].source).toBe('Daily Example');
    expect(articles[4].source).toBe('example.org');
    expect(articles[0].source).toBe('a');
    expect(articles[3].origin).toBe(`${join(dir, 'd.jsonl')}:1`);
  });

  it('takes metadata from YAML front matter, a sidecar file and batch flags, in that order of precedence', async () => {
    writeFileSync(join(dir, 'fm.txt'), `---\ntitle: Warehouse fire\nsource: The Courier\npublished: 2024-03-05\n---\n${ARTICLE}`);
    writeFileSync(join(dir, 'side.txt'), ARTICLE + ' More.');
    writeFileSync(join(dir, 'side.meta.json'), JSON.stringify({ source: 'Sidecar Times', published: '2024-03-06T10:00:00Z' }));
    const [fm, side] = (await all([dir], { maxArticleBytes: 1e6, published: '2024-01-01' })).map((i) => (i.ok ? i.article : null)!);
    expect(fm).toMatchObject({ title: 'Warehouse fire', source: 'The Courier', published: '2024-03-05', raw: ARTICLE });
    expect(side).toMatchObject({ source: 'Sidecar Times', published: '2024-03-06' });
    const [forced] = (await all([join(dir, 'fm.txt')], { maxArticleBytes: 1e6, source: 'Batch' })).map((i) => (i.ok ? i.article : null)!);
    expect(forced.source).toBe('Batch');
  });

  it('keeps an article without a date undated rather than inventing one', async () => {
    writeFileSync(join(dir, 'x.txt'), ARTICLE);
    const [item] = await all([dir]);
    expect(item.ok && item.article.published).toBe(null);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty/],
    ['blank.txt', Buffer.from('   \n\n  '), /only whitespace/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['bad.json', Buffer.from('{"text": "unterminated'), /not valid JSON/],
    ['notext.json', Buffer.from('{"title": "no body"}'), /needs a non-empty "text" or "html"/],
    ['badfm.txt', Buffer.from('---\ntitle: [unclosed\n---\nBody.'), /front-matter block is not valid YAML/],
    ['baddate.txt', Buffer.from('---\npublished: yesterday-ish\n---\nBody text.'), /"published": "yesterday-ish" is not a date/],
    ['latenul.txt', Buffer.concat([Buffer.from('word '.repeat(3000)), Buffer.from([0]), Buffer.from(' more')]), /NUL character \(at character 15000\)/],
    ['nul.json', Buffer.from('{"text": "bad \\u0000 text"}'), /holds NUL characters/],
  ])('refuses %s with an error naming the file and the problem', async (name, bytes, message) => {
    writeFileSync(join(dir, name), bytes);
    const items = await all([join(dir, name)]);
    expect(items).toHaveLength(1);
    expect(items[0].ok).toBe(false);
    if (!items[0].ok) {
      expect(items[0].file).toBe(join(dir, name));
      expect(items[0].error).toMatch(message);
    }
  });

  it('names the line of a malformed JSONL line and still reads the good lines', async () => {
    writeFileSync(join(dir, 'mixed.jsonl'), ['{"text":"Good one."}', '{not json', '', '[1,2]', '{"text":"Good two."}'].join('\n'));
    const items = await all([join(dir, 'mixed.jsonl')]);
    expect(items.filter((i) => i.ok)).toHaveLength(2);
    const errors = items.filter((i): i is Extract<IngestItem, { ok: false }> => !i.ok);
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
    expect(errors[0].error).toMatch(/not valid JSON/);
    expect(errors[1].error).toMatch(/must be a JSON object/);
  });

  it('takes a saved page\'s own address (canonical link, else og:url) as its URL and its host as its outlet', async () => {
    const page = (head: string) => `<html><head>${head}</head><body><article><p>${ARTICLE}</p></article></body></html>`;
    writeFileSync(join(dir, 'a.html'), page('<meta property="og:url" content="https://news.example.com/og"><link href=\'https://www.example.org/story?id=1&amp;p=2\' rel="canonical">'));
    writeFileSync(join(dir, 'b.html'), page('<meta content="https://news.example.com/og" property="og:url">'));
    writeFileSync(join(dir, 'c.html'), page('<link rel="canonical" href="/relative/path">'));
    writeFileSync(join(dir, 'd.html'), page('<link rel="canonical" href="https://www.example.org/x">'));
    writeFileSync(join(dir, 'd.html.meta.json'), JSON.stringify({ url: 'https://given.example.net/y' }));
    const [a, b, c, d] = (await all([dir])).map((i) => (i.ok ? i.article : null)!);
    expect([a.url, a.source]).toEqual(['https://www.example.org/story?id=1&p=2', 'example.org']);
    expect([b.url, b.source]).toEqual(['https://news.example.com/og', 'news.example.com']);
    expect([c.url, c.source]).toEqual([null, 'c']);
    expect([d.url, d.source]).toEqual(['https://given.example.net/y', 'given.example.net']);
  });

  it('reads a null field as one left out, and still names a field of the wrong type', async () => {
    writeFileSync(join(dir, 'nulls.jsonl'), [
      { text: ARTICLE, title: null, url: null, source: null, published: null },
      { text: ARTICLE, url: 42 },
      { text: null, html: null },
    ].map((o) => JSON.stringify(o)).join('\n'));
    const items = await all([join(dir, 'nulls.jsonl')]);
    const [ok, wrongType, empty] = items;
    expect(ok.ok && [ok.article.title, ok.article.url, ok.article.published, ok.article.source]).toEqual([null, null, null, 'unknown source']);
    expect(!wrongType.ok && wrongType.error).toMatch(/^"url": .*string/);
    expect(!empty.ok && empty.error).toMatch(/non-empty "text" or "html"/);
  });

  it('takes a title that is only a time stamp for no title, and keeps a headline that holds a date', async () => {
    writeFileSync(join(dir, 'stamps.jsonl'), ['Updated: March 3, 2030 09:15 EST', 'Sunday, March 3, 2030', 'May 5 fire leaves two dead']
      .map((title, i) => JSON.stringify({ text: `${ARTICLE} (${i})`, title })).join('\n'));
    const titles = (await all([join(dir, 'stamps.jsonl')])).map((x) => x.ok && x.article.title);
    expect(titles).toEqual([null, null, 'May 5 fire leaves two dead']);
  });

  it('refuses an article over the size limit, and a missing path, and an unsupported file type', async () => {
    writeFileSync(join(dir, 'big.txt'), 'word '.repeat(5000));
    writeFileSync(join(dir, 'notes.pdf'), 'x');
    const items = await all([join(dir, 'big.txt'), join(dir, 'nope'), join(dir, 'notes.pdf')], { maxArticleBytes: 10_000 });
    expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual([
      expect.stringMatching(/over the article size limit of 0\.0 MB/),
      'no such file or folder',
      expect.stringMatching(/unsupported file type "\.pdf"/),
    ]);
  });

  it('decodes an HTML page in the charset its meta tag declares', async () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from(' owner said the fire started at night.</p></body></html>')]);
    writeFileSync(join(dir, 'cp.html'), html);
    const [item] = await all([dir]);
    expect(item.ok && item.article.raw).toContain('Café owner');
  });

  it('hashes normalised content, so whitespace and Unicode composition do not make a new article', () => {
    expect(contentHash('Cafe\u0301  opened.\n')).toBe(contentHash('Café opened.'));
    expect(contentHash('Café opened.')).not.toBe(contentHash('Café closed.'));
  });

  it('streams a 200 MB JSONL file in bounded memory', () => {
    const file = join(dir, 'huge.jsonl');
    // Written and read in a child process so that its peak memory is its own.
    const script = `
      import { openSync, writeSync, closeSync } from 'node:fs';
      import { readInputs } from ${JSON.stringify(join(ROOT, 'src/stages/ingest/index.ts'))};
      const line = JSON.stringify({ text: 'Flood waters rose overnight. '.repeat(170) }) + '\\n';
      const fd = openSync(${JSON.stringify(file)}, 'w');
      const chunk = line.repeat(100);
      for (let i = 0; i < 400; i++) writeSync(fd, chunk);
      closeSync(fd);
      const before = process.resourceUsage().maxRSS;
      let n = 0;
      for await (const item of readInputs([${JSON.stringify(file)}], { maxArticleBytes: 1e7 })) if (item.ok) n++;
      console.log(JSON.stringify({ n, grewMb: (process.resourceUsage().maxRSS - before) / 1024 }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const { n, grewMb } = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(n).toBe(40_000);
    // The file is ~200 MB; reading it whole would grow the heap by several hundred MB.
    expect(grewMb).toBeLessThan(120);
  });
});
