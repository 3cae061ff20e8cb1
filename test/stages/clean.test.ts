import { describe, expect, it } from 'vitest';
import { clean, defaultCleanOptions, paragraphSignals } from '../../src/stages/clean/index.js';
import { backgroundIdf, termsAndPairs } from '../../src/stages/clean/intruder-overlap.js';
import { specificsOf } from '../../src/stages/clean/specifics.js';

const BODY = [
  'A fire destroyed a furniture warehouse in Elmsford on Tuesday night, the county fire department said.',
  'Two firefighters were treated for smoke inhalation and released, according to the department.',
  'The blaze started in a loading bay and spread to the roof within minutes, witnesses told reporters.',
];

function reasons(out: ReturnType<typeof clean>): string[] {
  return out.removals.map((r) => r.reason);
}

describe('clean (plain text)', () => {
  it('removes captions with credits, link lists, teasers, sub-headings and prompts, each with its reason', () => {
    const raw = [
      'A view shows the burnt-out warehouse in Elmsford, May 2, 2024. County Fire Department/Handout via REUTERS',
      BODY[0],
      'Latest updates: Warehouse blaze under control',
      BODY[1],
      'Read more:',
      'Mayor promises review of fire codes',
      'Rail line reopens after flooding',
      'INVESTIGATORS AT THE SCENE',
      BODY[2],
      'Sign up for our daily newsletter to get the latest news.',
    ].join('\n');
    const out = clean({ format: 'text', raw, title: 'Warehouse fire' });
    expect(reasons(out)).toEqual(['caption', 'teaser', 'link-list', 'link-list', 'link-list', 'subheading', 'prompt']);
    expect(out.text).toBe(['Warehouse fire', ...BODY].join('\n\n'));
    expect(out.headline).toBe('Warehouse fire');
    expect(out.removals[0].text).toContain('Handout via REUTERS');
  });

  it('opens the text with the headline, without the site name a page title appends, and only once', () => {
    const body = 'A fire destroyed a furniture warehouse in Elmsford on Tuesday night, the county fire department said.';
    const titled = clean({ format: 'text', raw: body, title: 'Two hurt as fire guts warehouse - WXYZ.com - Elmsford, New York' });
    expect(titled.text).toBe(`Two hurt as fire guts warehouse\n\n${body}`);
    expect(titled.headline).toBe('Two hurt as fire guts warehouse');
    expect(titled.textWithoutHeadline).toBe(body);
    const already = clean({ format: 'text', raw: `Two hurt as fire guts warehouse\n\n${body}`, title: 'Two hurt as fire guts warehouse' });
    expect(already.text).toBe(`Two hurt as fire guts warehouse\n\n${body}`);
    expect(already.headline).toBeNull();
    expect(already.textWithoutHeadline).toBe(already.text);
    expect(clean({ format: 'text', raw: body, title: null }).text).toBe(body);
  });

  it('removes contributor lines and how-to-reach-the-writer lines, and keeps quotes closed after a space', () => {
    const raw = [
      BODY[0],
      '"The building was gone within the hour, and there was nothing anyone could do. "',
      BODY[1],
      'Staff writer Dana Whitfield contributed to this report.',
      'Dana Whitfield can be reached at 555-0100. Follow Dana Whitfield on Twitter.',
      'dwhitfield@courier.example',
    ].join('\n');
    const out = clean({ format: 'text', raw, title: 'Warehouse fire' });
    expect(reasons(out)).toEqual(['credit', 'prompt', 'prompt']);
    expect(out.text).toContain('nothing anyone could do');
  });

  it('removes a caption that ends with a photo credit in parentheses', () => {
    const raw = [BODY[0], 'Residents say they are being targeted in the area. (Photo Source: WXYZ News 5)', BODY[1]].join('\n');
    const out = clean({ format: 'text', raw, title: null });
    expect(out.removals.map((r) => r.text)).toEqual(['Residents say they are being targeted in the area. (Photo Source: WXYZ News 5)']);
    expect(out.text).toBe([BODY[0], BODY[1]].join('\n\n'));
  });

  it('drops the soft hyphens and zero-width spaces a page leaves inside words', () => {
    const out = clean({ format: 'text', raw: ['A gun\u00ADman fired on a ware\u200Bhouse in Elmsford on Tuesday.', BODY[1]].join('\n'), title: null });
    expect(out.text).toContain('A gunman fired on a warehouse in Elmsford on Tuesday.');
    expect(out.text).not.toMatch(/[\u00AD\u200B]/);
  });

  it('takes a first line that is only a time stamp for no headline, and removes it as a date line', () => {
    const raw = ['Updated: March 3, 2030 09:15 EST', BODY[0], BODY[1]].join('\n');
    const out = clean({ format: 'text', raw, title: null });
    expect(out.title).toBeNull();
    expect(out.removals.map((r) => [r.text, r.reason])).toEqual([['Updated: March 3, 2030 09:15 EST', 'dateline']]);
    // It is the article's publication day, which nothing else gave.
    expect(out.published).toBe('2030-03-03');
  });

  it('judges a headline-like first line like any paragraph when the given title is another', () => {
    const raw = ['Please enable Javascript to watch this video', BODY[0], BODY[1]].join('\n\n');
    const out = clean({ format: 'text', raw, title: 'Warehouse fire' });
    expect(reasons(out)).toEqual(['prompt']);
    expect(out.text).toBe(['Warehouse fire', BODY[0], BODY[1]].join('\n\n'));
  });

  it('removes video-player and script notices as prompts', () => {
    const raw = [BODY[0], 'Please enable Javascript to watch this video', BODY[1], 'Your browser does not support the video tag.'].join('\n');
    const out = clean({ format: 'text', raw, title: null });
    expect(reasons(out)).toEqual(['prompt', 'prompt']);
    expect(out.text).toBe([BODY[0], BODY[1]].join('\n\n'));
  });

  it('takes a metadata date line off the top as a dateline and reports its date', () => {
    const out = clean({ format: 'text', raw: `date 2024-05-03 ${BODY[0]}\n${BODY[1]}`, title: null });
    expect(out.published).toBe('2024-05-03');
    expect(out.removals[0]).toMatchObject({ reason: 'dateline', text: 'date 2024-05-03' });
    expect(out.text.startsWith(BODY[0])).toBe(true);
  });

  it('uses a first line that reads as a headline as the title, and keeps it citable', () => {
    const out = clean({ format: 'text', raw: `Warehouse fire injures two firefighters\n${BODY.join('\n')}`, title: null });
    expect(out.title).toBe('Warehouse fire injures two firefighters');
    expect(out.removals).toEqual([]);
  });

  it('detects but keeps text whose reason is listed in `keep` (a removal undone)', () => {
    const raw = `${BODY[0]}\nINVESTIGATORS AT THE SCENE\n${BODY[1]}`;
    const out = clean({ format: 'text', raw, title: null }, { ...defaultCleanOptions(), keep: ['subheading'] });
    expect(out.removals).toEqual([]);
    expect(out.text).toContain('INVESTIGATORS AT THE SCENE');
  });

  it('removes a paragraph that shares nothing with a long enough story as an intruder', () => {
    const more = [
      'Fire crews from Elmsford, Greenburgh and Hartsdale fought the warehouse blaze for four hours before it was under control.',
      'The warehouse held furniture, mattresses and foam packaging, which fed the flames, the fire chief said at the scene.',
      'Neighbours on Saw Mill River Road were told to keep windows shut because of heavy smoke drifting across the valley.',
      'The county fire marshal will investigate the cause of the fire; arson has not been ruled out, the chief added.',
      'The owner of the warehouse said the building was insured and that no employees were inside when the fire started.',
    ];
    const intruder = 'Quarterly revenue at the software maker beat analyst expectations, lifting its shares in early trading on strong subscription growth.';
    const out = clean({ format: 'text', raw: [...BODY, ...more.slice(0, 3), intruder, ...more.slice(3)].join('\n'), title: null });
    expect(out.removals.map((r) => [r.reason, r.text])).toEqual([['intruder', intruder]]);
  });

  it('never judges cohesion in an article too short to judge it', () => {
    const out = clean({ format: 'text', raw: [...BODY, 'Quarterly revenue at the software maker beat analyst expectations.'].join('\n'), title: null });
    expect(out.removals).toEqual([]);
  });

  it('rejoins hard-wrapped paragraphs', () => {
    const wrapped = 'A fire destroyed a furniture warehouse in Elmsford on Tuesday night and\nfirefighters from three towns fought it for hours before bringing the\nflames under control early on Wednesday morning, officials said.';
    const out = clean({ format: 'text', raw: wrapped, title: null });
    expect(out.text).not.toContain('\n');
  });

  it('guesses the language of non-English text instead of assuming English', () => {
    expect(clean({ format: 'text', raw: 'Вибух стався вночі в центрі міста. Троє людей загинули.', title: null }).language).toBe('und-Cyrl');
    expect(clean({ format: 'text', raw: BODY.join('\n'), title: null }).language).toBe('en');
  });
});

describe('clean (HTML)', () => {
  const page = `<!doctype html><html lang="en-GB"><head><title>Fire | Courier</title>
    <meta property="article:published_time" content="2024-05-03T08:00:00Z"><script>var x = "<p>not text</p>";</script><style>p{}</style></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <article><h1>Warehouse fire injures two</h1><p class="byline">By Dana Whitfield</p>
    ${BODY.map((b) => `<p>${b} ${b}</p>`).join('')}
    <figure><img src="x.jpg"><figcaption>The warehouse after the fire. Photo: Courier</figcaption></figure>
    <h2>What happens next</h2><p>${BODY[2]} Investigators are expected on site on Thursday, the department said.</p></article>
    <footer>© 2024 Courier Media. All rights reserved.</footer></body></html>`;
  const out = clean({ format: 'html', raw: page, title: null });

  it('extracts the body with paragraph boundaries, the date and the language', () => {
    expect(out.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(out.text).toContain(BODY[1]);
    expect(out.published).toBe('2024-05-03');
    expect(out.language).toBe('en');
    expect(out.text).not.toContain('not text');
  });

  it('records captions, sub-headings and the page chrome as removals instead of dropping them', () => {
    const rs = reasons(out);
    expect(rs).toContain('boilerplate');
    expect(rs).toContain('caption');
    expect(rs).toContain('subheading');
    expect(out.text).not.toContain('What happens next');
    expect(out.removals.find((r) => r.reason === 'boilerplate')!.text).toContain('All rights reserved');
  });

  it('gives the page-level body with sub-headings in and figure captions out, beside the cleaned story text', () => {
    expect(out.body).toContain('What happens next');
    expect(out.body).toContain(BODY[1]);
    expect(out.body).not.toContain('The warehouse after the fire');
    expect(out.text).not.toContain('What happens next');
  });

  it('prunes share bars, related rails, author boxes and link-dense blocks inside the article, keeping them as removals', () => {
    const furnished = `<!doctype html><html><body><div class="wrap"><header class="site"><p>Courier</p></header>
      <article><div class="share-bar"><span>Share on Facebook</span> <span>Share by email</span></div>
      ${BODY.map((b) => `<p>${b} ${b}</p>`).join('')}
      <p><a href="/a">Mayor promises review of fire codes</a> <a href="/b">Rail line reopens after flooding</a></p>
      <p>${BODY[2]} Investigators are expected on site on Thursday, the department said.</p>
      <ul class="related-stories"><li>Storm closes the harbour for a second day in a row</li><li>School budget vote delayed again</li></ul>
      <div class="author-box"><p>Dana Whitfield covers the county for the Courier and has done so for ten years.</p></div>
      <figure><div class="gallery"><p>1 of 6</p></div><figcaption><p>The warehouse after the fire.</p></figcaption></figure>
      </article></div></body></html>`;
    const res = clean({ format: 'html', raw: furnished, title: null });
    expect(res.body).toContain(BODY[1]);
    expect(res.body).toContain('Investigators are expected on site');
    for (const furniture of ['Share on Facebook', 'Mayor promises review', 'Storm closes the harbour', 'covers the county', '1 of 6', 'The warehouse after the fire']) {
      expect(res.body).not.toContain(furniture);
    }
    // Nothing silently dropped: pruned furniture is page chrome (or, once a paragraph, a sentence-level removal).
    const removed = res.removals.map((r) => r.text).join(' ');
    for (const furniture of ['Share on Facebook', 'Storm closes the harbour', 'covers the county']) expect(removed).toContain(furniture);
  });

  it('survives 10,000 levels of nesting and a page with no article', () => {
    const deep = `<html><body>${'<div>'.repeat(10_000)}<p>${BODY[0]}</p>${'</div>'.repeat(10_000)}</body></html>`;
    const nested = clean({ format: 'html', raw: deep, title: null });
    expect(nested.text).toContain('furniture warehouse');
    const empty = clean({ format: 'html', raw: '<html><head><script>1</script></head><body><nav>Home</nav></body></html>', title: null });
    expect(empty.text).toBe('');
    expect(empty.note).toMatch(/no article text|removed as noise/);
  });
});

describe('story-level intruder signals: rarity, word pairs, best match, places', () => {
  const signalsOf = (articles: string[][]) => paragraphSignals(articles.map((paragraphs, i) => ({ articleId: `r${i}`, paragraphs })));
  const find = (all: ReturnType<typeof signalsOf>, article: string, paragraph: number) => all.find((s) => s.articleId === article && s.paragraph === paragraph)!;

  it('weighs common news words below rare ones, and names rarest of all', () => {
    expect(backgroundIdf('polic')).toBeLessThan(backgroundIdf('hospit'));
    expect(backgroundIdf('hospit')).toBeLessThan(backgroundIdf('quillworth'));
  });

  it('numbers the pairs of adjacent content terms within one story', () => {
    const ids = new Map<string, number>();
    const a = termsAndPairs('Gunfire erupted on the porch.', ids);
    const b = termsAndPairs('Neighbours heard gunfire erupted nearby.', ids);
    expect([...a.pairs].filter((p) => b.pairs.has(p))).toHaveLength(1);
    expect(a.weights).toHaveLength(a.terms.size);
  });

  it('reads named counties, streets and hospitals, and not a capitalised word alone', () => {
    const s = specificsOf('He was taken from the 2300 block of Ketley Road to Arden Memorial Hospital in Polk County. The Street team left.');
    expect([...s.places].sort()).toEqual(['county:polk', 'hospital:arden memorial', 'street:ketley']);
    expect(specificsOf('N. Marlow Ave. was closed.').places).toEqual(new Set(['street:marlow']));
  });

  it('marks a paragraph naming another county than the story, and not one naming the same', () => {
    const all = signalsOf([
      ['A man was shot outside a bar in Polk County on Saturday, the sheriff said.', 'Polk County deputies found him in the parking lot.', 'Deputies in Merton County arrested a woman after a chase.'],
      ['Polk County sheriff deputies are looking for the gunman who shot a man outside a bar.', 'The victim is expected to survive, Polk County officials said.'],
    ]);
    expect(find(all, 'r0', 2).placeConflict).toBe(1);
    expect(find(all, 'r0', 1).placeConflict).toBe(0);
  });

  it('gives a paragraph sharing only common words a lower rare share than its plain share, and a retold one a high best match', () => {
    const all = signalsOf([
      ['Police said a man was shot on Kestrel Lane early Sunday.', 'Police said the man was shot near the Vexmoor tannery.',
        'The gunman fled in a grey pickup toward the quarry, witnesses said.'],
      ['A man was fatally shot on Kestrel Lane early Sunday.', 'Witnesses saw the gunman flee in a grey pickup toward the quarry.',
        'Police said a man was shot and taken to a hospital.'],
    ]);
    const common = find(all, 'r0', 1);
    const retold = find(all, 'r0', 2);
    expect(common.otherArticleShare).toBeGreaterThanOrEqual(0.5);
    expect(common.rareOtherArticleShare).toBeLessThan(0.3);
    expect(retold.bestMatch).toBeGreaterThan(0.6);
    expect(retold.pairShare).toBeGreaterThan(0);
    expect(retold.novelty).toBeLessThan(common.novelty);
  });
});

