/**
 * Reading reported values as intervals, so that hedged figures can be compared: "at least 50", "more than
 * 50" and "about 50" are compatible readings; exact 14 and exact 16 conflict.
 */
import type { Qualifier } from '../../model/schemas.js';

export interface Interval { low: number; high: number }

/** How far "about N" and "nearly N" reach, as a share of N (at least 1). */
const ABOUT_SPREAD = 0.1;

export function interval(value: number, qualifier: Qualifier): Interval {
  const spread = Math.max(1, Math.round(value * ABOUT_SPREAD));
  switch (qualifier) {
    case 'exact': return { low: value, high: value };
    case 'at least': return { low: value, high: Infinity };
    case 'more than': return { low: value + (Number.isInteger(value) ? 1 : 0), high: Infinity };
    case 'about': return { low: Math.max(0, value - spread), high: value + spread };
    case 'nearly': return { low: Math.max(0, value - spread), high: value };
    case 'up to': case 'at most': return { low: 0, high: value };
    case 'fewer than': return { low: 0, high: Math.max(0, value - (Number.isInteger(value) ? 1 : 0)) };
  }
}

export function compatible(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Readings form one consistent account when every pair overlaps (intervals: pairwise ⇒ jointly). */
export function allCompatible(intervals: Interval[]): boolean {
  const low = Math.max(...intervals.map((i) => i.low));
  const high = Math.min(...intervals.map((i) => i.high));
  return low <= high;
}

/** How precise a qualifier is, for choosing the figure to show when readings agree. */
export const QUALIFIER_PRECISION: Record<Qualifier, number> = {
  exact: 6, 'at least': 5, 'more than': 4, nearly: 3, about: 2, 'up to': 1, 'at most': 1, 'fewer than': 0,
};

export function describe(value: number, qualifier: Qualifier): string {
  return qualifier === 'exact' ? String(value) : `${qualifier} ${value}`;
}
