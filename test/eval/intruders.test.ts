import { describe, expect, it } from 'vitest';
import { UsageError } from '../../eval/harness.js';
import { MIN_INTRUDER_WORDS, buildCorpus, modelSource, mulberry32, paragraphsOf, takeSeedFlag, trainingRows, type SourceArticle } from '../../eval/intruders.js';
import { BOOSTED_FEATURES } from '../../src/stages/clean/story.js';

/**
 * Stories of 1 to 6 articles: ECB+-like topics a and b, and in the GVA stratum two incidents c1 and c2, each
 * its own topic. Each paragraph has two sentences, the second long enough to donate.
 */
function sources(): SourceArticle[] {
  const out: SourceArticle[] = [];
  const sizes: Record<string, number> = { a1: 6, a2: 2, b1: 3, b2: 1, c1: 4, c2: 2 };
  for (const [story, n] of Object.entries(sizes)) {
    for (let i = 0; i < n; i++) {
      const paragraphs = Array.from({ length: 3 + (i % 3) }, (_, p) =>
        `Short ${story}.${i}.${p}. The ${story} paragraph ${p} of article ${i} says enough words to donate here.`);
      out.push({ id: `${story}-${i}`, story, topic: story[0] === 'c' ? story : story[0], stratum: story[0] === 'c' ? 'gva' : 'ecb', paragraphs });
    }
  }
  return out;
}

describe('buildCorpus', () => {
  it('builds the same corpus from the same seed, and another from another seed', () => {
    const src = sources();
    expect(buildCorpus(src, 7)).toEqual(buildCorpus(src, 7));
    expect(buildCorpus(src, 7)).not.toEqual(buildCorpus(src, 8));
  });

  it('records each inserted sentence exactly where it is, after the lead, 1 to 3 per touched article', () => {
    const src = sources();
    const byId = new Map(src.map((a) => [a.id, a]));
    for (const seed of [1, 2, 3]) {
      for (const a of buildCorpus(src, seed).filter((x) => x.touched)) {
        const original = byId.get(a.id)!;
        expect(a.intruders.length).toBeGreaterThanOrEqual(1);
        expect(a.intruders.length).toBeLessThanOrEqual(3);
        const at = a.intruders.map((x) => x.paragraph);
        expect(at).toEqual([...at].sort((x, y) => x - y));
        for (const x of a.intruders) {
          expect(x.paragraph).toBeGreaterThan(0);
          expect(a.paragraphs[x.paragraph]).toBe(x.text);
          const donor = byId.get(x.donor)!;
          expect(donor.topic).not.toBe(original.topic);
          expect(donor.stratum).toBe(original.stratum);
          expect(donor.paragraphs.some((p) => p.includes(x.text))).toBe(true);
          expect(x.text.split(/\s+/).length).toBeGreaterThanOrEqual(MIN_INTRUDER_WORDS);
        }
        // Taking the recorded paragraphs out gives the original back.
        expect(a.paragraphs.filter((_, p) => !at.includes(p))).toEqual(original.paragraphs);
      }
    }
  });

  it('leaves untouched articles as they were, a third of each story rounded down', () => {
    const src = sources();
    const byId = new Map(src.map((a) => [a.id, a]));
    const corpus = buildCorpus(src, 1);
    expect(corpus.map((a) => a.id).sort()).toEqual(src.map((a) => a.id).sort());
    for (const a of corpus.filter((x) => !x.touched)) {
      expect(a.paragraphs).toEqual(byId.get(a.id)!.paragraphs);
      expect(a.intruders).toEqual([]);
    }
    const untouched = (story: string) => corpus.filter((a) => a.story === story && !a.touched).length;
    expect(['a1', 'a2', 'b1', 'b2', 'c1', 'c2'].map(untouched)).toEqual([2, 0, 1, 0, 1, 0]);
  });

  it('does not change its input', () => {
    const src = sources();
    const copy = structuredClone(src);
    buildCorpus(src, 5);
    expect(src).toEqual(copy);
  });
});

describe('paragraphsOf', () => {
  it('takes ECB+ lines and GVA blank-line blocks as paragraphs, whitespace folded', () => {
    expect(paragraphsOf('One.\nTwo  words.\n\n', 'ecb')).toEqual(['One.', 'Two words.']);
    expect(paragraphsOf('One\nstill one.\n \nTwo.\n\n\n', 'gva')).toEqual(['One still one.', 'Two.']);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('takeSeedFlag', () => {
  it('takes --seed N out of the arguments and leaves the rest in order', () => {
    expect(takeSeedFlag(['intruders', '--seed', '9', '--json'])).toEqual({ seed: 9, rest: ['intruders', '--json'] });
    expect(takeSeedFlag(['intruders'])).toEqual({ seed: null, rest: ['intruders'] });
  });

  it('refuses a missing or non-integer seed', () => {
    expect(() => takeSeedFlag(['intruders', '--seed'])).toThrow(UsageError);
    expect(() => takeSeedFlag(['intruders', '--seed', '-1'])).toThrow(UsageError);
    expect(() => takeSeedFlag(['intruders', '--seed', '1.5'])).toThrow(UsageError);
  });
});

describe('trainingRows', () => {
  it('gives one row of the boosted features per judged paragraph, labelled 1 exactly for inserted ones', () => {
    const corpus = buildCorpus(sources(), 3);
    const { x, y } = trainingRows(corpus);
    expect(x.length).toBe(y.length);
    expect(x.every((r) => r.length === BOOSTED_FEATURES.length)).toBe(true);
    const positives = y.filter((v) => v === 1).length;
    // Inserted paragraphs of stories of 2+ articles: the only ones the check can judge.
    const judgeable = corpus.filter((a) => corpus.filter((b) => b.story === a.story).length >= 2).reduce((n, a) => n + a.intruders.length, 0);
    expect(positives).toBeGreaterThan(0);
    expect(positives).toBeLessThanOrEqual(judgeable);
    expect(y.length - positives).toBeGreaterThan(0);
  });
});

describe('modelSource', () => {
  it('writes the model as a module with its note, threshold and one line per tree', () => {
    const model = { features: ['a', 'b'], base: -1.23456, depth: 1, trees: [{ split: [0], at: [0.5], leaf: [-0.1, 0.2] }, { split: [-1], at: [0], leaf: [0.01, 0.01] }] };
    const src = modelSource(model, 0.5, 'How it was trained.');
    expect(src).toContain(' * How it was trained.');
    expect(src).toContain('export const INTRUDER_THRESHOLD = 0.5;');
    expect(src).toContain('base: -1.2346, depth: 1,');
    expect(src.split('\n').filter((l) => l.trim().startsWith('{ split:'))).toHaveLength(2);
  });
});
