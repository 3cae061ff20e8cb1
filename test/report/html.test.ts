import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Report, StoryReport } from '../../src/model/schemas.js';
import { escapeHtml, renderHtml } from '../../src/report/html.js';
import { sampleReport, sampleStory } from '../fixtures/sample-report.js';

const SECTION_TITLES = [
  'Brief',
  'Disputed points',
  'Facts',
  'Timeline',
  'Coverage matrix',
  'Who says what',
  'People, places and organisations',
  'Caveats',
  'Sources',
  'Removed from the articles',
];

function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Every in-page link target that has no element with that id. */
function danglingAnchors(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]).filter((id) => !ids.has(id));
}

function storyWith(patch: Partial<StoryReport>): Report {
  return { generator: 'test', stories: [{ ...sampleStory(), ...patch }] };
}

describe('renderHtml', () => {
  it('is one self-contained page: charset, strict CSP, inline CSS, no script, nothing loaded', () => {
    const html = renderHtml(sampleReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:`);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=/i);
    const doc = dom(html);
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed').length).toBe(0);
  });

  it('shows the title, the article line and every section heading in order', () => {
    const doc = dom(renderHtml(sampleReport()));
    expect(doc.querySelector('h1')?.textContent).toBe('Explosion at Brantwood Polymers plant in Halvering');
    expect(doc.querySelector('.story .meta')?.textContent).toContain('4 articles from 4 sources');
    const headings = [...doc.querySelectorAll('.story h2.sec')].map((h) => h.textContent);
    expect(headings).toEqual(SECTION_TITLES);
    expect(doc.title).toContain('Explosion at Brantwood Polymers plant in Halvering');
  });

  it('links every in-page href to an element that exists', () => {
    const html = renderHtml(sampleReport());
    expect(html.match(/href="#/g)?.length ?? 0).toBeGreaterThan(40);
    expect(danglingAnchors(html)).toEqual([]);
  });

  it('links each citation to its sentence in the sources, with the sentence as hover title', () => {
    const doc = dom(renderHtml(sampleReport()));
    const cites = [...doc.querySelectorAll('a.cite')];
    expect(cites.length).toBeGreaterThan(30);
    for (const a of cites) {
      const target = doc.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.classList.contains('sent')).toBe(true);
      expect(target?.closest('section')?.querySelector('h2')?.textContent).toBe('Sources');
      expect(a.getAttribute('title')).toContain(target!.textContent!.replace(/\[\d+\]$/, ''));
    }
    const first = cites[0];
    expect(first.textContent).toBe('[1]');
    expect(first.getAttribute('title')).toBe(
      'Northgate Wire: At least 14 people were killed and more than 40 injured in an explosion at a chemical plant in the town of Halvering on Tuesday, regional authorities said on Wednesday.',
    );
    // The cited sentence carries the same number in context.
    expect(doc.getElementById(first.getAttribute('href')!.slice(1))?.querySelector('sup.num')?.textContent).toBe('[1]');
  });

  it('numbers citations in order of first use', () => {
    const doc = dom(renderHtml(sampleReport()));
    const numbers = [...doc.querySelectorAll('a.cite')].map((a) => Number(a.textContent!.slice(1, -1)));
    const firstUse = [...new Set(numbers)];
    expect(firstUse).toEqual(firstUse.map((_, i) => i + 1));
  });

  it('highlights a targeted sentence with CSS :target and keeps nav out of print', () => {
    const html = renderHtml(sampleReport());
    expect(html).toMatch(/\.sent:target\{/);
    expect(html).toMatch(/@media print\{[^]*nav\.toc,nav\.sections\{display:none\}/);
    expect(html).toMatch(/max-width:70ch/);
    expect(html).toContain('system-ui');
  });

  it('shows facts with status, qualified values, sources and best estimate with its reason', () => {
    const doc = dom(renderHtml(sampleReport()));
    const rows = [...doc.querySelectorAll('table.facts tbody tr')];
    expect(rows.length).toBe(7);
    const first = rows[0].textContent!;
    expect(first).toContain('killed (people)');
    expect(first).toContain('conflicting');
    expect(first).toContain('at least 14 Northgate Wire');
    expect(first).toContain('14 (range 14–16)');
    expect(first).toContain('16 rests on one anonymous hospital source');
    expect(rows[5].textContent).toContain('by Brantwood Polymers');
  });

  it('shows an em dash where a source is silent in the coverage matrix', () => {
    const doc = dom(renderHtml(sampleReport()));
    const head = [...doc.querySelectorAll('table.coverage thead th')].map((th) => th.textContent);
    expect(head).toEqual(['Fact', 'Halvering Courier', 'Northgate Wire', 'Radio Estuary', 'Daily Ledger']);
    const row = [...doc.querySelectorAll('table.coverage tbody tr')][0];
    expect([...row.children].map((c) => c.textContent)).toEqual(['killed (people)', '—', 'at least 14', '14', '16']);
  });

  it('groups claims by claimant and quotes by speaker', () => {
    const doc = dom(renderHtml(sampleReport()));
    const parties = [...doc.querySelectorAll('.whoSaysWhat .party-name')].map((p) => p.textContent);
    expect(parties).toEqual(['Brantwood Polymers', 'Clearwater Watch', 'Tomas Reuel', 'Ilse Marten', 'Marta Odell', 'Owen Pryce', 'Unattributed']);
    expect(doc.querySelector('.whoSaysWhat')!.textContent).toContain('(reported) the region would pay compensation to every affected family — said (Telegram)');
    // Only the speaker's own words get quotation marks.
    expect(doc.querySelector('.whoSaysWhat')!.textContent).toContain('“This plant met every standard we are held to.”');
  });

  it('lists sources with inferred dates marked and each article’s sentences, and every removal with its reason', () => {
    const story = sampleStory();
    const doc = dom(renderHtml({ generator: 'test', stories: [story] }));
    const sources = [...doc.querySelectorAll('article.source')];
    expect(sources.length).toBe(4);
    expect(sources[2].textContent).toContain('2025-03-12 (inferred)');
    expect(sources[0].querySelectorAll('.sent').length).toBe(6);
    expect(sources[0].querySelector('a.url')?.getAttribute('href')).toBe('https://halveringcourier.example/news/2025/03/11/brantwood-plant-explosion');
    const removed = doc.querySelector('.removed')!.textContent!;
    for (const r of story.removed) expect(removed).toContain(r.text);
    expect(removed).toContain('photo caption');
    expect(removed).toContain('list of links ("Read more")');
  });

  it('says so when sections are empty', () => {
    const doc = dom(renderHtml(storyWith({ disputes: [], timeline: [], removed: [], caveats: [] })));
    const text = doc.body.textContent!;
    expect(text).toContain('No conflicting figures.');
    expect(text).toContain('No dated events.');
    expect(text).toContain('Nothing was removed from these articles.');
    expect([...doc.querySelectorAll('h2.sec')].map((h) => h.textContent)).toEqual(SECTION_TITLES);
  });

  it('renders a report with no stories as a clear message', () => {
    const html = renderHtml({ generator: 'test', stories: [] });
    expect(dom(html).body.textContent).toContain('No stories in this report.');
    expect(danglingAnchors(html)).toEqual([]);
  });

  it('renders a story with one article and no facts without crashing', () => {
    const story: StoryReport = {
      id: 's', title: 'A lone report', removed: [], events: [], facts: [], entities: [], quotes: [], claims: [], disputes: [],
      timeline: [], caveats: [], coverage: { sources: [], rows: [] },
      articles: [{ id: 'x', source: 'Solo Post', title: null, url: null, published: null, publishedInferred: false, sentences: [{ id: 'x1', text: 'Something happened.' }] }],
      brief: [{ text: 'Something happened.', citations: [{ articleId: 'x', sentenceId: 'x1' }] }],
    };
    const html = renderHtml({ generator: 'test', stories: [story] });
    const text = dom(html).body.textContent!;
    expect(text).toContain('No figures were found.');
    expect(text).toContain('date unknown');
    expect(danglingAnchors(html)).toEqual([]);
  });

  it('shows a citation that does not resolve as a visible [?]', () => {
    const report = sampleReport();
    report.stories[0].brief[0].citations.push({ articleId: 'a9', sentenceId: 'nope' });
    const html = renderHtml(report);
    const broken = dom(html).querySelector('.cite.broken');
    expect(broken?.textContent).toBe('[?]');
    expect(broken?.getAttribute('title')).toBe('Citation does not resolve: article "a9", sentence "nope"');
    expect(danglingAnchors(html)).toEqual([]);
  });

  it('adds a table of contents when there are several stories, with ids unique across stories', () => {
    const report = sampleReport();
    report.stories.push({ ...sampleStory(), id: 'two', title: 'Second story' });
    const html = renderHtml(report);
    const doc = dom(html);
    expect([...doc.querySelectorAll('nav.toc a')].map((a) => a.textContent)).toEqual([
      'Explosion at Brantwood Polymers plant in Halvering',
      'Second story',
    ]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(danglingAnchors(html)).toEqual([]);
    // Numbering restarts per story.
    expect(doc.querySelectorAll('#story-2 a.cite')[0].textContent).toBe('[1]');
  });

  it('renders hostile titles, sentences, names and URLs inert', () => {
    const report = sampleReport();
    report.generator = '"><script>alert(1)</script>';
    const story = report.stories[0];
    story.title = '<script>alert(1)</script>';
    story.articles[0].title = '<img src=x onerror=alert(1)>';
    story.articles[0].url = 'javascript:alert(1)';
    story.articles[1].url = ' JaVaScRiPt:alert(1)';
    story.articles[3].url = 'https://evil.example/"onmouseover="alert(1)';
    story.articles[0].source = "O'Hare <b>Times</b>";
    story.articles[1].sentences[0].text = 'At least 14 "killed" <img src=x onerror=alert(1)> & \'more\'';
    story.entities[0].name = '<svg onload=alert(1)>';
    story.quotes[0].text = '</q><script>alert(1)</script>';
    story.claims[0].claimant = '<iframe src="javascript:alert(1)">';
    story.removed[0].text = '<a href="javascript:alert(1)">Read more</a>';
    story.caveats[0] = '<style>body{display:none}</style>';
    story.coverage.sources[0] = '<th onclick=alert(1)>';
    const html = renderHtml(report);

    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<svg|<iframe|<b>/i);
    expect(html).not.toMatch(/onerror=|onload=|onclick=|onmouseover=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html.match(/<style>/g)?.length).toBe(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const doc = dom(html);
    expect(doc.querySelectorAll('script, img, svg, iframe, b').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(#|https?:\/\/)/);
    // Text survives, shown as text.
    expect(doc.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
    expect(doc.body.textContent).toContain('javascript:alert(1)');
    const sent = doc.getElementById('s1-a2-1');
    expect(sent?.textContent).toContain('At least 14 "killed" <img src=x onerror=alert(1)> & \'more\'');
    const cite = doc.querySelector('a.cite[href="#s1-a2-1"]');
    expect(cite?.getAttribute('title')).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('a.url')?.getAttribute('href')).toBe('https://evil.example/%22onmouseover=%22alert(1)');
  });

  it('escapes the characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href='x' title="y">&`)).toBe('&lt;a href&#61;&#39;x&#39; title&#61;&quot;y&quot;&gt;&amp;');
    expect(escapeHtml(null)).toBe('');
  });
});
