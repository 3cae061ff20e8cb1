import { describe, expect, it } from 'vitest';
import type { CountMention } from '../../src/model/schemas.js';
import { extract } from '../../src/stages/extract/index.js';
import { eventOf, mainEvent, type EventModel } from '../../src/stages/reconcile/events.js';
import { segment } from '../../src/stages/segment/index.js';
import { bundle, count } from '../helpers.js';
import { nameKey } from '../../src/text/names.js';

const model: EventModel = {
  main: { placeKey: nameKey('Millbrook'), place: 'Millbrook', date: '2031-05-03' },
  setting: new Set([nameKey('Millbrook')]),
};
const at = (place: string | null, date: string | null = null): CountMention => ({
  value: 1, qualifier: 'exact', measure: 'injured', subject: 'people', partOf: null, place, date, attribution: null, isClaim: false, text: 'one',
  citation: { articleId: 'a', sentenceId: 'a.s3' },
});

describe('reconcile: which event a count belongs to', () => {
  it('keeps a count at a street of the story\'s scene in the main event', () => {
    expect(eventOf(at('Elm Drive'), model)).toBe(model.main);
    expect(eventOf(at('Birch Court'), model)).toBe(model.main);
  });

  it('still gives another town, or a street on another day, an event of its own', () => {
    expect(eventOf(at('Harlow'), model).place).toBe('Harlow');
    expect(eventOf(at('Elm Drive', '2031-04-20'), model).date).toBe('2031-04-20');
  });

  it('reads a death at the scene within a week after the event as its victim dying of wounds', () => {
    const died = (place: string | null, date: string): CountMention => ({ ...at(place, date), measure: 'killed', text: 'He died' });
    expect(eventOf(died(null, '2031-05-07'), model)).toBe(model.main);
    expect(eventOf(died('Harlow', '2031-05-07'), model).place).toBe('Harlow');
    expect(eventOf(died(null, '2031-05-20'), model).date).toBe('2031-05-20');
    expect(eventOf(at(null, '2031-05-07'), model).date).toBe('2031-05-07');
  });
});

describe('reconcile: one group under its several names', () => {
  it('counts cops, police officers and policemen as one group, "officers"', async () => {
    const { normaliseSubject } = await import('../../src/stages/reconcile/facts.js');
    expect(['cops', 'police officers', 'policemen', 'officers'].map(normaliseSubject)).toEqual(['officers', 'officers', 'officers', 'officers']);
    expect(normaliseSubject('soldiers')).not.toBe('officers');
  });
});

describe('reconcile: the main event\'s place', () => {
  const article = (id: string, sentences: string[]) => {
    const b = bundle(id, id, '2031-05-04', sentences);
    const segmented = segment({ articleId: id, text: b.article.text!, language: 'en' });
    return { ...b, sentences: segmented, extraction: extract({ articleId: id, published: '2031-05-04', publishedInferred: false, sentences: segmented }) };
  };

  it('is the town where it happened, not the state every headline names, which joins the setting', () => {
    const model = mainEvent([
      article('a', ['Ohio shooting leaves two dead.', 'Two people were killed in a shooting in Millbrook on Saturday night, police in Ohio said.']),
      article('b', ['Two dead in Ohio shooting.', 'Police in Ohio said two men were killed in Millbrook on Saturday.']),
    ]);
    expect(model.main.place).toBe('Millbrook');
    expect(model.setting.has(nameKey('Ohio'))).toBe(true);
  });
});

describe('reconcile: reported speech that says something', () => {
  it('leaves out reported speech of fewer than four words, and keeps a short direct quote', async () => {
    const { mergeQuotes } = await import('../../src/stages/reconcile/people.js');
    const cite = [{ articleId: 'a', sentenceId: 'a.s1' }];
    const quotes = mergeQuotes([
      { speaker: 'police', cue: 'said', channel: null, text: 'at the time', direct: false, citations: cite },
      { speaker: 'police', cue: 'said', channel: null, text: 'the man had fled on foot', direct: false, citations: cite },
      { speaker: 'the caller', cue: 'says', channel: null, text: 'Please hurry', direct: true, citations: cite },
    ], (s) => s);
    expect(quotes.map((q) => q.text)).toEqual(['the man had fled on foot', 'Please hurry']);
  });
});

describe('reconcile: a wider area and a share of an earlier group', () => {
  it('reads a count on the main day, or undated in a lead, in the town\'s state or county as the main event', () => {
    const lead = { places: [], dates: [], lead: true };
    expect(eventOf(at('Ostrava County', '2031-05-03'), model)).toBe(model.main);
    expect(eventOf(at('East Ostria', null), { ...model, setting: new Set([nameKey('Millbrook')]) }, lead).place).toBe('East Ostria');
    expect(eventOf(at('Ostrava County', null), model, lead)).toBe(model.main);
    // Further down an undated county figure is background; another day is another event; a town is a town.
    expect(eventOf(at('Ostrava County', null), model).place).toBe('Ostrava County');
    expect(eventOf(at('Ostrava County', '2031-04-20'), model).place).toBe('Ostrava County');
    expect(eventOf(at('Harlow', '2031-05-03'), model).place).toBe('Harlow');
  });

  it('gives "Three of the firefighters died" the event of the group the sentence before counted', async () => {
    const { reconcile } = await import('../../src/stages/reconcile/index.js');
    const place = (name: string, s: number) => ({ name, type: 'place' as const, citation: { articleId: 'a1', sentenceId: `a1.s${s}` } });
    const r = reconcile({ storyId: 's', articles: [bundle('a1', 'Courier', '2031-05-03', [
      'A gunman killed one person in Millbrook on Saturday.',
      'It came hours after a dozen firefighters were caught in a blaze in Harlow.',
      'Three of the firefighters died.',
    ], [count(1, 'killed', 0, { place: 'Millbrook' }), count(3, 'killed', 2, { subject: 'firefighters' })], { entities: [place('Millbrook', 0), place('Harlow', 1)] })] });
    const firefighters = r.facts.find((f) => f.subject === 'firefighters')!;
    expect(r.events.find((e) => e.id === firefighters.eventId)?.place).toBe('Harlow');
  });
});

describe('reconcile: one member of a counted group', () => {
  it('reads "One of the people hurt was a clerk" as at least one hurt, not a toll of one', async () => {
    const { reconcile } = await import('../../src/stages/reconcile/index.js');
    const r = reconcile({ storyId: 's', articles: [
      bundle('a1', 'Courier', '2031-05-03', ['Four people were hurt in a shooting in Millbrook on Saturday.'], [count(4, 'injured', 0)]),
      bundle('a2', 'Herald', '2031-05-03', ['A shooting in Millbrook on Saturday hurt four.', 'One of the people hurt in the shooting was a clerk.'], [count(4, 'injured', 0), count(1, 'injured', 1)]),
    ] });
    const injured = r.facts.find((f) => f.measure === 'injured' && f.subject === 'people')!;
    expect(injured.status).toBe('agreed');
    expect(injured.values.map((v) => `${v.qualifier} ${v.value}`).sort()).toEqual(['at least 1', 'exact 4']);
  });
});
