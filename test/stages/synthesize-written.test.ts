import { describe, expect, it } from 'vitest';
import type { Fact, FactStatus } from '../../src/model/schemas.js';
import { WrittenNumbers } from '../../src/stages/synthesize/written.js';

const texts = new Map([
  ['a.s1', 'Nine people were wounded in the first burst of gunfire and two others were hurt later.'],
  ['b.s1', 'Seven people were injured, police said.'],
  ['c.s1', 'A man was killed.'],
]);
function fact(status: FactStatus, best: number, values: [number, string][]): Fact {
  return {
    id: 'f1', eventId: 'e1', measure: 'injured', subject: 'people', status, claimant: null,
    values: values.map(([value, sentenceId]) => ({ value, qualifier: 'exact' as const, sources: [sentenceId[0]], citations: [{ articleId: sentenceId[0], sentenceId }] })),
    estimate: { best, low: best, high: best, reason: 'test' },
  };
}

describe('synthesize: only values a cited sentence writes are stated', () => {
  const written = new WrittenNumbers(texts);

  it('drops from a disagreement a sum no sentence writes, and keeps the written values', () => {
    const out = written.statable(fact('conflicting', 11, [[11, 'a.s1'], [7, 'b.s1'], [9, 'a.s1']]));
    expect(out?.values.map((v) => v.value)).toEqual([7, 9]);
  });

  it('states no disagreement, and no agreed figure, that rests on an unwritten value', () => {
    expect(written.statable(fact('conflicting', 11, [[11, 'a.s1'], [7, 'b.s1']]))).toBeNull();
    expect(written.statable(fact('agreed', 11, [[11, 'a.s1']]))).toBeNull();
  });

  it('keeps one said in words without a number ("a man"), and a fact whose values are all written, as it is', () => {
    const one = fact('single-source', 1, [[1, 'c.s1']]);
    expect(written.statable(one)).toBe(one);
    const seven = fact('agreed', 7, [[7, 'b.s1']]);
    expect(written.statable(seven)).toBe(seven);
  });
});
