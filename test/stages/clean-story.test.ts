import { describe, expect, it } from 'vitest';
import { findIntruders, paragraphSignals, removeStoryIntruders } from '../../src/stages/clean/index.js';
import { boostedScore, trainBoostedTrees } from '../../src/stages/clean/intruder-boost.js';
import { INTRUDER_MODEL } from '../../src/stages/clean/intruder-model.js';
import { namesOf } from '../../src/stages/clean/intruder-signals.js';
import { BOOSTED_FEATURES } from '../../src/stages/clean/story.js';
import { bundle, count } from '../helpers.js';
import { FLOOD_STORY } from '../fixtures/flood-story.js';

const story = FLOOD_STORY.map((paragraphs, i) => ({ articleId: `a${i}`, paragraphs }));

describe('story-level intruder detection', () => {
  it('flags the paragraph the rest of the story does not talk about, and nothing else', () => {
    expect(findIntruders(story).map((v) => [v.articleId, v.paragraph])).toEqual([['a0', 2]]);
  });

  it('flags a paragraph about another event of the same kind by the people and places only it names', () => {
    const shooting = [
      ['A man was shot and wounded outside a grocery store on Harlow Avenue in Brantley on Saturday night, police said.',
        'Officers found the victim, Marcus Delane, with a gunshot wound to the leg and took him to Brantley General Hospital.',
        'Lena Ortiz, 34, was arrested in Fairmont on a warrant and charged with a 2019 robbery at a gas station there.',
        'Police said Delane had argued with another man in the parking lot of the store on Harlow Avenue before shots were fired.',
        'Brantley police asked anyone who saw the shooting outside the grocery store to call detectives.'],
      ['Marcus Delane was shot in the leg on Harlow Avenue in Brantley after an argument in a store parking lot, police said.',
        'Delane was taken to Brantley General Hospital, where he was in stable condition on Sunday.',
        'Detectives in Brantley are looking for the man who argued with Delane and fled before police arrived.'],
      ['Police in Brantley are searching for a gunman who shot Marcus Delane outside a grocery store on Harlow Avenue.',
        'The shooting followed an argument in the parking lot, and Delane was treated at Brantley General Hospital.',
        'Anyone who saw the shooting on Harlow Avenue is asked to call Brantley police detectives.'],
    ].map((paragraphs, i) => ({ articleId: `g${i}`, paragraphs }));
    const found = findIntruders(shooting);
    expect(found.map((v) => [v.articleId, v.paragraph])).toEqual([['g0', 2]]);
    expect(found[0].signals.nameShare).toBe(0);
  });

  it('does not judge a story with too few articles to know its vocabulary', () => {
    expect(findIntruders(story.slice(0, 1))).toEqual([]);
  });

  it('takes the intruder out of the article with its reason and drops what was extracted from it', () => {
    const articles = story.map(({ articleId, paragraphs }, i) =>
      bundle(articleId, `Outlet ${i}`, '2024-04-02', paragraphs, i === 0 ? [count(3, 'damaged', 2, { subject: 'tiers' }), count(2, 'damaged', 3, { subject: 'defences' })] : []));
    const [first, ...rest] = removeStoryIntruders(articles);
    expect(first.sentences.map((s) => s.index)).toEqual([0, 1, 3]);
    expect(first.sentences.map((s) => s.id)).toEqual(['a0.s0', 'a0.s1', 'a0.s3']);
    expect(first.removals).toEqual([expect.objectContaining({ reason: 'intruder', text: story[0].paragraphs[2] })]);
    expect(first.extraction.counts.map((c) => c.value)).toEqual([2]);
    expect(rest).toEqual(articles.slice(1));
  });

  it('marks an age and a weekday that contradict the rest of the story, and not ones that agree', () => {
    const s = paragraphSignals([
      ['Jon Reyes, 23, was shot on Harlow Avenue late on Saturday, police said.',
        'Reyes, a 23-year-old student, died at the hospital on Saturday night.',
        'Ana Varga, 41, was found dead in a car in another county on Tuesday morning.'],
      ['A 23-year-old man was killed on Harlow Avenue on Saturday.', 'Police have not arrested anyone for the killing of Reyes.'],
    ].map((paragraphs, i) => ({ articleId: `p${i}`, paragraphs })));
    const at = (a: string, p: number) => s.find((x) => x.articleId === a && x.paragraph === p)!;
    expect([at('p0', 2).ageConflict, at('p0', 2).weekdayConflict]).toEqual([1, 1]);
    expect([at('p0', 1).ageConflict, at('p0', 1).weekdayConflict]).toEqual([0, 0]);
    expect(at('p1', 1).ageConflict).toBe(0);
  });

  it('marks a time of day that contradicts the rest of the story', () => {
    const s = paragraphSignals([
      ['A man was shot on Harlow Avenue at 11:30 p.m. on Saturday, police said.', 'Officers arrived at 11:30 pm and found him in the street.',
        'The shooting happened about 3 a.m. at an apartment near a park.'],
      ['A man was shot on Harlow Avenue late on Saturday.', 'Police have not arrested anyone.'],
    ].map((paragraphs, i) => ({ articleId: `t${i}`, paragraphs })));
    const at = (p: number) => s.find((x) => x.articleId === 't0' && x.paragraph === p)!;
    expect([at(1).timeConflict, at(2).timeConflict]).toEqual([0, 1]);
  });

  it('counts a capitalised word opening a sentence as a name only when the story never writes it in lower case', () => {
    const lower = new Set(['police', 'the']);
    expect([...namesOf('Carney faces charges. Police said Carney fled.', lower)].sort()).toEqual(['carney']);
    expect([...namesOf('Police said the man fled.', lower)]).toEqual([]);
    expect([...namesOf('Carney faces charges.')]).toEqual([]);
  });

  it('recounts without the suspects, so two pasted paragraphs from one donor no longer vouch for each other', () => {
    const story = [
      ['Floodwaters swept through the river town of Marlow on Monday, forcing residents from their homes.',
        'Crews used boats to rescue residents stranded on rooftops as the river rose.',
        'The striker signed a five-year contract with the club after a record transfer fee.'],
      ['The river burst its banks in Marlow, flooding streets and homes.',
        'The club paid a record transfer fee for the striker, who signed a five-year contract.',
        'Officials said flood defences along the river had failed.'],
    ].map((paragraphs, i) => ({ articleId: `f${i}`, paragraphs }));
    const suspect = (ai: number, pi: number) => (ai === 0 && pi === 2) || (ai === 1 && pi === 1);
    const first = paragraphSignals(story).find((x) => x.articleId === 'f0' && x.paragraph === 2)!;
    const recount = paragraphSignals(story, undefined, suspect).find((x) => x.articleId === 'f0' && x.paragraph === 2)!;
    expect(first.storyShare).toBeGreaterThanOrEqual(0.5);
    expect(recount.storyShare).toBe(0);
  });
});

describe('boosted trees', () => {
  const rows = Array.from({ length: 400 }, (_, i) => [(i % 20) / 20, Math.floor(i / 20) / 20]);
  const labels = rows.map(([a, b]) => (a > 0.5 && b < 0.3 ? 1 : 0));
  const options = { trees: 30, depth: 2, rate: 0.3, bins: 16, minLeaf: 5, l2: 1 };

  it('learns an interaction of two features that no single threshold gives', () => {
    const model = trainBoostedTrees(['a', 'b'], rows, labels, options);
    const right = rows.filter((x, i) => (boostedScore(model, x) > 0 ? 1 : 0) === labels[i]).length;
    // Always answering "no" would be right 0.865 of the time.
    expect(right / rows.length).toBeGreaterThan(0.95);
  });

  it('gives the same model for the same rows', () => {
    expect(trainBoostedTrees(['a', 'b'], rows, labels, options)).toEqual(trainBoostedTrees(['a', 'b'], rows, labels, options));
  });

  it('ships a model over the features the story-level check computes, in their order', () => {
    expect(INTRUDER_MODEL.features).toEqual(BOOSTED_FEATURES);
    const internal = (1 << INTRUDER_MODEL.depth) - 1;
    for (const t of INTRUDER_MODEL.trees) {
      expect(t.leaf).toHaveLength(internal + 1);
      for (const f of t.split) expect(f).toBeLessThan(BOOSTED_FEATURES.length);
    }
  });
});
