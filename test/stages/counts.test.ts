import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/stages/extract/counts.js';
import { tokenize } from '../../src/stages/extract/tokens.js';

/** The counts of one sentence as "qualifier value measure subject", parts marked with their whole's index. */
function counts(text: string): string[] {
  return findCounts(tokenize(text)).map((c) => `${c.qualifier} ${c.value} ${c.measure} ${c.subject}${c.partOf !== null ? ` (part of ${c.partOf})` : ''}`);
}

describe('counts: "others" add to the people counted before them', () => {
  it('sums a death with "two others dead" into a toll of three', () => {
    expect(counts('Police shot and killed a gunman who went on a rampage that left two others dead.')).toContain('exact 3 killed people');
  });

  it('sums a person and "six other people" sharing one measure', () => {
    expect(counts('A 13-year-old boy and six other people were shot on Friday.')).toContain('exact 7 shot people');
  });

  it('adds nothing across measures, nor to "others" that only carry a measure along a list', () => {
    expect(counts('One man is dead and three others injured after a shooting.')).toEqual(['exact 1 killed men', 'exact 3 injured people']);
    expect(counts('2 men killed, 2 others in critical after a robbery')).not.toContain('exact 4 killed people');
  });
});

describe('counts: "the life of"', () => {
  it('reads "claimed the life of one man" as a death, apart from the injured after it', () => {
    expect(counts('A shooting that claimed the life of one man and injured three other people.')).toEqual(['exact 1 killed men', 'exact 3 injured people']);
  });
});
