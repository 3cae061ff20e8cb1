/**
 * How the SQLite store writes a story profile in `stories.profile`: JSON, with the terms and names as flat
 * `[key, weight, …]` arrays rather than objects, so the candidate read parses them as arrays and compares
 * them without building an object per profile (`stages/cluster/vectors.ts`). Rows written as objects (before
 * this format) read the same: both forms are accepted.
 */
import type { StoryProfile } from '../../model/story.js';
import { flatten, headerOf, packedProfile, pack, unflatten, vectorsOf, type Packed } from '../../stages/cluster/vectors.js';

export function profileToText(p: StoryProfile): string {
  const v = vectorsOf(p);
  return JSON.stringify({ ...headerOf(p), terms: flatten(v.terms), names: flatten(v.names) });
}

function vector(v: unknown): Packed {
  return Array.isArray(v) ? unflatten(v as (string | number)[]) : pack(v as Record<string, number>);
}

/** A profile for the comparison (unvalidated: the store wrote it from a validated one); objects built on demand. */
export function candidateFromText(text: string): StoryProfile {
  const { terms, names, ...header } = JSON.parse(text) as Record<string, unknown>;
  return packedProfile(header as Omit<StoryProfile, 'terms' | 'names'>, vector(terms), vector(names));
}

/** A profile as plain data, to be validated by the caller. */
export function profileFromText(text: string): unknown {
  const o = JSON.parse(text) as Record<string, unknown>;
  const plain = (v: unknown) => (Array.isArray(v) ? Object.fromEntries(pairs(v as (string | number)[])) : v);
  return { ...o, terms: plain(o.terms), names: plain(o.names) };
}

function pairs(flat: (string | number)[]): [string, number][] {
  const out: [string, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as string, flat[i + 1] as number]);
  return out;
}
