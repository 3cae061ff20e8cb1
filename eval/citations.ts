/**
 * Suite `citations`: whether the report's statements are backed by what they cite. The whole pipeline runs
 * on three corpora, each in its own store (ECB+, GVA, the reference articles), then `buildReport`. Every
 * brief, dispute and timeline entry counts; it passes when all its citations resolve to sentences listed
 * under its own story's articles AND those cited sentences together state every number (in digits,
 * compared as values) the entry states. Source names are not stated numbers (`6abc.com`, a file-named
 * source `000_ead5…`): the story's source names are taken out of the entry before its numbers are read. No baseline: there is no simple system that writes cited reports.
 */
import { existsSync } from 'node:fs';
import type { CitedText, Report } from '../src/model/schemas.js';
import type { Store } from '../src/storage/store.js';
import { ingestAndProcess, openStore } from './engine.js';
import { DataError, REFERENCE_CORPUS, loadDataset, type Suite, type SuiteResult } from './harness.js';
import { unsupportedNumbers } from './metrics.js';

export interface EntryCheck {
  resolved: boolean;
  /** Numbers the entry states that no cited sentence states. */
  unsupported: number[];
}

/** Checks every cited title and every brief, dispute and timeline entry of a report. */
export function checkReport(report: Report): { id: string; kind: string; entry: CitedText; check: EntryCheck }[] {
  const out: { id: string; kind: string; entry: CitedText; check: EntryCheck }[] = [];
  for (const story of report.stories) {
    const sentences = new Map<string, string>();
    for (const a of story.articles) for (const s of a.sentences) sentences.set(`${a.id}\u0000${s.id}`, s.text);
    const sources = [...new Set(story.articles.map((a) => a.source).filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
    const withoutSources = (text: string) => sources.reduce((t, src) => t.split(src).join(' '), text);
    const title: CitedText[] = story.titleCitations?.length ? [{ text: story.title, citations: story.titleCitations }] : [];
    const entries: [string, CitedText[]][] = [['title', title], ['brief', story.brief], ['dispute', story.disputes], ['timeline', story.timeline]];
    for (const [kind, list] of entries) {
      list.forEach((entry, i) => {
        const cited = entry.citations.map((c) => sentences.get(`${c.articleId}\u0000${c.sentenceId}`));
        const resolved = cited.length > 0 && cited.every((t) => t !== undefined);
        const unsupported = unsupportedNumbers(withoutSources(entry.text), cited.filter((t): t is string => t !== undefined));
        out.push({ id: `${story.id}:${kind}:${i}`, kind, entry, check: { resolved, unsupported } });
      });
    }
  }
  return out;
}

/** The reference articles, ingested as the CLI would (`ingestPaths` on the folder). */
async function referenceCorpus(store: Store): Promise<void> {
  const { ingestPaths, processPending } = await import('../src/pipeline.js');
  if (!existsSync(REFERENCE_CORPUS)) throw new DataError(`${REFERENCE_CORPUS}: missing reference corpus folder`);
  const summary = await ingestPaths(store, [REFERENCE_CORPUS]);
  if (summary.problems.length) throw new DataError(`${summary.problems[0].file}: ${summary.problems[0].error}`);
  await processPending(store);
}

export const citationsSuite: Suite = {
  name: 'citations',
  description: 'share of title/brief/dispute/timeline entries whose citations resolve and state every number they state (ECB+, GVA, reference corpus; no baseline)',
  async run({ dataDir, progress }): Promise<SuiteResult> {
    const { buildReport } = await import('../src/pipeline.js');
    const corpora: [string, (s: Store) => Promise<unknown>][] = [
      ['reference', referenceCorpus],
      ['ecb', async (s) => ingestAndProcess(s, await loadDataset(dataDir, 'ecbplus-clusters.jsonl'))],
      ['gva', async (s) => ingestAndProcess(s, await loadDataset(dataDir, 'gva-incidents.jsonl'))],
    ];
    const rows: { id: string; kind: string; entry: CitedText; check: EntryCheck }[] = [];
    const perCorpus: string[] = [];
    for (const [name, fill] of corpora) {
      progress(`citations: ${name}`);
      const store = await openStore();
      try {
        await fill(store);
        const checked = checkReport(await buildReport(store));
        const ok = checked.filter((r) => r.check.resolved && r.check.unsupported.length === 0).length;
        perCorpus.push(`${name}: ${ok}/${checked.length}`);
        rows.push(...checked.map((r) => ({ ...r, id: `${name}:${r.id}` })));
      } finally {
        await store.close();
      }
    }
    const n = rows.length;
    const count = (f: (r: EntryCheck) => boolean) => (n ? rows.filter((r) => f(r.check)).length / n : 0);
    const byKind = ['title', 'brief', 'dispute', 'timeline'].map((k) => `${k} ${rows.filter((r) => r.kind === k).length}`).join(', ');
    const firstBad = rows.find((r) => !r.check.resolved || r.check.unsupported.length > 0);
    const notes = [
      'no baseline: no simple system writes cited statements to compare with',
      `entries: ${byKind}; passing per corpus: ${perCorpus.join(', ')}`,
    ];
    if (firstBad) notes.push(`first failing entry ${firstBad.id}: ${JSON.stringify(firstBad.entry.text.slice(0, 160))}${firstBad.check.resolved ? '' : ' (unresolved citation)'}${firstBad.check.unsupported.length ? ` (numbers not in cited sentences: ${firstBad.check.unsupported.join(', ')})` : ''}`);
    return {
      suite: 'citations',
      size: n,
      metrics: {
        share: count((c) => c.resolved && c.unsupported.length === 0),
        resolved: count((c) => c.resolved),
        numbersSupported: count((c) => c.unsupported.length === 0),
      },
      baseline: null,
      notes,
      predictions: rows.map((r) => ({ id: r.id, text: r.entry.text, citations: r.entry.citations, resolved: r.check.resolved, unsupportedNumbers: r.check.unsupported })),
    };
  },
};
