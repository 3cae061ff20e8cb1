import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences: date lines', () => {
  it('keeps a date line\'s place and state with the sentence it opens', () => {
    expect(split('DUNMORE, Tenn. (WXYZ) – Two people died in a fire on Friday.')).toEqual(['DUNMORE, Tenn. (WXYZ) – Two people died in a fire on Friday.']);
    expect(split('Dunmore, Ill. (AP) — A man died. Police said so.')).toEqual(['Dunmore, Ill. (AP) — A man died.', 'Police said so.']);
    expect(split('FORT DUNMORE, Ark. -- Two men died.')).toEqual(['FORT DUNMORE, Ark. -- Two men died.']);
  });

  it('still ends a sentence after a town and its state inside the text', () => {
    expect(split('He moved to Dunmore, Ill. The next year he left.')).toEqual(['He moved to Dunmore, Ill.', 'The next year he left.']);
  });
});
