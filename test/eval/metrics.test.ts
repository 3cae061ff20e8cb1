import { describe, expect, it } from 'vitest';
import { bcubed, numbersIn, numbersStated, shingleCounts, shingleScores, shingles, tokenize, unsupportedNumbers } from '../../eval/metrics.js';

describe('bcubed', () => {
  it('scores a perfect clustering 1, whatever the labels are called', () => {
    expect(bcubed(['x', 'x', 'y'], ['a', 'a', 'b'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives all-singletons full precision and recall the share of each class it keeps', () => {
    // Gold {0,1} {2}: recall per item 1/2, 1/2, 1 → 2/3.
    const s = bcubed(['1', '2', '3'], ['a', 'a', 'b']);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(0.8, 12);
  });

  it('gives one big cluster full recall and precision the share of each item\'s class in it', () => {
    // Precision per item 2/3, 2/3, 1/3 → 5/9.
    const s = bcubed(['1', '1', '1'], ['a', 'a', 'b']);
    expect(s.precision).toBeCloseTo(5 / 9, 12);
    expect(s.recall).toBe(1);
  });

  it('averages item precision and recall over a mixed clustering', () => {
    // pred {0,1,2} {3,4}; gold {0,1} {2,3,4}.
    // precision: 2/3, 2/3, 1/3, 1, 1 → 11/15; recall: 1, 1, 1/3, 2/3, 2/3 → 11/15.
    const s = bcubed(['1', '1', '1', '2', '2'], ['a', 'a', 'b', 'b', 'b']);
    expect(s.precision).toBeCloseTo(11 / 15, 12);
    expect(s.recall).toBeCloseTo(11 / 15, 12);
    expect(s.f1).toBeCloseTo(11 / 15, 12);
  });

  it('refuses label lists of different lengths', () => {
    expect(() => bcubed(['1'], ['a', 'b'])).toThrow(/1 predicted labels for 2 gold/);
  });
});

describe('tokenize', () => {
  it('splits like Python\'s \\w+ with re.UNICODE (letters, numbers, underscore; no combining marks)', () => {
    // Expected lists produced by Python 3: re.findall(r'\w+', s).
    expect(tokenize('Grüße, 世界 naïve café_1 e\u0301x')).toEqual(['Grüße', '世界', 'naïve', 'café_1', 'e', 'x']);
    expect(tokenize("it's 22,000 — 6.9%")).toEqual(['it', 's', '22', '000', '6', '9']);
    expect(tokenize('①② ½ Ⅻ x²')).toEqual(['①②', '½', 'Ⅻ', 'x²']);
    expect(tokenize(' ,. ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts every window of four tokens', () => {
    expect(shingles('a b c d e a b c d')).toEqual(new Map([
      ['a b c d', 2], ['b c d e', 1], ['c d e a', 1], ['d e a b', 1], ['e a b c', 1],
    ]));
  });

  it('makes one shorter shingle from a text of fewer than four tokens, and none from an empty one', () => {
    expect(shingles('Hello, world')).toEqual(new Map([['Hello world', 1]]));
    expect(shingles('  ')).toEqual(new Map());
  });

  it('keeps case, as upstream does', () => {
    expect([...shingles('A b c d').keys()]).not.toEqual([...shingles('a b c d').keys()]);
  });
});

describe('shingleCounts', () => {
  it('normalises one page\'s tp, fp, fn to sum 1', () => {
    // gold shingles: "a b c d", "b c d e"; predicted: "a b c d", "b c d x" → tp 1, fp 1, fn 1.
    const c = shingleCounts('a b c d e', 'a b c d x');
    expect(c.tp).toBeCloseTo(1 / 3, 12);
    expect(c.fp).toBeCloseTo(1 / 3, 12);
    expect(c.fn).toBeCloseTo(1 / 3, 12);
  });

  it('counts repeated shingles by multiplicity', () => {
    // gold: "a b c d" twice, "b c d a", "c d a b", "d a b c"; predicted: "a b c d" once → tp 1, fp 0, fn 4.
    const c = shingleCounts('a b c d a b c d', 'a b c d');
    expect(c.tp).toBeCloseTo(0.2, 12);
    expect(c.fp).toBe(0);
    expect(c.fn).toBeCloseTo(0.8, 12);
  });

  it('leaves all three 0 when both texts are empty', () => {
    expect(shingleCounts('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('shingleScores', () => {
  it('averages precision over pages that predicted something and recall over pages with gold, F1 of the averages', () => {
    const half = shingleCounts('a b c d e', 'a b c d'); // tp .5, fp 0, fn .5: P 1, R .5
    const missed = shingleCounts('a b c d', ''); // tp 0, fp 0, fn 1: not in precision, R 0
    const empty = shingleCounts('', ''); // in neither average
    const perfect = shingleCounts('a b c d', 'a b c d'); // P 1, R 1
    const s = shingleScores([half, missed, empty, perfect]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5, 12);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });

  it('scores a page of pure noise 0 precision', () => {
    const s = shingleScores([shingleCounts('a b c d', 'w x y z')]);
    expect(s).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('numbersIn and unsupportedNumbers', () => {
  it('reads digits as values, dropping thousand separators and keeping decimals', () => {
    expect(numbersIn('At least 14 killed, 22,000 displaced, magnitude 6.9; 1,5 is two numbers')).toEqual([14, 22000, 6.9, 1, 5]);
    expect(numbersIn('at 6pm in 2014.')).toEqual([6, 2014]);
  });

  it('does not read digits inside an identifier as numbers', () => {
    expect(numbersIn('reported by 000_ead5b221d630d0fd and x9 (004_cf3b4ae7)')).toEqual([]);
  });

  it('reads the values a cited sentence spells in words too, with their multipliers', () => {
    expect([...numbersStated('Fourteen people; twenty-one hurt; 2.5 million fled; three thousand left')].sort((a, b) => a - b))
      .toEqual([2.5, 3, 14, 20, 21, 3000, 2_500_000]);
    expect([...numbersStated('more than a dozen shot; two dozen fled')].sort((a, b) => a - b)).toEqual([2, 12, 24]);
    // "half a million" states no number this reader can vouch for.
    expect([...numbersStated('nearly half a million homeless')]).toEqual([]);
  });

  it('finds the numbers an entry states that no cited sentence states', () => {
    // "21,2015" is a day and a year with the space lost, not 21,201 and 5; both sides must read it alike.
    expect(unsupportedNumbers('He died Feb. 21,2015.', ['Sam died Feb. 21,2015.'])).toEqual([]);
    expect(unsupportedNumbers('14 people were in hospital.', ['Fourteen people were hospitalized.'])).toEqual([]);
    expect(unsupportedNumbers('1,000,000 people were displaced.', ['It left nearly half a million homeless.'])).toEqual([1_000_000]);
    expect(unsupportedNumbers('14 killed and 50 injured', ['At least 14 people were killed.', 'Some 50 were hurt.'])).toEqual([]);
    expect(unsupportedNumbers('1,200 people fled', ['About 1200 people left.'])).toEqual([]);
    expect(unsupportedNumbers('14 killed and 50 injured', ['At least 14 people were killed.'])).toEqual([50]);
  });
});
