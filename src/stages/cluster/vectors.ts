/**
 * A story profile's terms and names as parallel arrays of keys and weights: how the store reads candidate
 * stories and how the comparison walks them. A profile's weights as a JSON object of ~150–300 distinct keys
 * cost V8 a new hidden class per key and a slow `for … in` (cluster bench at 100k: parsing one and comparing
 * it with the article 76 µs CPU against 26 µs as arrays; most candidates are read from the store, not the
 * store's cache, once it holds more stories than the cache). The arrays keep the profile's key order, so a
 * profile built from them is the one that was saved.
 */
import type { StoryProfile } from '../../model/story.js';

/** Keys and their weights, in the profile's order. */
export interface Packed { keys: string[]; weights: number[] }

const PACKED = Symbol('packed terms and names');

type Header = Omit<StoryProfile, 'terms' | 'names'>;

/**
 * A profile whose `terms` and `names` objects are built only when asked for (the story the article joins,
 * or a caller outside the comparison); the comparison reads the arrays (`vectorsOf`).
 */
export function packedProfile(header: Header, terms: Packed, names: Packed): StoryProfile {
  const p = { ...header } as StoryProfile & { [PACKED]?: { terms: Packed; names: Packed } };
  // Assigning `terms` or `names` replaces the arrays too (the objects built are not to be edited in place).
  const packed = { terms, names };
  let t: Record<string, number> | undefined;
  let n: Record<string, number> | undefined;
  Object.defineProperty(p, 'terms', { enumerable: true, configurable: true, get: () => (t ??= unpack(packed.terms)), set: (v) => { t = v; packed.terms = pack(v); } });
  Object.defineProperty(p, 'names', { enumerable: true, configurable: true, get: () => (n ??= unpack(packed.names)), set: (v) => { n = v; packed.names = pack(v); } });
  Object.defineProperty(p, PACKED, { enumerable: false, value: packed });
  return p;
}

/** The profile's terms and names as arrays: those it was read with, else taken from its objects. */
export function vectorsOf(p: StoryProfile): { terms: Packed; names: Packed } {
  const packed = (p as { [PACKED]?: { terms: Packed; names: Packed } })[PACKED];
  return packed ?? { terms: pack(p.terms), names: pack(p.names) };
}

/** The profile without its terms and names (which a lazily built profile would otherwise build). */
export function headerOf(p: StoryProfile): Header {
  const h: Record<string, unknown> = {};
  for (const k of Object.keys(p)) if (k !== 'terms' && k !== 'names') h[k] = (p as Record<string, unknown>)[k];
  return h as Header;
}

export function pack(r: Record<string, number>): Packed {
  return { keys: Object.keys(r), weights: Object.values(r) };
}

/** Flat `[key, weight, key, weight, …]`, as the store writes them. */
export function flatten(v: Packed): (string | number)[] {
  const out: (string | number)[] = new Array(v.keys.length * 2);
  for (let i = 0; i < v.keys.length; i++) {
    out[2 * i] = v.keys[i];
    out[2 * i + 1] = v.weights[i];
  }
  return out;
}

export function unflatten(flat: readonly (string | number)[]): Packed {
  const keys: string[] = new Array(flat.length >> 1);
  const weights: number[] = new Array(flat.length >> 1);
  for (let i = 0, j = 0; i < flat.length; i += 2, j++) {
    keys[j] = flat[i] as string;
    weights[j] = flat[i + 1] as number;
  }
  return { keys, weights };
}

function unpack(v: Packed): Record<string, number> {
  const r: Record<string, number> = {};
  for (let i = 0; i < v.keys.length; i++) r[v.keys[i]] = v.weights[i];
  return r;
}
