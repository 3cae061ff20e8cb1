/**
 * What a fact sentence may state: a report's sentence states no number that its cited sentences do not
 * write. Reconcile can hold a value no single sentence writes (a sum of parts, "nine wounded … and two
 * others" as 11); the facts table shows it with the sentences it rests on, but the brief and the disputed
 * points state only values a cited sentence writes.
 */
import type { Fact } from '../../model/schemas.js';
import { findNumbers } from '../extract/numbers.js';
import { tokenize } from '../extract/tokens.js';

/**
 * Zero and one are said without a number as often as with one ("a man was killed", "no one was hurt"): the
 * sentence that gave them states them in words the number reader does not take for numbers.
 */
const SAID_WITHOUT_NUMBER = new Set([0, 1]);

/** Looks sentences up by id and reads the numbers each writes, once. */
export class WrittenNumbers {
  private readonly memo = new Map<string, Set<number>>();

  constructor(private readonly textOf: ReadonlyMap<string, string>) {}

  private numbersOf(sentenceId: string): Set<number> {
    let found = this.memo.get(sentenceId);
    if (!found) {
      const text = this.textOf.get(sentenceId);
      found = new Set(text === undefined ? [] : findNumbers(tokenize(text)).map((n) => n.value));
      this.memo.set(sentenceId, found);
    }
    return found;
  }

  /**
   * The fact with only the values a cited sentence writes, or null when what its sentence would state is
   * not written: a disagreement needs two written values, any other fact its best estimate's.
   */
  statable(f: Fact): Fact | null {
    const values = f.values.filter((v) => SAID_WITHOUT_NUMBER.has(v.value) || v.citations.some((c) => this.numbersOf(c.sentenceId).has(v.value)));
    if (values.length === 0) return null;
    if (f.status === 'conflicting' && new Set(values.map((v) => v.value)).size < 2) return null;
    if (f.status !== 'conflicting' && f.status !== 'claim' && !values.some((v) => v.value === f.estimate.best)) return null;
    return values.length === f.values.length ? f : { ...f, values };
  }
}
