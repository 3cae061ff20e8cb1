import { describe, expect, it } from 'vitest';
import type { Fact, FactStatus } from '../../src/model/schemas.js';
import { briefFacts } from '../../src/stages/synthesize/brief-facts.js';

let n = 0;
function fact(measure: string, subject: string, best: number, opts: { status?: FactStatus; sources?: string[]; sentence?: string } = {}): Fact {
  n++;
  const sources = opts.sources ?? ['a.example'];
  return {
    id: `f${n}`, eventId: 'e1', measure, subject, status: opts.status ?? 'agreed', claimant: opts.status === 'claim' ? 'the police' : null,
    values: [{ value: best, qualifier: 'exact', sources, citations: [{ articleId: 'a1', sentenceId: opts.sentence ?? `a1.s${n}` }] }],
    estimate: { best, low: best, high: best, reason: 'test' },
  };
}
const ids = (fs: Fact[]) => fs.map((f) => `${f.measure} ${f.subject}`);

describe('synthesize: the facts a brief states', () => {
  it('states the totals before the groups within them, and claims last, in the reconciled order', () => {
    const facts = [
      fact('killed', 'children', 3, { sources: ['a', 'b', 'c'] }), fact('killed', 'people', 9), fact('damaged', 'cars', 4),
      fact('injured', 'people', 20), fact('injured', 'people', 25, { status: 'claim' }), fact('shot', 'people', 35),
    ];
    expect(ids(briefFacts(facts, 4))).toEqual(['killed children', 'killed people', 'injured people', 'shot people']);
  });

  it('leaves out a group whose figure is the total\'s, unless the total is disputed', () => {
    const agreed = [fact('killed', 'people', 2), fact('killed', 'men', 2), fact('injured', 'people', 1)];
    expect(ids(briefFacts(agreed, 4))).toEqual(['killed people', 'injured people']);
    const disputed = [fact('killed', 'people', 2, { status: 'conflicting' }), fact('killed', 'men', 2)];
    expect(ids(briefFacts(disputed, 4))).toEqual(['killed people', 'killed men']);
  });

  it('says one group\'s figure once, whatever it is called, choosing the one more sources report', () => {
    const facts = [fact('shot', 'officers', 2), fact('shot', 'police officers', 2, { sources: ['a', 'b'] }), fact('injured', 'cops', 2), fact('injured', 'officers', 2, { status: 'claim' })];
    expect(ids(briefFacts(facts, 4))).toEqual(['shot police officers', 'injured cops']);
  });

  it('leaves out a figure the brief\'s lead sentence already states, and its other names', () => {
    const facts = [fact('shot', 'people', 5, { sentence: 'lead' }), fact('shot', 'police officers', 2, { sentence: 'lead' }), fact('shot', 'officers', 2), fact('killed', 'people', 2)];
    expect(ids(briefFacts(facts, 4, new Set(['lead'])))).toEqual(['killed people']);
  });

  it('states a disputed figure even when the lead gives one of its values', () => {
    const facts = [fact('killed', 'people', 16, { status: 'conflicting', sentence: 'lead' })];
    expect(ids(briefFacts(facts, 4, new Set(['lead'])))).toEqual(['killed people']);
  });

  it('leaves out a bare "at least one" and a number shot that the killed and injured add up to', () => {
    const atLeastOne = fact('arrested', 'people', 1);
    atLeastOne.values[0].qualifier = 'at least';
    const facts = [fact('killed', 'people', 1), fact('injured', 'people', 4), fact('shot', 'people', 5), atLeastOne, fact('damaged', 'cars', 2)];
    expect(ids(briefFacts(facts, 4))).toEqual(['killed people', 'injured people', 'damaged cars']);
    // A group's figure is still said when the total it equals is a bare "at least one".
    const someKilled = fact('killed', 'people', 1);
    someKilled.values[0].qualifier = 'at least';
    expect(ids(briefFacts([someKilled, fact('killed', 'boys', 1)], 4))).toEqual(['killed boys']);
    // With no total, groups may be the same people: the best-supported one is said.
    expect(ids(briefFacts([someKilled, fact('killed', 'men', 1), fact('killed', 'boys', 1, { sources: ['a', 'b'] }), fact('killed', 'passengers', 1)], 4)))
      .toEqual(['killed boys']);
    // One boy killed already says the one child shot.
    expect(ids(briefFacts([someKilled, fact('killed', 'boys', 1, { sources: ['a', 'b'] }), fact('shot', 'children', 1)], 4))).toEqual(['killed boys']);
    // More shot than killed and injured together is news of its own.
    expect(ids(briefFacts([fact('killed', 'people', 1), fact('shot', 'people', 6)], 4))).toEqual(['killed people', 'shot people']);
  });

  it('stops at the limit', () => {
    const facts = ['killed', 'injured', 'missing', 'arrested', 'evacuated'].map((m) => fact(m, 'people', 3));
    expect(briefFacts(facts, 4)).toHaveLength(4);
  });
});
