/** Parties across a story: a descriptor credited to the person the story gives that role; spellings of one party grouped. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/stages/extract/index.js';
import { reconcile } from '../../src/stages/reconcile/index.js';
import { partySpellingKey, personForDescriptor } from '../../src/stages/reconcile/speakers.js';
import { segment } from '../../src/stages/segment/index.js';
import type { ArticleBundle } from '../../src/storage/store.js';
import { bundle } from '../helpers.js';

/** A bundle whose extraction is the real extract stage's. */
function article(id: string, source: string, sentences: string[]): ArticleBundle {
  const b = bundle(id, source, '2031-05-02', sentences);
  const segmented = segment({ articleId: id, text: b.article.text!, language: 'en' });
  return { ...b, sentences: segmented, extraction: extract({ articleId: id, published: '2031-05-02', publishedInferred: false, sentences: segmented }) };
}

describe('personForDescriptor', () => {
  const roles = new Map([
    ['Ana Ruiz', new Set(['foreign', 'minister', 'valdorian'])],
    ['Tomas Vidal', new Set(['prime', 'minister'])],
    ['Elena Sarr', new Set(['president', 'valdorian'])],
    ['Piet Lund', new Set(['president', 'ostrian'])],
  ]);
  it('links a role only one person has, with every modifier matching', () => {
    expect(personForDescriptor('the foreign minister', roles)).toBe('Ana Ruiz');
    expect(personForDescriptor("Valdoria's president", roles)).toBe('Elena Sarr');
    expect(personForDescriptor('The Ostrian president', roles)).toBe('Piet Lund');
  });
  it('leaves a role several people share, an unmatched modifier, an indefinite descriptor and a name alone', () => {
    expect(personForDescriptor('the minister', roles)).toBeNull();
    expect(personForDescriptor('the president', roles)).toBeNull();
    expect(personForDescriptor('the interior minister', roles)).toBeNull();
    expect(personForDescriptor('a foreign minister', roles)).toBeNull();
    expect(personForDescriptor('the ministry', roles)).toBeNull();
    expect(personForDescriptor('Valdoria', roles)).toBeNull();
  });
});

describe('partySpellingKey', () => {
  it('is one key for spellings of one party, another for another party', () => {
    expect(partySpellingKey('the Ostrian defence ministry')).toBe(partySpellingKey("Ostria's Defense Ministry"));
    expect(partySpellingKey('Local officials')).toBe(partySpellingKey('local officials'));
    expect(partySpellingKey('the emergency services')).toBe(partySpellingKey('emergency services'));
    expect(partySpellingKey('the interior ministry')).not.toBe(partySpellingKey('the defence ministry'));
    expect(partySpellingKey('foreign ministers')).not.toBe(partySpellingKey('foreign ministry'));
  });
});

describe('parties in a reconciled story', () => {
  it('credits "the foreign minister" to the person a sentence calls Foreign Minister, and groups one party\'s spellings', () => {
    const out = reconcile({ storyId: 's', articles: [
      article('a', 'Courier', [
        'Foreign Minister Ana Ruiz said the border crossings would reopen on Monday.',
        'Local officials said the flooding had cut the main road.',
      ]),
      article('b', 'Herald', [
        'The foreign minister said the talks with the neighbouring state would resume next week.',
        'local officials said three bridges were closed.',
      ]),
    ] });
    const speakers = new Set(out.quotes.map((q) => q.speaker));
    expect(out.quotes.find((q) => q.text.includes('talks'))?.speaker).toBe('Ana Ruiz');
    expect(speakers.has('The foreign minister')).toBe(false);
    const officials = out.quotes.filter((q) => q.speaker?.toLowerCase() === 'local officials');
    expect(officials).toHaveLength(2);
    expect(new Set(officials.map((q) => q.speaker)).size).toBe(1);
  });

  it('credits "the ministry" to the one fuller ministry the story quotes, and spellings of it to one party', () => {
    const out = reconcile({ storyId: 's', articles: [
      article('a', 'Courier', [
        'The Ostrian defence ministry said its forces had struck a depot near the border.',
        'The ministry said no civilians were harmed.',
      ]),
      article('b', 'Herald', ["Ostria's Defense Ministry said the strike had hit a fuel depot."]),
    ] });
    const parties = new Set(out.quotes.map((q) => q.speaker));
    expect(parties.size).toBe(1);
    expect([...parties][0]).toMatch(/ostria/i);
  });
});

describe('parties that are documents', () => {
  it('credits "the statement" to the one party the story has issuing a statement, and "X\'s statement" to X', () => {
    const out = reconcile({ storyId: 's', articles: [
      article('a', 'Courier', [
        'Millbrook County Police said in a statement that officers were called to the house at 9 p.m.',
        '"Officers were confronted by a man holding a shotgun," the statement said.',
      ]),
      article('b', 'Herald', [
        "The sheriff's statement said two deputies were hurt in the exchange of fire.",
      ]),
    ] });
    const speakers = new Set(out.quotes.map((q) => q.speaker));
    expect(speakers.has('the statement')).toBe(false);
    expect(out.quotes.filter((q) => q.speaker === 'Millbrook County Police').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves "the statement" as written when two parties issued statements', () => {
    const out = reconcile({ storyId: 's', articles: [
      article('a', 'Courier', [
        'Millbrook County Police said in a statement that officers were called to the house.',
        'The Harlow Fire Department said in a statement that crews put out the fire.',
        '"Two people were taken to the hospital," the statement said.',
      ]),
    ] });
    expect(out.quotes.some((q) => q.speaker === 'the statement')).toBe(true);
  });
});
