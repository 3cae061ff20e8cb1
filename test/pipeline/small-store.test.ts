/** Candidate reads in a fresh store: a second report of an event finds the first one's story. */
import { afterEach, describe, expect, it } from 'vitest';
import { ingestInputs, processPending } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

describe('a fresh store', () => {
  let store: SqliteStore;
  afterEach(async () => store.close());

  it('compares the second report of an event with the first one\'s story even when their rarest words differ', async () => {
    store = new SqliteStore(':memory:');
    const results = await ingestInputs(store, [
      { origin: 'a', input: { source: 'Courier', published: '2031-03-14', title: 'Two dead, two critically injured after shooting',
        text: 'Two are dead and two are in critical condition after a Saturday night shooting on Elm Row, the homicide bureau said.' } },
      { origin: 'b', input: { source: 'Herald', published: '2031-03-14', title: 'Two dead, two critically injured after Dunmore shooting',
        // A longer report whose own words, each said twice, outrank by idf every word it shares with the first.
        text: [
          'Neighbors on Larch Crescent woke up to crime scene tape, bullet holes in the walls and two men dead.',
          'Residents say robbers target the neighborhood; landlords agree the robbers roam the crescent at night.',
          'Paramedics rushed gunshot victims to the infirmary while detectives canvassed every porch and alley.',
          'Detectives asked residents with doorbell cameras to share footage; paramedics praised the residents.',
          'A vigil with candles and balloons gathered relatives, pastors and classmates near the porch and alley.',
          'Pastors led prayers; classmates released balloons; relatives lit candles at the infirmary doors.',
        ].join('\n\n') } },
    ]);
    await processPending(store);
    const second = await store.getArticle((results[1] as { id: string }).id);
    expect(second?.note).toMatch(/story: (?:best )?similarity/);
    expect(second?.note).not.toMatch(/no candidate story/);
  });
});
