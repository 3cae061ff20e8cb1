import { describe, expect, it } from 'vitest';
import { Report, type StoryReport } from '../../src/model/schemas.js';
import { md, renderMarkdown } from '../../src/report/markdown.js';
import { sampleReport, sampleStory } from '../fixtures/sample-report.js';

const SECTIONS = [
  '### Brief',
  '### Disputed points',
  '### Facts',
  '### Timeline',
  '### Coverage matrix',
  '### Who says what',
  '### People, places and organisations',
  '### Caveats',
  '### Sources',
  '### Removed from the articles',
  '### Cited sentences',
];

/** The part of the document before the "Cited sentences" list, and the list's lines. */
function split(out: string): { body: string; cited: string[] } {
  const at = out.indexOf('### Cited sentences');
  return { body: out.slice(0, at), cited: out.slice(at).split('\n').filter((l) => l.startsWith('- [')) };
}

/** Cells of a Markdown table row, split on pipes that are not escaped. */
function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
}

/** Every table in the document: runs of lines starting with "|". */
function tables(out: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

function storyWith(patch: Partial<StoryReport>): Report {
  return { generator: 'test', stories: [{ ...sampleStory(), ...patch }] };
}

describe('renderMarkdown', () => {
  it('renders a fixture that satisfies the report contract', () => {
    expect(() => Report.parse(sampleReport())).not.toThrow();
  });

  it('gives the title, the article count, sources and date span, and every section in order', () => {
    const out = renderMarkdown(sampleReport());
    expect(out).toContain('## Explosion at Brantwood Polymers plant in Halvering');
    expect(out).toContain('4 articles from 4 sources (Halvering Courier, Northgate Wire, Radio Estuary, Daily Ledger)');
    expect(out).toContain('2025-03-11 to 2025-03-13');
    let last = -1;
    for (const heading of SECTIONS) {
      const at = out.indexOf(`\n${heading}\n`);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
    }
  });

  it('lists every citation number used in the story once in the cited sentences, numbered in order of first use', () => {
    const out = renderMarkdown(sampleReport());
    const { body, cited } = split(out);
    const used = [...body.matchAll(/(?<!\\)\[(\d+)\]/g)].map((m) => Number(m[1]));
    const firstUse = [...new Set(used)];
    expect(firstUse.length).toBeGreaterThan(10);
    expect(firstUse).toEqual(firstUse.map((_, i) => i + 1));
    const listed = cited.map((l) => Number(/^- \[(\d+)\]/.exec(l)?.[1]));
    expect(listed).toEqual(firstUse);
    expect(out).not.toContain('[?]');
  });

  it('gives each cited sentence with its source', () => {
    const out = renderMarkdown(sampleReport());
    const { cited } = split(out);
    expect(cited[0]).toBe(
      '- [1] Northgate Wire — “At least 14 people were killed and more than 40 injured in an explosion at a chemical plant in the town of Halvering on Tuesday, regional authorities said on Wednesday.”',
    );
    expect(cited.some((l) => l.includes('Daily Ledger — “Sixteen people died'))).toBe(true);
  });

  it('puts citations after the brief sentences and the disputes', () => {
    const out = renderMarkdown(sampleReport());
    expect(out).toMatch(/according to regional officials\. \[1\]\[2\]\n/);
    expect(out).toMatch(/- The death toll: .* \[1\]\[2\]\[5\]\n/);
  });

  it('shows values with their qualifiers, sources, status and best estimate in the facts table', () => {
    const out = renderMarkdown(sampleReport());
    expect(out).toContain('| killed (people) | conflicting | **at least 14** — Northgate Wire [1]; **14** — Radio Estuary [2]; **16** — Daily Ledger [5] | 14 (range 14–16): ');
    expect(out).toContain('| missing (workers) | claim by Brantwood Polymers |');
    expect(out).toContain('2,000 (range 1,800–2,200)');
    expect(out).toContain('*superseded*: ');
  });

  it('writes tables whose rows all have as many cells as the header', () => {
    const out = renderMarkdown(sampleReport());
    const found = tables(out);
    expect(found.length).toBe(4); // facts, timeline, coverage, names
    for (const t of found) {
      const width = cells(t[0]).length;
      expect(t[1]).toMatch(/^\|( --- \|)+$/);
      for (const line of t) expect(cells(line).length, line).toBe(width);
    }
  });

  it('marks a source that is silent on a figure with an em dash in the coverage matrix', () => {
    const out = renderMarkdown(sampleReport());
    expect(out).toContain('| Fact | Halvering Courier | Northgate Wire | Radio Estuary | Daily Ledger |');
    expect(out).toContain('| killed (people) | — | at least 14 | 14 | 16 |');
  });

  it('groups claims by claimant and quotes by speaker, with cue and channel, unattributed last', () => {
    const out = renderMarkdown(sampleReport());
    const who = out.slice(out.indexOf('### Who says what'), out.indexOf('### People, places'));
    expect(who.indexOf('**Brantwood Polymers**')).toBeLessThan(who.indexOf('**Clearwater Watch**'));
    expect(who.indexOf('#### Claims')).toBeLessThan(who.indexOf('#### Quotes'));
    expect(who).toContain('- (reported) the region would pay compensation to every affected family — said (Telegram) [');
    expect(who).toContain('- “This plant met every standard we are held to.” — said [');
    expect(who.indexOf('**Unattributed**')).toBeGreaterThan(who.indexOf('**Owen Pryce**'));
  });

  it('lists names with type and spelling variants', () => {
    const out = renderMarkdown(sampleReport());
    expect(out).toMatch(/\| Marta Odell \[\d+\]\[\d+\] \| person \| Marta Odel \|/);
    expect(out).toMatch(/\| Brantwood Polymers (\[\d+\])+ \| organisation \| Brantwood \|/);
  });

  it('lists each article with its date, marking inferred dates, and its sentences', () => {
    const out = renderMarkdown(sampleReport());
    expect(out).toContain('**3. Radio Estuary** — *Halvering blast: death toll rises to 14* — 2025-03-12 (inferred)');
    expect(out).toContain('<https://northgatewire.example/world/halvering-chemical-plant-blast>');
    expect(out).toContain('The plant, which makes resins for the furniture industry, employs around 400 people.');
  });

  it('lists every removed text with its reason, grouped by article', () => {
    const story = sampleStory();
    const out = renderMarkdown({ generator: 'test', stories: [story] });
    const removed = out.slice(out.indexOf('### Removed from the articles'), out.indexOf('### Cited sentences'));
    for (const r of story.removed) expect(removed).toContain(md(r.text));
    expect(removed).toContain('- photo caption: “Smoke rises over the Brantwood Polymers plant on Tuesday evening.”');
    expect(removed).toContain('- list of links ("Read more"): “Read more: Chemical safety rules under review \\| Halvering');
    expect(removed.indexOf('**Halvering Courier**')).toBeLessThan(removed.indexOf('**Northgate Wire**'));
  });

  it('says so when a section is empty rather than dropping it', () => {
    const out = renderMarkdown(storyWith({ disputes: [], timeline: [], claims: [], quotes: [], caveats: [], removed: [] }));
    expect(out).toContain('No conflicting figures.');
    expect(out).toContain('No dated events.');
    expect(out).toContain('No claims by parties to the events.');
    expect(out).toContain('No quotes.');
    expect(out).toContain('Nothing was removed from these articles.');
    for (const heading of SECTIONS) expect(out).toContain(heading);
  });

  it('renders a report with no stories as a clear message', () => {
    const out = renderMarkdown({ generator: 'test', stories: [] });
    expect(out).toContain('No stories in this report.');
    expect(out).not.toContain('### Brief');
  });

  it('renders a story with one article and no facts without crashing', () => {
    const story: StoryReport = {
      id: 's', title: 'A lone report', removed: [], events: [], facts: [], entities: [], quotes: [], claims: [], disputes: [],
      timeline: [], caveats: [], coverage: { sources: [], rows: [] },
      articles: [{ id: 'x', source: 'Solo Post', title: null, url: null, published: null, publishedInferred: false, sentences: [{ id: 'x1', text: 'Something happened.' }] }],
      brief: [{ text: 'Something happened.', citations: [{ articleId: 'x', sentenceId: 'x1' }] }],
    };
    const out = renderMarkdown({ generator: 'test', stories: [story] });
    expect(out).toContain('1 article from 1 source (Solo Post), publication dates unknown');
    expect(out).toContain('No figures were found.');
    expect(out).toContain('No figures to compare across sources.');
    expect(out).toContain('- [1] Solo Post — “Something happened.”');
    expect(out).toContain('**1. Solo Post** — date unknown');
  });

  it('shows a citation that does not resolve as [?] and says which one', () => {
    const report = sampleReport();
    report.stories[0].brief[0].citations.push({ articleId: 'a9', sentenceId: 'nope' });
    const out = renderMarkdown(report);
    expect(out).toMatch(/according to regional officials\. \[1\]\[2\]\[\?\]/);
    expect(out).toContain('- [?] Citation does not resolve: article "a9", sentence "nope"');
  });

  it('adds a list of stories when there are several', () => {
    const report = sampleReport();
    report.stories.push({ ...sampleStory(), id: 'two', title: 'Second story' });
    const out = renderMarkdown(report);
    expect(out).toContain('## Stories');
    expect(out).toContain('2. Second story — 4 articles');
    expect(out).toContain('## 2. Second story');
    // Numbering restarts per story.
    expect(out.split('- [1] Northgate Wire').length - 1).toBe(2);
  });

  it('escapes third-party text so it cannot break Markdown structure', () => {
    const report = sampleReport();
    const story = report.stories[0];
    story.title = '# <script>alert(1)</script>';
    story.articles[0].source = 'Pipe | Post';
    story.articles[0].title = '*bold* _under_ [link](javascript:alert(1))';
    story.articles[0].url = 'javascript:alert(1)';
    story.articles[1].sentences[0].text = 'Line one\n# not a heading\n| not | a | row |';
    story.entities[0].name = 'A|B';
    story.entities[0].variants = ['1. listy', '<img src=x onerror=alert(1)>'];
    story.coverage.rows[0].label = 'x | y';
    story.removed[0].text = '- [Read more](http://x.example) &amp; more';
    const out = renderMarkdown(report);

    expect(out).toContain('## \\# \\<script\\>alert(1)\\</script\\>');
    expect(out).not.toMatch(/(?<!\\)<(script|img)/);
    expect(out).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(out).toContain('\\*bold\\* \\_under\\_ \\[link\\](javascript:alert(1))');
    expect(out).not.toContain('<javascript:');
    expect(out).toContain('— javascript:alert(1)');
    expect(out.split('\n').some((l) => l.startsWith('# not a heading'))).toBe(false);
    expect(out).toContain('Line one # not a heading \\| not \\| a \\| row \\|');
    expect(out).toContain('Pipe \\| Post');
    expect(out).toContain('\\&amp; more');
    // Tables still have the right shape with pipes in their cells.
    for (const t of tables(out)) {
      const width = cells(t[0]).length;
      for (const line of t) expect(cells(line).length, line).toBe(width);
    }
  });

  it('escapes block markers at the start of third-party text', () => {
    expect(md('# x')).toBe('\\# x');
    expect(md('> x')).toBe('\\> x');
    expect(md('- x')).toBe('\\- x');
    expect(md('+ x')).toBe('\\+ x');
    expect(md('2025. A year')).toBe('2025\\. A year');
    expect(md('3) x')).toBe('3\\) x');
    expect(md('a  \n\n b')).toBe('a b');
    expect(md('AT&T')).toBe('AT&T');
  });
});

describe('renderMarkdown: a cited title', () => {
  it('numbers the title\'s citation first, on the story heading', () => {
    const story = sampleStory();
    const first = story.articles[0];
    const titled: StoryReport = { ...story, titleCitations: [{ articleId: first.id, sentenceId: first.sentences[0].id }] };
    const out = renderMarkdown(Report.parse({ ...sampleReport(), stories: [titled] }));
    expect(out).toMatch(new RegExp(`^## ${md(story.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[1\\]$`, 'm'));
    expect(split(out).cited[0]).toContain(first.sentences[0].text.slice(0, 20));
  });
});
