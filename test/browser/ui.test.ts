/**
 * The web UI in a real browser: Debian's chromium driven by playwright-core, the app on a loopback port over
 * a SQLite store in a temporary folder. Articles are made up for these tests. Every request the page makes
 * to anywhere but the app is refused and recorded, so "loads nothing from the internet" is checked too.
 *
 * Screenshots of each view go to $TRIANGULATE_SCREENSHOTS when set (a folder), else to the temporary folder.
 */
import { mkdirSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FLOOD_STORY } from '../fixtures/flood-story.js';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, UI_CONTENT_SECURITY_POLICY } from '../../src/server/app.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { REFERENCE, tempDir } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

const BRIDGE = [
  {
    title: 'Bridge collapse in Hollowmere kills 7', source: 'Valley Courier', published: '2031-05-09',
    text: 'Seven people were killed when the Tarn Street bridge in Hollowmere collapsed on Thursday evening, the regional fire service said.\n\n'
      + 'The steel bridge over the river Wend gave way during the evening rush, sending two cars and a delivery van into the water.\n\n'
      + '"We heard a crack like thunder and then the whole span was gone," said Mara Quill, who runs a bakery on Tarn Street.',
  },
  {
    title: 'Hollowmere bridge disaster: at least 9 dead', source: 'Northern Ledger', published: '2031-05-09',
    text: 'At least nine people died when the Tarn Street bridge collapsed into the river Wend in Hollowmere on Thursday, according to local officials.\n\n'
      + 'Photo: Ines Carrow / Northern Ledger\n\n'
      + 'Divers searched the river through the night for the delivery van that fell with the bridge.\n\n'
      + 'Sign up for our newsletter to get the latest Hollowmere news every morning.\n\n'
      + 'The mayor of Hollowmere, Edwin Sallow, said the bridge had passed an inspection in March.',
  },
  {
    title: 'Seven confirmed dead after Tarn Street bridge falls in Hollowmere', source: 'Hollowmere Gazette', published: '2031-05-10',
    text: 'Seven people were confirmed dead on Friday after the Tarn Street bridge collapsed in Hollowmere on Thursday, the regional fire service said.\n\n'
      + 'Twelve people were injured, four of them seriously, the hospital in Hollowmere said.\n\n'
      + 'Engineers will examine the remains of the steel bridge over the river Wend next week.',
  },
];

/** A flood story whose first article carries a paragraph from elsewhere (the story-level intruder check). */
const MARLOW = FLOOD_STORY.map((p, i) => ({ title: `Marlow flood ${i + 1}`, source: `Marlow Outlet ${i + 1}`, published: '2031-04-02', text: p.join('\n\n') }));

const PAYLOAD_SCRIPT = '<script>window.__pwned=1</script>';
const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD_URL = 'javascript:window.__pwned=1';
const HOSTILE_LINES = [
  {
    title: `Fair in Saltmere ${PAYLOAD_SCRIPT}`, source: `Harbour Times ${PAYLOAD_IMG}`, published: '2031-06-02', url: PAYLOAD_URL,
    text: `The spring fair in Saltmere opened on Saturday with 40 stalls along the harbour, the town council said. ${PAYLOAD_IMG}\n\n`
      + `A sign at the entrance read ${PAYLOAD_SCRIPT} for reasons no one could explain.`,
  },
  {
    title: 'Saltmere fair draws crowds', source: 'Coast Weekly', published: '2031-06-02', url: 'https://example.invalid/saltmere-fair',
    html: `<html><body><article><h1>Saltmere fair draws crowds</h1><p>About 3,000 visitors came to the spring fair in Saltmere on Saturday, the town council said.</p>`
      + `<p>Organisers counted 42 stalls along the harbour. <img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">more</a></p></article></body></html>`,
  },
];

describe('web UI in a browser', () => {
  let store: SqliteStore;
  let app: FastifyInstance;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let shots: string;
  let cleanup: () => void;
  const dialogs: string[] = [];
  const offsite: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    shots = process.env.TRIANGULATE_SCREENSHOTS ?? join(t.dir, 'screenshots');
    mkdirSync(shots, { recursive: true });
    store = new SqliteStore(join(t.dir, 'ui.db'));
    app = await buildApp(store, { log: () => {} });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 120_000);
  // Generous: on a loaded 2-core machine Chromium can take long to start and to stop.
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    // Keep-alive sockets the browser left would make the server's close wait for them.
    app?.server.closeAllConnections();
    await app?.close();
    await store?.close();
    cleanup?.();
    process.stdout.write(`screenshots: ${shots}\n`);
  }, 120_000);

  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  it('serves the page, its scripts and its style with the UI Content-Security-Policy', async () => {
    for (const [path, type] of [['/', 'text/html'], ['/app.js', 'text/javascript'], ['/app.css', 'text/css'], ['/labels.js', 'text/javascript']]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(new RegExp(`^${type}`));
      expect(res.headers.get('content-security-policy'), path).toBe(UI_CONTENT_SECURITY_POLICY);
      // Read to the end: an unread body keeps its connection busy, and the server's close would wait for it.
      expect((await res.text()).length, path).toBeGreaterThan(0);
    }
    expect(UI_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('adds three articles through the paste form, showing progress and then each result', async () => {
    await page.goto(`${base}/#/add`);
    for (const [i, a] of BRIDGE.entries()) {
      await page.fill('#a-text', a.text);
      await page.fill('#a-title', a.title);
      await page.fill('#a-source', a.source);
      await page.fill('#a-published', a.published);
      await page.click('#paste-form button[type=submit]');
      await expect.poll(() => page.textContent('#add-status')).toMatch(/Processing…|Done/);
      await page.waitForSelector('#add-status .done');
      expect(await page.textContent('#add-status'), `article ${i + 1}`).toMatch(/Done: 1 article stored\..*added/s);
      expect(await page.inputValue('#a-text')).toBe('');
    }
    const link = page.locator('#add-status a.story-link');
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.textContent()).toMatch(/Hollowmere|Tarn Street/);
  });

  it('lists the story, finds it by search and sorts by recency', async () => {
    await page.goto(`${base}/#/`);
    await page.waitForSelector('.stories li');
    expect(await page.locator('.stories li').count()).toBe(1);
    expect(await page.textContent('.stories li .meta')).toMatch(/3 articles from 3 sources/);
    await page.fill('#q', 'hollowmere');
    await page.waitForTimeout(400);
    expect(await page.locator('.stories li').count()).toBe(1);
    await page.fill('#q', 'no such town');
    await page.waitForSelector('#story-results .empty');
    await page.fill('#q', '');
    await page.waitForSelector('.stories li');
    await page.selectOption('#sort', 'recent');
    await page.waitForSelector('.stories li');
    await page.screenshot({ path: join(shots, 'story-list.png') });
  });

  it('opens the story and shows the cited sentence highlighted in its article without leaving the page', async () => {
    await page.goto(`${base}/#/`);
    await page.click('.stories a.story-link');
    await page.waitForSelector('#sec-brief');
    for (const heading of ['Brief', 'Disputed points', 'Facts', 'Timeline', 'Coverage matrix', 'Who says what', 'People, places and organisations', 'Sources']) {
      expect(await page.locator('section h2', { hasText: heading }).count(), heading).toBe(1);
    }
    expect(await page.locator('#sec-sources li').count()).toBe(3);
    await page.screenshot({ path: join(shots, 'story-page-top.png') });

    // The facts table: the death toll's values side by side, each value with its sources and citations.
    const killed = page.locator('#sec-facts table.facts tbody tr', { hasText: 'killed' }).first();
    const values = await killed.locator('ul.values li').allTextContents();
    expect(values.join(' | ')).toMatch(/\b7\b/);
    expect(values.join(' | ')).toMatch(/\b9\b/);
    for (const li of await killed.locator('ul.values li').all()) expect(await li.locator('button.cite').count()).toBeGreaterThan(0);
    expect(await killed.locator('.status').textContent()).toMatch(/agreed|conflicting|single-source|superseded|claim/);
    expect(await page.locator('#sec-facts dl.legend dt').count()).toBeGreaterThan(0);
    // The names table: people, places and organisations, each name cited.
    const names = page.locator('#sec-names table.names tbody tr');
    expect((await names.allTextContents()).join(' | ')).toMatch(/Edwin Sallow.*person/);
    expect((await names.allTextContents()).join(' | ')).toMatch(/Hollowmere.*place/);
    for (const row of await names.all()) expect(await row.locator('th button.cite').count()).toBeGreaterThan(0);
    await page.locator('#sec-facts').screenshot({ path: join(shots, 'facts-table.png') });
    await page.locator('#sec-names').screenshot({ path: join(shots, 'names-table.png') });

    // A citation in the facts table opens the cited sentence in its article.
    const factCite = killed.locator('button.cite').first();
    const factCited = ((await factCite.getAttribute('title')) ?? '').replace(/^[^:]+: /, '');
    await factCite.click();
    await expect.poll(() => page.locator('#panel mark.cited-sentence').textContent()).toBe(factCited);
    expect(factCited).toMatch(/kill|dead|died/);
    await page.keyboard.press('Escape');

    const url = page.url();
    const cite = page.locator('#sec-brief button.cite').first();
    const cited = ((await cite.getAttribute('title')) ?? '').replace(/^[^:]+: /, '');
    await cite.click();
    const mark = page.locator('#panel mark.cited-sentence');
    await mark.waitFor();
    expect(await page.isVisible('#panel')).toBe(true);
    expect(await mark.textContent()).toBe(cited);
    expect(page.url()).toBe(url);
    await page.screenshot({ path: join(shots, 'story-page.png') });
    await page.screenshot({ path: join(shots, 'story-page-full.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(shots, 'story-page-390.png') });
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#panel')).toBe(false);
    await page.screenshot({ path: join(shots, 'story-page-390-closed.png') });
    await page.locator('#sec-facts').screenshot({ path: join(shots, 'facts-table-390.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.locator('#sec-sources a.article-link', { hasText: 'at least 9 dead' }).click();
    await page.waitForSelector('.article-text p.text');
    expect(await page.textContent('h1')).toBe(BRIDGE[1].title);
    expect(await page.getAttribute('a.story-of-article', 'href')).toBe(url.slice(url.indexOf('#')));
    // Kept paragraphs and removed passages in the order of the original, each removal with its reason.
    const blocks = await page.locator('.article-text > *').evaluateAll((nodes) =>
      nodes.map((n) => n.className === 'removed'
        ? `removed (${n.querySelector('.why')?.textContent?.replace(/ \(.*/, '')}): ${n.querySelector('.removed-text')?.textContent}`
        : `kept: ${(n.textContent ?? '').slice(0, 30)}`));
    // The headline opens the text, bold, citeable like any sentence.
    expect(blocks).toEqual([
      'kept: Hollowmere bridge disaster: at',
      'kept: At least nine people died when',
      'removed (Removed: photo caption): Photo: Ines Carrow / Northern Ledger',
      'kept: Divers searched the river thro',
      'removed (Removed: prompt to the reader): Sign up for our newsletter to get the latest Hollowmere news every morning.',
      'kept: The mayor of Hollowmere, Edwin',
    ]);
    await page.screenshot({ path: join(shots, 'article-page.png'), fullPage: true });
  });

  it('loads the reference corpus through the upload form; its story shows cited facts and names', async () => {
    const files = readdirSync(REFERENCE).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThan(1);
    await page.goto(`${base}/#/add`);
    await page.setInputFiles('#files', files.map((f) => join(REFERENCE, f)));
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#add-status .done', { timeout: 120_000 });
    expect(await page.textContent('#add-status')).toContain(`Done: ${files.length} articles stored.`);
    await page.click('#add-status a.story-link >> nth=0');
    await page.waitForSelector('#sec-facts');
    await page.screenshot({ path: join(shots, 'reference-story-top.png') });
    const facts = page.locator('#sec-facts table.facts tbody tr:not(.event-row)');
    expect(await facts.count()).toBeGreaterThan(0);
    // Every value and every estimate is cited; every name is cited.
    for (const cell of await page.locator('#sec-facts ul.values li, #sec-facts td[data-label="Best estimate"]').all()) {
      expect(await cell.locator('button.cite').count(), (await cell.textContent()) ?? '').toBeGreaterThan(0);
    }
    expect(await page.locator('#sec-names tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#sec-names tbody th:not(:has(button.cite))').count()).toBe(0);
    expect(await page.locator('.cite.broken').count()).toBe(0);
    await page.locator('#sec-facts').screenshot({ path: join(shots, 'reference-facts.png') });
    await page.locator('#sec-names').screenshot({ path: join(shots, 'reference-names.png') });

    const cite = facts.first().locator('button.cite').first();
    const cited = ((await cite.getAttribute('title')) ?? '').replace(/^[^:]+: /, '');
    await cite.click();
    await expect.poll(() => page.locator('#panel mark.cited-sentence').textContent()).toBe(cited);
    await page.screenshot({ path: join(shots, 'reference-citation.png') });
    await page.click('#panel a[href^="#/article/"]');
    await page.waitForSelector('.article-text mark.cited-sentence');
    expect(await page.textContent('.article-text mark.cited-sentence')).toBe(cited);
    await page.screenshot({ path: join(shots, 'reference-article.png'), fullPage: true });

    await page.goto(`${base}/#/`);
    await page.waitForSelector('.stories li');
    expect(await page.locator('.stories li').count()).toBeGreaterThan(1);
    await page.screenshot({ path: join(shots, 'story-list-two.png') });
  }, 180_000);

  it('shows a paragraph its story judged an intruder greyed in place on the article page, with the reason', async () => {
    const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(MARLOW) });
    const { results } = (await res.json()) as { results: { id: string }[] };
    await page.goto(`${base}/#/article/${results[0].id}`);
    await page.waitForSelector('.article-text .removed');
    const blocks = await page.locator('.article-text > *').evaluateAll((nodes) =>
      nodes.map((n) => (n.className === 'removed' ? `removed: ${n.querySelector('.why')?.textContent}` : 'kept')));
    // Headline, lead, the intruder greyed, the rest.
    expect(blocks).toEqual(['kept', 'kept', 'kept', 'removed: Removed: text from another page or story (found when the article was read with its story)', 'kept']);
    await page.screenshot({ path: join(shots, 'article-intruder.png'), fullPage: true });
  });

  it('uploads a JSONL file and keeps hostile titles, text and URLs inert', async () => {
    await page.goto(`${base}/#/add`);
    await page.setInputFiles('#files', {
      name: 'hostile.jsonl', mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${HOSTILE_LINES.map((l) => JSON.stringify(l)).join('\n')}\n{"text": "broken\n`),
    });
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#add-status .done');
    const status = await page.textContent('#add-status');
    expect(status).toMatch(/Done: 2 articles stored, 1 not\./);
    expect(status).toMatch(/line 3: not added: not valid JSON/);
    await page.screenshot({ path: join(shots, 'add-results.png') });

    await page.goto(`${base}/#/`);
    await page.fill('#q', 'saltmere');
    await page.waitForSelector('.stories li');
    await page.click('.stories a.story-link');
    await page.waitForSelector('#sec-sources li');
    // The payloads show as the text they are.
    expect(await page.textContent('main')).toContain(PAYLOAD_SCRIPT);
    expect(await page.textContent('#sec-sources')).toContain(PAYLOAD_URL);
    await page.locator('button.cite').first().click();
    await page.locator('#panel mark.cited-sentence').waitFor();
    await page.screenshot({ path: join(shots, 'hostile-story.png'), fullPage: true });

    await page.click('#sec-sources a.article-link >> nth=0');
    await page.waitForSelector('.article-text');
    await page.screenshot({ path: join(shots, 'hostile-article.png'), fullPage: true });
    expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('[onerror], [onclick], [onload]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('loaded nothing from anywhere but the app and raised no script error', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
