/** An article in another language is placed and stored, and its note says why little was read from it. */
import { afterEach, describe, expect, it } from 'vitest';
import { ingestInputs, languageNote, processPending } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

describe('an article in another language', () => {
  let store: SqliteStore;
  afterEach(async () => store.close());

  it('is stored in a story with a note naming its language and what extraction could not read', async () => {
    store = new SqliteStore(':memory:');
    const results = await ingestInputs(store, [
      { origin: 'en.json', input: { source: 'Courier', published: '2031-03-14', title: 'Three dead after blast in Dunmore',
        text: 'Three people were killed when a gas main exploded in Dunmore on Friday, the fire service said.' } },
      { origin: 'uk.json', input: { source: 'Visnyk', published: '2031-03-14', title: 'Вибух у Данморі',
        text: 'Вибух стався вночі в центрі міста. Троє людей загинули, повідомила пожежна служба.' } },
    ]);
    await processPending(store);
    const [en, uk] = await Promise.all(results.map((r) => store.getArticle((r as { id: string }).id)));
    expect(uk?.status).toBe('processed');
    expect(uk?.language).toBe('und-Cyrl');
    expect(uk?.note).toMatch(/not English \(Cyrl script\): placed by the words and names it shares/);
    expect(uk?.note).toMatch(/story: /);
    expect(en?.note ?? '').not.toMatch(/not English/);
    expect((await store.listStories()).length).toBeGreaterThanOrEqual(1);
  });

  it('names a declared language tag', () => {
    expect(languageNote('fr')).toMatch(/^in language 'fr', not English/);
    expect(languageNote('en')).toBeNull();
    expect(languageNote(null)).toBeNull();
  });
});
