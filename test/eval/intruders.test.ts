import { describe, expect, it } from 'vitest';
import { UsageError } from '../../eval/harness.js';
import { MIN_INTRUDER_WORDS, buildCorpus, mulberry32, paragraphsOf, takeSeedFlag, type SourceArticle } from '../../eval/intruders.js';

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
