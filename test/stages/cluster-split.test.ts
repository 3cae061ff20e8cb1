import { describe, expect, it } from 'vitest';
import type { ArticleFeatures } from '../../src/model/story.js';
import { cluster, similarity, type ArticleRef } from '../../src/stages/cluster/index.js';
import { bipartition, findSplit, pairSimilarity, splitProfiles, SPLIT_MIN_PART, SPLIT_MIN_STORY, type SplitMember } from '../../src/stages/cluster/split.js';

// Two title fights of one made-up champion: the shared vocabulary (the champion, the belts, the rounds) and
// each fight's own opponent, venue and result.
const shared = { champion: 3, heavyweight: 2, title: 2, round: 2, belt: 2, knockout: 1 };
function fight(k: number, own: Record<string, number>, names: Record<string, number>): ArticleFeatures {
  // Each article words the event a little differently: one term of its own.
  return { terms: { ...shared, ...own, [`detail${k}`]: 1 }, names: { 'n:varga': 3, ...names }, date: null };
}
const first = (k: number) => fight(k, { stadium: 2, referee: 1, seventh: 2 }, { 'n:oakridge': 2, 'n:pellow': 3 });
const second = (k: number) => fight(k, { arena: 2, judges: 1, sixth: 2 }, { 'n:harbourside': 2, 'n:trask': 3 });

function member(id: string, features: ArticleFeatures, title: string | null = null): SplitMember {
  const article: ArticleRef = { id, source: `Outlet ${id}`, title, lead: `Lead of ${id}.` };
  return { article, features };
}

describe('story splits', () => {
  it('finds the newer event\'s articles in a story that holds two look-alike events, and moves them out', () => {
    const members = [
      ...Array.from({ length: 12 }, (_, k) => member(`a0000000000${10 + k}`, first(k))),
      ...Array.from({ length: 4 }, (_, k) => member(`a0000000000${30 + k}`, second(20 + k))),
    ];
    expect(members.length).toBe(SPLIT_MIN_STORY);
    const split = findSplit(members, members.length);
    expect(split?.moved).toEqual(['a000000000030', 'a000000000031', 'a000000000032', 'a000000000033']);
    expect(split!.between / split!.within).toBeLessThan(0.7);
    expect(split!.reason).toMatch(/^split: 4 of the story's latest 16 articles agree with each other/);
  });

  it('leaves one event alone, a story under the minimum size, and a part under the minimum of articles', () => {
    const one = Array.from({ length: 18 }, (_, k) => member(`a0000000000${10 + k}`, first(k)));
    expect(findSplit(one, one.length)).toBeNull();
    const small = [...one.slice(0, SPLIT_MIN_STORY - 1 - SPLIT_MIN_PART), ...Array.from({ length: SPLIT_MIN_PART }, (_, k) => member(`a0000000000${30 + k}`, second(k)))];
    expect(findSplit(small, small.length)).toBeNull();
    // An outlier pair (fewer than SPLIT_MIN_PART) is not a second event.
    const outliers = [...one, ...Array.from({ length: SPLIT_MIN_PART - 1 }, (_, k) => member(`a0000000000${30 + k}`, second(k)))];
    expect(findSplit(outliers, outliers.length)).toBeNull();
  });

  it('splits a similarity graph at its weakest normalised cut, not by peeling one outlier', () => {
    // Two blocks of three, strongly linked within, weakly across; node 6 hangs loosely on the first block.
    const w = Array.from({ length: 7 }, (_, i) => Array.from({ length: 7 }, (_, j) => {
      if (i === j) return 0;
      if (i === 6 || j === 6) return 0.05;
      return (i < 3) === (j < 3) ? 0.6 : 0.1;
    }));
    const [a, b] = bipartition(w, 3)!;
    const parts = [a, b].map((p) => p.filter((i) => i !== 6).sort());
    expect(parts).toContainEqual([0, 1, 2]);
    expect(parts).toContainEqual([3, 4, 5]);
    expect(bipartition(w.slice(0, 5).map((r) => r.slice(0, 5)), 3)).toBeNull(); // 5 nodes cannot make two parts of 3
  });

  it('scores a pair as the clusterer scores each against a story of the other alone, averaged, either way round', () => {
    const alone = (f: ArticleFeatures) => cluster({ article: member('a000000000099', f).article, features: f, candidates: [] }).profile;
    const both = (a: ArticleFeatures, b: ArticleFeatures) => (similarity(a, alone(b), defaults()) + similarity(b, alone(a), defaults())) / 2;
    const nameless: ArticleFeatures = { ...first(3), names: {} };
    for (const [a, b] of [[first(1), second(2)], [first(1), first(2)], [nameless, second(2)], [first(1), nameless]]) {
      expect(pairSimilarity(a, b)).toBeCloseTo(both(a, b), 12);
    }
    expect(pairSimilarity(first(1), second(2))).toBeCloseTo(pairSimilarity(second(2), first(1)), 12);
    expect(pairSimilarity(first(1), first(2))).toBeGreaterThan(pairSimilarity(first(1), second(2)));
  });

  it('gives the moved articles a story of their own and takes their weight out of the story that stays', () => {
    const members = [member('a000000000010', first(0), 'Champion stops Pellow'), member('a000000000011', first(1)),
      member('a000000000030', second(0), 'Champion beats Trask'), member('a000000000031', second(1))];
    let story = cluster({ article: members[0].article, features: members[0].features, candidates: [] }).profile;
    for (const m of members.slice(1)) story = cluster({ article: m.article, features: m.features, candidates: [story] }, { ...defaults(), threshold: -1 }).profile;
    const { kept, moved } = splitProfiles(story, members, ['a000000000030', 'a000000000031'], 's000000000030');
    expect(moved).toMatchObject({ id: 's000000000030', articleCount: 2, title: 'Champion beats Trask', titleArticleId: 'a000000000030' });
    expect(moved.names['n:trask']).toBeCloseTo(6);
    expect(kept).toMatchObject({ id: story.id, articleCount: 2, title: 'Champion stops Pellow' });
    expect(kept.names['n:trask']).toBeUndefined();
    expect(kept.names['n:pellow']).toBeCloseTo(6);
    expect(kept.terms.champion).toBeCloseTo(6);
  });

  it('retitles the story that stays when the article that titled it moves out', () => {
    const members = [member('a000000000030', second(0), 'Champion beats Trask'), member('a000000000010', first(0), 'Champion stops Pellow')];
    const story = cluster({ article: members[1].article, features: members[1].features, candidates: [
      cluster({ article: members[0].article, features: members[0].features, candidates: [] }).profile] }, { ...defaults(), threshold: -1 }).profile;
    const { kept } = splitProfiles(story, members, ['a000000000030'], 's000000000030');
    expect(kept).toMatchObject({ title: 'Champion stops Pellow', titleArticleId: 'a000000000010', titleIsHeadline: true });
  });
});

function defaults() {
  return { threshold: 0.18, nameWeight: 0.4, maxDaysApart: 7, lateFactor: 0.5, candidates: 10, profileTerms: 200, profileNames: 100, indexTerms: 12, mergeThreshold: 0.4 };
}
