import { describe, expect, it } from 'vitest';
import { classify } from '../../src/stages/clean/rules.js';

const one = (text: string) => classify([{ text, kind: 'paragraph' }], 0);

describe('clean rules: author lines', () => {
  it('names a line of authors a byline, whatever the case of its opening word', () => {
    for (const text of ['By Jane Roe, John Doe and Ann Poe', 'by Jane Roe', 'By JANE ROE, Associated Press', 'Reporting by Jane Roe']) {
      expect(one(text)?.reason, text).toMatch(/^(?:byline|credit)$/);
    }
  });

  it('does not take a short line that opens with "From" or "By" but names no one for a byline', () => {
    expect(one('From Monday through Friday')?.reason).not.toBe('byline');
    expect(one('By the numbers')?.reason).not.toBe('byline');
  });
});
