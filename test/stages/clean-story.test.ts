import { describe, expect, it } from 'vitest';
import { findIntruders, paragraphSignals, removeStoryIntruders } from '../../src/stages/clean/index.js';
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
});
