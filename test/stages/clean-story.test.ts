import { describe, expect, it } from 'vitest';
import { findIntruders, removeStoryIntruders } from '../../src/stages/clean/index.js';
import { bundle, count } from '../helpers.js';

const story = [
  ['Floodwaters swept through the river town of Marlow on Monday, forcing hundreds of residents from their homes.',
    'Emergency crews used boats to rescue residents stranded on rooftops as the river rose above its banks overnight.',
    'Our quarterly subscription revenue grew strongly because customers loved the new premium software bundle and its pricing tiers.',
    'The river crested early on Tuesday, and officials warned residents that flood defences along the banks could fail again.'],
  ['The river burst its banks in Marlow, flooding streets and homes and forcing residents to flee by boat.',
    'Rescue crews pulled residents from rooftops overnight while the river kept rising through the town.',
    'Officials said flood defences along the river had failed in two places and that more rain was expected.'],
  ['Residents of Marlow were evacuated as floodwaters from the river filled homes and streets on Monday.',
    'Boats carried stranded residents to safety and emergency crews worked through the night as the river rose.',
    'The flood defences will be inspected once the river falls, officials said.'],
].map((paragraphs, i) => ({ articleId: `a${i}`, paragraphs }));

describe('story-level intruder detection', () => {
  it('flags the paragraph the rest of the story does not talk about, and nothing else', () => {
    expect(findIntruders(story).map((v) => [v.articleId, v.paragraph])).toEqual([['a0', 2]]);
  });

  it('does not judge a story with too few articles to know its vocabulary', () => {
    expect(findIntruders(story.slice(0, 2))).toEqual([]);
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
});
