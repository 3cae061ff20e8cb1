/**
 * The reconciled facts of the reference corpus (`../shared/examples/kryvyi-rih`), as a table for a person to
 * review beside the `casualties` figures: per story, each fact's event, measure and subject, status, every
 * value with the sources reporting it, and the best estimate with its range and reason. There is no gold
 * for the reference corpus: reading this table is the check. The corpus runs through the real pipeline on
 * an in-memory SQLite store and `buildReport`, so the table is what every report shows.
 */
import { DataError, REFERENCE_CORPUS } from './harness.js';
import { openStore } from './engine.js';

export interface ReferenceFact {
  story: string;
  event: string;
  measure: string;
  subject: string;
  status: string;
  claimant: string | null;
  values: { value: string; sources: string[] }[];
  best: number;
  low: number;
  high: number;
  reason: string;
}

export async function referenceFacts(corpus = REFERENCE_CORPUS): Promise<ReferenceFact[]> {
  const { ingestPaths, processPending, buildReport } = await import('../src/pipeline.js');
  const store = await openStore();
  try {
    const summary = await ingestPaths(store, [corpus]);
    if (summary.problems.length) throw new DataError(`${corpus}: ${summary.problems.map((p) => `${p.file}: ${p.error}`).join('; ')}`);
    await processPending(store);
    const report = await buildReport(store);
    return report.stories.flatMap((s) => s.facts.map((f) => {
      const event = s.events.find((e) => e.id === f.eventId);
      return {
        story: s.title, event: event?.label ?? f.eventId, measure: f.measure, subject: f.subject, status: f.status,
        claimant: f.claimant, values: f.values.map((v) => ({ value: v.qualifier === 'exact' ? String(v.value) : `${v.qualifier} ${v.value}`, sources: v.sources })),
        best: f.estimate.best, low: f.estimate.low, high: f.estimate.high, reason: f.estimate.reason,
      };
    }));
  } finally {
    await store.close();
  }
}

/** The readable table: one block per story, one line per fact, its values and reason indented under it. */
export function formatReferenceFacts(facts: ReferenceFact[]): string[] {
  const lines = [`reference corpus (${REFERENCE_CORPUS}): reconciled facts, for review`];
  let story = '';
  for (const f of facts) {
    if (f.story !== story) {
      story = f.story;
      lines.push(`  story: ${story}`);
    }
    const range = f.low === f.high ? '' : ` (range ${f.low}–${f.high})`;
    lines.push(`    ${f.measure} ${f.subject} — ${f.event} — ${f.status}${f.claimant ? ` by ${f.claimant}` : ''}: best ${f.best}${range}`);
    for (const v of f.values) lines.push(`      ${v.value.padEnd(12)} ${v.sources.join(', ')}`);
    lines.push(`      why: ${f.reason}`);
  }
  return lines;
}
