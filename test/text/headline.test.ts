import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, headlineFromLead, headlineOf, headlineSentenceIds, isHeadlineParagraph } from '../../src/text/headline.js';

describe('a story title from a lead sentence', () => {
  it.each([
    ['At least 9 people, including two children, were killed in a fire in Dunmore, according to local officials.', 'At least 9 people were killed in a fire in Dunmore'],
    ['Three workers were injured in a warehouse fire on Friday, the fire department said.', 'Three workers were injured in a warehouse fire on Friday'],
    ['A bridge collapsed in Lyle on Monday.', 'A bridge collapsed in Lyle on Monday'],
    ['Police said the suspect fled.', 'Police said the suspect fled'],
  ])('reads "%s" as "%s"', (lead, title) => {
    expect(headlineFromLead(lead)).toBe(title);
  });

  it('cuts a long lead at a word boundary with an ellipsis', () => {
    const title = headlineFromLead(`${'The council debated the long and winding budget proposal '.repeat(4)}again.`);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS + 1);
    expect(title).toMatch(/\S…$/);
  });
});

describe('the headline in a page title', () => {
  it.each([
    ['Two dead after shooting at Lexington home - wistv.com - Columbia, South Carolina', 'Two dead after shooting at Lexington home'],
    ['Fire guts warehouse | The Daily Courier', 'Fire guts warehouse'],
    ['Opinion | Why the bridge fell', 'Opinion | Why the bridge fell'],
    ['Man, 20, shot on Elm Street', 'Man, 20, shot on Elm Street'],
    ["UPDATE: 2 hurt in warehouse fire in Elmsford", '2 hurt in warehouse fire in Elmsford'],
    ['MUST SEE: Crews pull driver from flooded car', 'Crews pull driver from flooded car'],
    ['Police: Man fatally shoots 1, injures 4 in Elmsford - WXYZ Channel 4', 'Police: Man fatally shoots 1, injures 4 in Elmsford'],
    ['FBI: Two men held', 'FBI: Two men held'],
  ])('reads "%s" as "%s"', (title, headline) => {
    expect(headlineOf(title)).toBe(headline);
  });

  it('knows an article\'s headline paragraph by its title, and no other paragraph', () => {
    expect(isHeadlineParagraph('Fire guts warehouse', 'Fire guts warehouse | The Daily Courier')).toBe(true);
    expect(isHeadlineParagraph('A fire gutted a warehouse.', 'Fire guts warehouse')).toBe(false);
    expect(isHeadlineParagraph('Fire guts warehouse', null)).toBe(false);
    const sentences = [
      { id: 'a.s0', paragraph: 0, text: 'Fire guts warehouse' },
      { id: 'a.s1', paragraph: 1, text: 'A fire gutted a warehouse.' },
    ];
    expect([...headlineSentenceIds(sentences, 'Fire guts warehouse')]).toEqual(['a.s0']);
    expect([...headlineSentenceIds(sentences.slice(1), 'Fire guts warehouse')]).toEqual([]);
  });
});
