/**
 * Suite `counts`: per article of the incidents `casualties` scores, the killed and injured the extract stage
 * finds in that article alone (before reconciliation), against its incident's table row. An article need
 * not state the totals (the archive may know more, or the article may be early), so this is a floor-setting
 * measure of extraction, not a ceiling.
 * Ours: the largest `exact` / `at least` count of the measure about `people` (any subject if none), else 0.
 * Baseline: the casualty-word baseline of `casualties`, on the article alone.
 */
import { casualtyBaseline, type CasualtyCounts } from './baselines.js';
import { INJURED_MEASURES, KILLED_MEASURES, articleTexts, extractionCount, runIncidents, scoreCounts } from './casualties.js';
import type { Suite, SuiteResult } from './harness.js';

export const countsSuite: Suite = {
  name: 'counts',
  description: 'killed/injured extracted per GVA article (no reconciliation) vs its incident row: shares right (baseline: same as casualties)',
  async run({ dataDir, progress }): Promise<SuiteResult> {
    const { runs } = await runIncidents(dataDir, progress);
    const items: { id: string; gold: CasualtyCounts; pred: CasualtyCounts | null; base: CasualtyCounts }[] = [];
    let unprocessed = 0;
    const errors: string[] = [];
    for (const run of runs) {
      if (run.error !== null) errors.push(`${run.incident}: ${run.error}`);
      const extraction = new Map(run.bundles.map((b) => [b.article.id, b.extraction]));
      run.rows.forEach((row, i) => {
        const id = run.articleIds[i];
        const x = id === null || id === undefined ? undefined : extraction.get(id);
        // An article that failed processing (or an incident the engine threw on) has no extraction: scored wrong.
        if (x === undefined) unprocessed++;
        const pred = x === undefined ? null : { killed: extractionCount(x, KILLED_MEASURES), injured: extractionCount(x, INJURED_MEASURES) };
        items.push({ id: row.id, gold: run.gold, pred, base: casualtyBaseline(articleTexts([row])) });
      });
    }
    const notes = ['gold per article is its incident\'s table row, which an article may not state'];
    if (unprocessed) notes.push(`${unprocessed} article(s) had no extraction (processing failed or the engine threw), scored wrong`);
    if (errors.length) notes.push(`the engine threw on ${errors.length} incident(s); first: ${errors[0]}`);
    return {
      suite: 'counts',
      size: items.length,
      metrics: scoreCounts(items),
      baseline: scoreCounts(items.map((x) => ({ gold: x.gold, pred: x.base }))),
      notes,
      predictions: items.map((x) => ({ id: x.id, killed: x.pred?.killed ?? null, injured: x.pred?.injured ?? null, baseline: x.base })),
    };
  },
};
