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

describe('clean rules: lines about a picture on the page', () => {
  it('removes a paragraph that describes a photo or video the text does not carry', () => {
    for (const text of [
      'Dunmore police say this photo shows the getaway van.',
      'This undated photo provided by the Dunmore Police Department shows Jo Park.',
      'This photo provided by Channel 9, shows the scene near the houses on Friday.',
      'This map shows the places the gunman fired on.',
    ]) expect(one(text)?.reason, text).toBe('caption');
    expect(one('Buy this photo')?.reason).toBe('prompt');
  });

  it('keeps story text that mentions a photo without describing one on the page', () => {
    for (const text of [
      'Police released a photo of the suspect on Friday and asked the public for help.',
      'She posted a video of the crash to her account before she was arrested.',
      'The family said this is the worst week of their lives.',
    ]) expect(one(text), text).toBeNull();
  });
});
