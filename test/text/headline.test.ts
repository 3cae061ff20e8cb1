import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, headlineFromLead } from '../../src/text/headline.js';

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
