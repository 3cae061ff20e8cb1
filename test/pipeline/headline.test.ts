/**
 * The headline through the pipeline: it opens the stored text as a citeable sentence, a figure only the
 * headline states becomes a fact, and the story is titled by the headline without the site's name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport, ingestInputs, processPending } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

describe('a headline through the pipeline', () => {
  let store: SqliteStore;
  afterEach(async () => store.close());

  it('cites a figure only the headline states, and titles the story without the site name', async () => {
    store = new SqliteStore(':memory:');
    await ingestInputs(store, [{
      input: {
        title: 'Five hurt in Dunmore warehouse blaze - Valley Courier - Dunmore, Ohio', source: 'Valley Courier', published: '2031-03-14',
        text: 'A fire tore through a warehouse on the edge of Dunmore on Thursday night, the fire service said.\n\nCrews fought the flames until dawn.',
      },
      origin: 'test',
    }]);
    await processPending(store);
    const [story] = (await buildReport(store)).stories;
    expect(story.title).toBe('Five hurt in Dunmore warehouse blaze');
    const headline = story.articles[0].sentences[0];
    expect(headline).toMatchObject({ text: 'Five hurt in Dunmore warehouse blaze', headline: true });
    const injured = story.facts.find((f) => f.measure === 'injured');
    expect(story.titleCitations).toEqual([{ articleId: story.articles[0].id, sentenceId: headline.id }]);
    expect(injured?.estimate.best).toBe(5);
    expect(injured?.values[0].citations.map((c) => c.sentenceId)).toEqual([headline.id]);
    expect(story.brief.every((b) => !(b.citations.length === 1 && b.citations[0].sentenceId === headline.id && b.text === headline.text))).toBe(true);
  });
});

describe('a page that comes without a title', () => {
  let store: SqliteStore;
  afterEach(async () => store.close());

  it('keeps the headline the page gives as the article\'s title, so the report knows it for the headline', async () => {
    store = new SqliteStore(':memory:');
    const html = `<html><head><title>Five hurt in Dunmore warehouse blaze</title></head><body><article>
      <h1>Five hurt in Dunmore warehouse blaze</h1>
      <p>A fire tore through a warehouse on the edge of Dunmore on Thursday night, the fire service said.</p>
      <p>Crews fought the flames until dawn, and the road stayed closed into the morning.</p></article></body></html>`;
    await ingestInputs(store, [{ input: { html, source: 'Valley Courier', published: '2031-03-14' }, origin: 'test' }]);
    await processPending(store);
    const [story] = (await buildReport(store)).stories;
    expect(story.articles[0].title).toBe('Five hurt in Dunmore warehouse blaze');
    expect(story.articles[0].sentences[0]).toMatchObject({ text: 'Five hurt in Dunmore warehouse blaze', headline: true });
    expect(story.brief.some((b) => b.text === 'Five hurt in Dunmore warehouse blaze')).toBe(false);
  });
});

describe('a publication date from the URL', () => {
  let store: SqliteStore;
  afterEach(async () => store.close());

  it('dates an article without a date by its dated URL path, marked inferred, and resolves its weekdays against it', async () => {
    store = new SqliteStore(':memory:');
    await ingestInputs(store, [{
      input: {
        title: 'Warehouse fire in Dunmore', source: 'Valley Courier', url: 'https://courier.example/2031/03/14/warehouse-fire/',
        text: 'A fire tore through a warehouse in Dunmore on Thursday night, the fire service said.\n\nCrews fought the flames until dawn.',
      },
      origin: 'test',
    }]);
    await processPending(store);
    const [story] = (await buildReport(store)).stories;
    expect(story.articles[0]).toMatchObject({ published: '2031-03-14', publishedInferred: true });
    expect(story.timeline.map((t) => t.date)).toContain('2031-03-13');
  });
});
