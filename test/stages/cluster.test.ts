import { describe, expect, it } from 'vitest';
import type { ArticleFeatures, StoryProfile } from '../../src/model/story.js';
import { cluster, defaultClusterOptions, indexKeys, nameAgreement, type ArticleRef } from '../../src/stages/cluster/index.js';

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
