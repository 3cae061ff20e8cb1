import { describe, expect, it } from 'vitest';
import { SWEEP_THRESHOLDS, casualtyBaseline, singlePassCluster, tfidfVectors } from '../../eval/baselines.js';

describe('tfidfVectors', () => {
  it('gives unit-length vectors and drops stop words', () => {
    const [v, empty] = tfidfVectors(['The apple and the banana said', 'the and of']);
    expect(v.terms.length).toBe(2);
    expect(Math.hypot(...v.weights)).toBeCloseTo(1, 12);
    expect(empty.terms.length).toBe(0);
  });
});

describe('singlePassCluster', () => {
  const docs = ['apple banana cherry', 'apple banana cherry date', 'zebra yak walrus', 'zebra yak walrus otter'];

  it('puts a document with the nearest centroid when it is similar enough, else opens a cluster', () => {
    expect(singlePassCluster(tfidfVectors(docs), 0.5)).toEqual([0, 0, 1, 1]);
  });

  it('opens a cluster per document when the threshold is out of reach', () => {
    expect(singlePassCluster(tfidfVectors(docs), 0.99)).toEqual([0, 1, 2, 3]);
  });

  it('never joins documents that share no term, even at threshold 0', () => {
    expect(singlePassCluster(tfidfVectors(['apple', 'zebra', '']), 0)).toEqual([0, 1, 2]);
  });
});

describe('SWEEP_THRESHOLDS', () => {
  it('runs from 0.05 to 0.95 by 0.05', () => {
    expect(SWEEP_THRESHOLDS).toHaveLength(19);
    expect(SWEEP_THRESHOLDS[0]).toBe(0.05);
    expect(SWEEP_THRESHOLDS[18]).toBe(0.95);
    expect(SWEEP_THRESHOLDS[5]).toBe(0.3);
  });
});

describe('casualtyBaseline', () => {
  it('answers the most frequent number near each casualty word, digits or words', () => {
    expect(casualtyBaseline(['One man died. Police said one person was killed and 3 were wounded.', 'Three people were injured.']))
      .toEqual({ killed: 1, injured: 3 });
  });

  it('breaks a tie by the number that stood closest to its word', () => {
    // "1" is one token from "dead", "4" is three tokens from it.
    expect(casualtyBaseline(['left 1 dead and 4 wounded']).killed).toBe(1);
    expect(casualtyBaseline(['left 1 dead and 4 wounded']).injured).toBe(4);
  });

  it('ignores numbers more than five tokens from a casualty word and answers 0 without any', () => {
    expect(casualtyBaseline(['7 a b c d e killed'])).toEqual({ killed: 0, injured: 0 });
    expect(casualtyBaseline(['7 a b c d killed'])).toEqual({ killed: 7, injured: 0 });
    expect(casualtyBaseline(['Nobody was hurt.'])).toEqual({ killed: 0, injured: 0 });
  });
});
