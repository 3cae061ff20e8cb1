import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, ingestInputs, processPending } from '../../src/pipeline.js';
import { evidenceGroups } from '../../src/stages/reconcile/index.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { bundle, tempDir } from '../helpers.js';
import type { ArticleFeatures, StoryProfile } from '../../src/model/story.js';
import {
  cluster, defaultClusterOptions, duplicateCandidates, findDuplicate, frequentTermKeys, indexKeys, SMALL_STORE_DOCUMENTS, nameAgreement, sketchOf, NEAR_DUPLICATE_JACCARD, type ArticleRef,
} from '../../src/stages/cluster/index.js';
import { headerOf, pack, packedProfile, vectorsOf } from '../../src/stages/cluster/vectors.js';

const fire: ArticleFeatures = { terms: { warehous: 3, fire: 4, blaze: 2, firefight: 2 }, names: { 'n:elmsford': 3, 'n:whitfield': 2 }, date: '2024-05-07' };
const flood: ArticleFeatures = { terms: { flood: 4, river: 3, rescu: 2, boat: 2 }, names: { 'n:marlow': 3 }, date: '2024-05-07' };

function ref(id: string, title: string | null = null): ArticleRef {
  return { id, source: `Outlet ${id}`, title, lead: `Lead sentence of ${id}.` };
}

function storyFrom(id: string, f: ArticleFeatures, title = 'Warehouse fire in Elmsford'): StoryProfile {
  return cluster({ article: ref(id, title), features: f, candidates: [] }).profile;
}

describe('cluster', () => {
  it('opens a new story when there is no candidate, titled by the headline', () => {
    const out = cluster({ article: ref('a000000000001', 'Warehouse fire in Elmsford'), features: fire, candidates: [] });
    expect(out).toMatchObject({ created: true, storyId: 's000000000001', reason: 'no candidate story: a new story' });
    expect(out.profile).toMatchObject({ title: 'Warehouse fire in Elmsford', titleIsHeadline: true, articleCount: 1, firstDate: '2024-05-07' });
  });

  it('joins the story that shares its terms and names, and updates the story profile', () => {
    const story = storyFrom('a000000000001', fire);
    const second: ArticleFeatures = { ...fire, terms: { ...fire.terms, smoke: 1 }, date: '2024-05-08' };
    const out = cluster({ article: ref('a000000000002'), features: second, candidates: [story] });
    expect(out.created).toBe(false);
    expect(out.storyId).toBe(story.id);
    expect(out.profile).toMatchObject({ articleCount: 2, sources: ['Outlet a000000000001', 'Outlet a000000000002'], lastDate: '2024-05-08' });
    expect(out.profile.terms.smoke).toBe(1);
  });

  it('opens a new story for an article about another event, even with a candidate', () => {
    const out = cluster({ article: ref('a000000000003'), features: flood, candidates: [storyFrom('a000000000001', fire)] });
    expect(out.created).toBe(true);
    expect(out.reason).toMatch(/best similarity 0\.00 < 0\.18: a new story/);
  });

  it('asks stronger evidence of a story whose dates lie far from the article\'s event date', () => {
    const story = storyFrom('a000000000001', fire);
    // Some terms, half the names: enough within the date window, not weeks later.
    const partial: ArticleFeatures = { ...fire, terms: { warehous: 3, smoke: 4, roof: 3, ladder: 3 }, names: { 'n:elmsford': 3, 'n:redhill': 3 } };
    expect(cluster({ article: ref('a000000000004'), features: partial, candidates: [story] }).created).toBe(false);
    const weakLater = cluster({ article: ref('a000000000004'), features: { ...partial, date: '2024-07-01' }, candidates: [story] });
    expect(weakLater.created).toBe(true);
    expect(weakLater.reason).toMatch(/more than 7 days away: similarity ×0\.5\) < 0\.18: a new story/);
    // A follow-up naming the same people and places (a trial months later) still joins.
    const strongLater = cluster({ article: ref('a000000000008'), features: { ...fire, date: '2024-07-01' }, candidates: [story] });
    expect(strongLater.created).toBe(false);
    expect(strongLater.reason).toMatch(/more than 7 days away/);
  });

  it('counts the story\'s salient names missing from the article against the story', () => {
    // Same vocabulary, the article's one name is in the story, but the story's other name is not in the article.
    const story = storyFrom('a000000000001', { ...fire, names: { 'n:elmsford': 1, 'n:whitfield': 9 } });
    const lookAlike: ArticleFeatures = { ...fire, names: { 'n:elmsford': 1, 'n:corbin': 9 } };
    expect(nameAgreement(lookAlike.names, story)).toBeCloseTo(0.1, 5);
    expect(nameAgreement({ 'n:elmsford': 1 }, story)).toBeCloseTo(0.1, 5);
    expect(nameAgreement(fire.names, story)).toBe(1);
  });

  it('takes the first headline as the story title once a lead sentence (its final stop dropped) stood in for it', () => {
    const leadOnly = cluster({ article: ref('a000000000005'), features: fire, candidates: [] }).profile;
    expect(leadOnly).toMatchObject({ title: 'Lead sentence of a000000000005', titleIsHeadline: false });
    const out = cluster({ article: ref('a000000000006', 'Fire guts Elmsford warehouse'), features: fire, candidates: [leadOnly] });
    expect(out.profile).toMatchObject({ title: 'Fire guts Elmsford warehouse', titleArticleId: 'a000000000006', titleIsHeadline: true });
    const third = cluster({ article: ref('a000000000007', 'Another headline'), features: fire, candidates: [out.profile] });
    expect(third.profile.title).toBe('Fire guts Elmsford warehouse');
  });

  it('merges the stories an article fits strongly into the larger one, which keeps its id and gains the other\'s evidence', () => {
    // Two stories of one event, opened apart: one by its place, one by its victim; a later article names both.
    const byPlace = storyFrom('a000000000011', { ...fire, names: { 'n:elmsford': 3 } });
    const twice = cluster({ article: ref('a000000000012'), features: { ...fire, names: { 'n:elmsford': 3 } }, candidates: [byPlace] }).profile;
    const byVictim = storyFrom('a000000000013', { ...fire, names: { 'n:whitfield': 2 } });
    const out = cluster({ article: ref('a000000000014'), features: fire, candidates: [byVictim, twice] });
    expect(out).toMatchObject({ created: false, storyId: twice.id, merged: [byVictim.id] });
    expect(out.reason).toMatch(/merged into s000000000011 \(s000000000013\)/);
    expect(out.profile).toMatchObject({ id: twice.id, articleCount: 4 });
    expect(out.profile.names['n:whitfield']).toBeGreaterThan(0);
    expect(out.profile.sources).toEqual(['Outlet a000000000011', 'Outlet a000000000012', 'Outlet a000000000013', 'Outlet a000000000014']);
  });

  it('merges nothing when the article fits a second story only weakly, or it lies outside the date window', () => {
    const story = storyFrom('a000000000021', fire);
    const other = storyFrom('a000000000022', { ...fire, terms: { warehous: 3, roof: 4, ladder: 3 }, names: { 'n:whitfield': 2, 'n:corbin': 6 } });
    const out = cluster({ article: ref('a000000000023'), features: fire, candidates: [story, other] });
    expect(out).toMatchObject({ created: false, storyId: story.id, merged: [] });
    const later = storyFrom('a000000000024', { ...fire, date: '2024-08-01' });
    expect(cluster({ article: ref('a000000000025'), features: fire, candidates: [story, later] }).merged).toEqual([]);
    expect(cluster({ article: ref('a000000000026'), features: fire, candidates: [story, storyFrom('a000000000027', fire)] }, { ...defaultClusterOptions(), mergeThreshold: 2 }).merged).toEqual([]);
  });

  it('indexes an article under all its names and its strongest terms', () => {
    const keys = indexKeys(fire, { ...defaultClusterOptions(), indexTerms: 2 });
    expect(keys).toEqual(['n:elmsford', 'n:whitfield', 'fire', 'warehous']);
  });
});

describe('cluster on bad input', () => {
  const empty: ArticleFeatures = { terms: {}, names: {}, date: null };
  const oneWord: ArticleFeatures = { terms: { fire: 1 }, names: {}, date: '2024-05-07' };

  it('leaves an empty or one-word article alone in a story of its own, with the reason, and never touches a candidate', () => {
    const story = storyFrom('a000000000001', fire);
    for (const [id, f] of [['a000000000011', empty], ['a000000000012', oneWord]] as const) {
      const out = cluster({ article: ref(id), features: f, candidates: [story] });
      expect(out.created).toBe(true);
      expect(out.storyId).not.toBe(story.id);
      expect(out.reason).toMatch(/too little text to compare \(\d terms? and names < 3\): left alone/);
      expect(out.profile.articleCount).toBe(1);
    }
    expect(story.articleCount).toBe(1);
  });

  it('places an undated article by its evidence alone and says the date window was not applied', () => {
    const out = cluster({ article: ref('a000000000013'), features: { ...fire, date: null }, candidates: [storyFrom('a000000000001', fire)] });
    expect(out.created).toBe(false);
    expect(out.reason).toMatch(/undated: no date window applied/);
    expect(out.profile).toMatchObject({ firstDate: '2024-05-07', lastDate: '2024-05-07' });
  });
});

describe('near-duplicates', () => {
  const wire = 'Fire crews fought a blaze at a warehouse on the east side of Elmsford on Tuesday night, the fire department said. '
    + 'Two workers were treated for smoke inhalation and the cause is under investigation, officials added.';
  const rewrite = `${wire} The building had been empty for a year.`;
  const other = 'A river flood closed three roads and a school near the harbour on Monday, and boats rescued a family from a roof.';

  it('finds the earlier copy of a wire text by sketch, and confirms it by text', () => {
    const earlier = [{ articleId: 'a1', sketch: sketchOf(other) }, { articleId: 'a2', sketch: sketchOf(wire) }];
    const ids = duplicateCandidates(sketchOf(rewrite), earlier);
    expect(ids).toEqual(['a2']);
    const link = findDuplicate('a3', rewrite, [{ articleId: 'a2', text: wire }]);
    expect(link).toMatchObject({ articleId: 'a3', duplicateOf: 'a2' });
    expect(link!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
  });

  it('links nothing for a text that shares only its topic, or is too short to shingle', () => {
    expect(duplicateCandidates(sketchOf(other), [{ articleId: 'a2', sketch: sketchOf(wire) }])).toEqual([]);
    expect(findDuplicate('a3', other, [{ articleId: 'a2', text: wire }])).toBe(null);
    expect(sketchOf('Too short.')).toEqual([]);
    expect(duplicateCandidates([], [{ articleId: 'a2', sketch: [] }])).toEqual([]);
  });

  it('groups a story\'s copies by their stored links, and compares the texts when an article carries none', () => {
    const a = bundle('a1', 'Wire', '2024-05-07', [wire]);
    const b = bundle('a2', 'Gazette', '2024-05-07', [rewrite]);
    const c = bundle('a3', 'Herald', '2024-05-08', [other]);
    expect(evidenceGroups([a, b, c])).toEqual(new Map([['a1', 'a1'], ['a2', 'a1'], ['a3', 'a3']]));
    // Stored links are taken as they are (here one says the unrelated text copies a2, whose group is a1's).
    const linked = [{ ...a, duplicate: null }, { ...b, duplicate: { of: 'a1', similarity: 0.8 } }, { ...c, duplicate: { of: 'a2', similarity: 0.9 } }];
    expect(evidenceGroups(linked)).toEqual(new Map([['a1', 'a1'], ['a2', 'a1'], ['a3', 'a1']]));
    // One article never checked (processed before links were kept, or merged in): the texts decide.
    expect(evidenceGroups([linked[0], linked[1], c])).toEqual(new Map([['a1', 'a1'], ['a2', 'a1'], ['a3', 'a3']]));
  });

  it('links wire copy as the article joins its story, and the report counts the copies as one source', async () => {
    const { dir, cleanup } = tempDir();
    const store = new SqliteStore(join(dir, 'dup.db'));
    try {
      const title = 'Warehouse fire in Elmsford';
      await ingestInputs(store, [
        { input: { source: 'Wire', published: '2024-05-07', title, text: wire }, origin: 'test:1' },
        { input: { source: 'Gazette', published: '2024-05-07', title, text: rewrite }, origin: 'test:2' },
      ]);
      await processPending(store);
      const [story] = await store.listStories();
      expect(story.articleCount).toBe(2);
      const articles = await store.storyArticles(story.id);
      const [first, second] = articles.map((x) => x.article.id);
      expect(articles.map((x) => x.duplicate)).toEqual([null, { of: first, similarity: expect.any(Number) }]);
      expect(second).not.toBe(first);
      const report = await buildReport(store, [story.id]);
      expect(report.stories[0].caveats).toContain('1 of 2 articles are near-copies of another article and count as one source with it.');
    } finally {
      await store.close();
      cleanup();
    }
  });
});

describe('candidate keys in a small store', () => {
  const raw = { terms: new Map([['dead', 6], ['injur', 4], ['berm', 1], ['neighbor', 2]]) };

  it('adds the most frequent terms while the store is small, and nothing once idf means something', () => {
    expect(frequentTermKeys(raw, 3, { ...defaultClusterOptions(), indexTerms: 2 })).toEqual(['dead', 'injur']);
    expect(frequentTermKeys(raw, SMALL_STORE_DOCUMENTS, defaultClusterOptions())).toEqual([]);
  });
});

describe('story profiles read as arrays', () => {
  const story = storyFrom('a000000000001', fire);
  const { terms, names, ...header } = story;
  const packed = packedProfile(header, pack(terms), pack(names));
  const later: ArticleFeatures = { terms: { warehous: 2, fire: 3, smoke: 2 }, names: { 'n:elmsford': 2, 'n:ridley': 1 }, date: '2024-05-08' };

  it('compares and merges a profile read as arrays exactly as the same profile as objects', () => {
    const asObjects = cluster({ article: ref('a000000000002'), features: later, candidates: [story] });
    const asArrays = cluster({ article: ref('a000000000002'), features: later, candidates: [packed] });
    expect(asArrays.score).toBe(asObjects.score);
    expect(asArrays.reason).toBe(asObjects.reason);
    expect({ ...asArrays.profile }).toEqual({ ...asObjects.profile });
    expect(nameAgreement(later.names, packed)).toBe(nameAgreement(later.names, story));
  });

  it('builds the terms and names objects only when asked, in the saved order, heaviest first after a merge', () => {
    expect(Object.keys(packed.terms)).toEqual(Object.keys(terms));
    const merged = cluster({ article: ref('a000000000002'), features: later, candidates: [packed] }).profile;
    expect(vectorsOf(merged).terms.keys).toEqual(['fire', 'warehous', 'blaze', 'firefight', 'smoke']);
    expect(merged.terms).toEqual({ fire: 7, warehous: 5, blaze: 2, firefight: 2, smoke: 2 });
  });
});

describe('story profiles read as arrays, assigned to', () => {
  it('compares by the terms assigned, not those it was read with', () => {
    const story = storyFrom('a000000000001', fire);
    const p = packedProfile(headerOf(story), pack(story.terms), pack(story.names));
    p.terms = { flood: 4 };
    expect(vectorsOf(p).terms).toEqual({ keys: ['flood'], weights: [4] });
  });
});
