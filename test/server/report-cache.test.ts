/**
 * The report cache on its own, with a hand-moved clock and made-up reports: when an entry is served, when
 * it is built again, and what it keeps.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/schemas.js';
import { ReportCache, StoryListCache } from '../../src/server/report-cache.js';

const version = (articleCount: number) => ({ articleCount, firstDate: '2031-01-01', lastDate: '2031-01-02', title: 'A story', sources: ['A', 'B'] });
const report = (id: string, n: number): Report => ({ generator: 'test', stories: [{ id, title: `built ${n}` } as Report['stories'][number]] });

function setup(maxEntries = 2, maxAgeMs = 1000) {
  let now = 0;
  const cache = new ReportCache({ maxEntries, maxAgeMs }, () => now);
  let builds = 0;
  const get = async (id: string, count = 1) => JSON.parse((await cache.get(id, version(count), async () => report(id, ++builds))).json).title as string;
  return { cache, get, tick: (ms: number) => (now += ms) };
}

describe('report cache', () => {
  it('serves a built report until its story version changes', async () => {
    const { get } = setup();
    expect(await get('s1')).toBe('built 1');
    expect(await get('s1')).toBe('built 1');
    expect(await get('s1', 2)).toBe('built 2');
    expect(await get('s1', 2)).toBe('built 2');
  });

  it('builds again once an entry is older than its maximum age', async () => {
    const { get, tick } = setup();
    expect(await get('s1')).toBe('built 1');
    tick(1000);
    expect(await get('s1')).toBe('built 1');
    tick(1);
    expect(await get('s1')).toBe('built 2');
  });

  it('drops everything when told the store changed', async () => {
    const { cache, get } = setup();
    await get('s1');
    cache.invalidateAll();
    expect(await get('s1')).toBe('built 2');
  });

  it('keeps at most maxEntries stories, dropping the least recently used', async () => {
    const { get } = setup(2);
    await get('s1'); // built 1
    await get('s2'); // built 2
    await get('s1'); // hit: s2 is now the least recently used
    await get('s3'); // built 3, drops s2
    expect(await get('s1')).toBe('built 1');
    expect(await get('s2')).toBe('built 4');
  });

  it('shares one build between concurrent requests, and does not keep a failed one', async () => {
    const cache = new ReportCache({ maxEntries: 4, maxAgeMs: 1000 });
    let builds = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async () => { builds++; await gate; return report('s1', builds); };
    const both = Promise.all([cache.get('s1', version(1), slow), cache.get('s1', version(1), slow)]);
    release();
    const [a, b] = await both;
    expect(a).toBe(b);
    expect(builds).toBe(1);
    expect(cache.stats).toEqual({ builds: 1, hits: 1 });

    await expect(cache.get('s2', version(1), async () => { throw new Error('store closed'); })).rejects.toThrow('store closed');
    expect(JSON.parse((await cache.get('s2', version(1), async () => report('s2', 9))).json).title).toBe('built 9');
  });

  it('gives the same ETag to the same report built twice, and another to a changed one', async () => {
    const cache = new ReportCache({ maxEntries: 4, maxAgeMs: 1000 });
    const first = await cache.get('s1', version(1), async () => report('s1', 1));
    cache.invalidateAll();
    const again = await cache.get('s1', version(1), async () => report('s1', 1));
    const changed = await cache.get('s1', version(2), async () => report('s1', 2));
    expect(again.etag).toBe(first.etag);
    expect(changed.etag).not.toBe(first.etag);
  });

  it('renders each format once per build', async () => {
    const cache = new ReportCache();
    const cached = await cache.get('s1', version(1), async () => report('s1', 1));
    let renders = 0;
    const render = (r: Report) => `${r.stories[0].title} #${++renders}`;
    expect(cached.rendered('html', render)).toBe('built 1 #1');
    expect(cached.rendered('html', render)).toBe('built 1 #1');
    expect(cached.rendered('md', render)).toBe('built 1 #2');
  });

  it('with no entries allowed, builds on every request', async () => {
    const { get } = setup(0);
    expect(await get('s1')).toBe('built 1');
    expect(await get('s1')).toBe('built 2');
  });
});

describe('story list cache', () => {
  it('reads the list again when the store counts change, and finds each story by id', async () => {
    const cache = new StoryListCache({ maxEntries: 1, maxAgeMs: 1000 });
    let reads = 0;
    const read = async () => { reads++; return [{ id: 's1', title: 'One', articleCount: reads, sources: [], firstDate: null, lastDate: null }]; };
    expect((await cache.get({ articles: 1 }, read)).byId.get('s1')?.articleCount).toBe(1);
    expect((await cache.get({ articles: 1 }, read)).items).toHaveLength(1);
    expect(reads).toBe(1);
    expect((await cache.get({ articles: 2 }, read)).byId.get('s1')?.articleCount).toBe(2);
  });
});
