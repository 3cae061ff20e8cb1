import { describe, expect, it } from 'vitest';
import {
  ageKey, baselineSlots, fullNameOf, emptySlotTally, extractRow, goldSpan, halfOf, ourSlots, matchPeople, slotMetrics, spanRight, tallySlots, type GoldSlots, type PredSlots,
} from '../../eval/slots.js';

const TEXT = 'Caitlin L. Caskey, 19, was shot in Wallace. Tracie Dierks, a 40-year-old woman, was charged. Caskey died.';
const span = (value: string) => ({ value, start: TEXT.indexOf(value), end: TEXT.indexOf(value) + value.length });

describe('spanRight', () => {
  it('accepts the same normalised string or an occurrence overlapping the gold offsets', () => {
    expect(spanRight(TEXT, 'WALLACE', span('Wallace'))).toBe(true);
    expect(spanRight(TEXT, 'Caskey', span('Caitlin L. Caskey'))).toBe(true);
    expect(spanRight(TEXT, 'L. CASKEY', span('Caitlin L. Caskey'))).toBe(true);
    expect(spanRight(TEXT, 'Tracie Dierks', span('Caitlin L. Caskey'))).toBe(false);
    expect(spanRight(TEXT, null, span('Wallace'))).toBe(false);
  });

  it('matches a number only as a whole number, not inside another', () => {
    const text = 'Jo Doe, 25, was shot.';
    const gold = { value: '25', start: text.indexOf('25'), end: text.indexOf('25') + 2 };
    expect(spanRight(text, '2', gold, true)).toBe(false);
    expect(spanRight(text, '5', gold, true)).toBe(false);
    expect(spanRight(text, '25', { ...gold, value: '25-year' }, true)).toBe(true);
  });

  it('compares ages by their number', () => {
    expect(spanRight(TEXT, '40', { value: '40-year', start: -1, end: -1 }, true)).toBe(true);
    expect(spanRight(TEXT, '41', { value: '40-year', start: -1, end: -1 }, true)).toBe(false);
  });
});

describe('ageKey', () => {
  it('reads an age spelled out as its number', () => {
    expect(['five-year-old', 'Thirty-two-year-old ', 'nineteen', '40-year', 'teen'].map(ageKey)).toEqual(['5', '32', '19', '40', 'teen']);
    expect(spanRight('A five-year-old boy was shot.', '5', { value: 'five-year-old', start: 2, end: 15 }, true)).toBe(true);
  });
});

describe('goldSpan', () => {
  it('cuts a span that starts in the annotators\' page header to the text, and to its last line', () => {
    expect(goldSpan({ value: 'publication date: 1/27/2016Man shot\nDETROIT', startIndex: -27, endIndex: 15 }))
      .toEqual({ value: 'DETROIT', start: 8, end: 15 });
    expect(goldSpan({ value: '2016Chicago ', startIndex: -4, endIndex: 8 })).toEqual({ value: 'Chicago ', start: 0, end: 8 });
    expect(goldSpan({ value: 'Lyle', startIndex: 3, endIndex: 7 })).toEqual({ value: 'Lyle', start: 3, end: 7 });
    expect(goldSpan({ value: ' ', startIndex: -1, endIndex: -1 })).toBeNull();
  });
});

describe('fullNameOf', () => {
  it('takes a full name for the gold surname it ends with', () => {
    expect(fullNameOf('Sean Bolton', { value: 'Bolton', start: 90, end: 96 })).toBe(true);
    expect(fullNameOf('Sean Boltonson', { value: 'Bolton', start: 90, end: 96 })).toBe(false);
    expect(fullNameOf('Bolton', { value: 'Sean Bolton', start: 90, end: 101 })).toBe(false);
  });
});

describe('matchPeople', () => {
  it('pairs people one-to-one, the pairs with most right slots first', () => {
    const gold = [{ name: span('Caitlin L. Caskey'), age: { value: '19', start: -1, end: -1 } }];
    const right = matchPeople(TEXT, [{ name: 'Caskey', age: null }, { name: 'Caskey', age: '19' }], gold);
    expect(right).toEqual({ name: 1, age: 1 });
  });
});

describe('tallySlots and slotMetrics', () => {
  const gold: GoldSlots = {
    victims: [{ name: span('Caitlin L. Caskey'), age: null }],
    shooters: [{ name: span('Tracie Dierks'), age: { value: '40', start: -1, end: -1 } }],
    killed: 1, injured: 0, city: span('Wallace'), date: '2016-01-25',
  };

  it('micro-averages over non-empty slots: 0 counts and null values are not predictions', () => {
    const pred: PredSlots = {
      victims: [{ name: 'Caskey', age: '19' }], shooters: [], killed: 1, injured: 2, city: 'Wallace', date: null,
    };
    const m = slotMetrics(tallySlots(emptySlotTally(), TEXT, pred, gold));
    // Predicted 5 (name, age, killed, injured, city), right 3 (name, killed, city); gold 6.
    expect(m.precision).toBeCloseTo(3 / 5, 12);
    expect(m.recall).toBeCloseTo(3 / 6, 12);
    expect(m['city.f1']).toBe(1);
    expect(m['shooter.name.f1']).toBe(0);
  });
});

describe('baselineSlots', () => {
  it('takes the most frequent capitalised pair, casualty-word counts and the word after "in"', () => {
    const b = baselineSlots('Two people were killed in Dayton. John Doe said John Doe saw it in Dayton.');
    expect(b.victims).toEqual([{ name: 'John Doe', age: null }]);
    expect(b.city).toBe('Dayton');
    expect(b.killed).toBe(2);
  });
});

describe('ourSlots', () => {
  const slotsOf = (text: string, url: string | null = null) => {
    const empty = { value: '', startIndex: -1, endIndex: -1 };
    const row = { id: '1', url, text, gold: { 'date-and-time': { city: empty, date: '' }, 'victim-section': [], 'shooter-section': [] } };
    const { sentences, extraction, published } = extractRow(row);
    return ourSlots(text, sentences, extraction, published);
  };

  it('resolves a weekday against the day the URL carries, and takes the city from the date line', () => {
    const s = slotsOf('LAKEVILLE, Ohio (AP) - A 24-year-old man was shot and killed Tuesday night. Sam Lee, 31, was arrested.', 'http://example.com/2016/01/28/man-killed/');
    expect(s.date).toBe('2016-01-26');
    expect(s.city).toBe('LAKEVILLE');
    expect(s.victims).toEqual([{ name: null, age: '24' }]);
    expect(s.shooters).toEqual([{ name: 'Sam Lee', age: '31' }]);
    expect(s.killed).toBe(1);
  });

  it('names the city by its police force when no date line does, and counts the shot as injured', () => {
    const s = slotsOf('Man hurt in shooting. A man was shot in the leg on Elm Street. Lakeville police are investigating.');
    expect(s.city).toBe('Lakeville');
    expect(s.injured).toBe(1);
    expect(s.date).toBeNull();
  });

  it('takes a town that is also a surname for a place after "in" or before its state', () => {
    expect(slotsOf('Man hurt in shooting. A man was shot in the leg in north Warren on Friday.').city).toBe('Warren');
    expect(slotsOf('Man hurt in shooting. Officers in Hamilton, Ohio, said a man was shot in the arm.').city).toBe('Hamilton');
  });

  it('takes a town named as the modifier of where it happened when nothing else names one', () => {
    expect(slotsOf('Man hurt in shooting. A man was shot in a downtown Lakeville parking garage.').city).toBe('Lakeville');
  });

  it('takes, last of all, a city the lexicon knows from the title-case headline and site name', () => {
    expect(slotsOf('Man Seriously Wounded In Shooting | The Tulsa Gazette. He was outside when a gunman walked up.').city).toBe('Tulsa');
  });

  it('does not take a street, a coast, a regional force or a possessive for the city', () => {
    expect(slotsOf('Man hurt in shooting. A man was shot on East Avenue R in Lakeville on Friday.').city).toBe('Lakeville');
    expect(slotsOf('Man hurt in shooting. A man was shot near the Elm Mill Pike in Lakeville on Friday.').city).toBe('Lakeville');
    expect(slotsOf('Man hurt in shooting. Lyle Area Regional Police said a man was shot in the leg.').city).toBeNull();
    expect(slotsOf('Man hurt in shooting. Deputies arrived at Doe’s home and found a man shot in the leg.').city).toBeNull();
  });

  it('does not take a capitalised ordinary word for the city', () => {
    expect(slotsOf('Man hurt in shooting. A man was shot in the leg. Unified police are investigating.').city).toBeNull();
    expect(slotsOf('Man hurt in shooting. A man was shot in the leg. Vermont State Police are investigating.').city).toBeNull();
    expect(slotsOf('Bystander Hit By Police Gunfire. A man was shot in the leg.').city).toBeNull();
  });

  it('dates the event by the article\'s first date when the lead has none, passing over days after publication', () => {
    const url = 'http://example.com/2016/01/28/man-killed/';
    expect(slotsOf('Man hurt in shooting. A man was hurt. He is in a hospital. Police said. He was shot Tuesday night.', url).date).toBe('2016-01-26');
    expect(slotsOf('A man will appear in court on Feb. 3. He was shot Tuesday night.', url).date).toBe('2016-01-26');
  });

  it('dates a follow-up report by the calendar date it names for the event, shortly before its lead\'s day', () => {
    const url = 'http://example.com/2016/01/28/man-charged/';
    expect(slotsOf('Man charged in shooting. Police arrested a man on Tuesday. The victim was shot Jan. 11 on Elm Street.', url).date).toBe('2016-01-11');
    expect(slotsOf('Man charged in shooting. Police arrested a man on Tuesday. The victim was shot Oct. 11 on Elm Street.', url).date).toBe('2016-01-26');
  });

  it('counts the victims as dead or hurt, as the report\'s words say, when no count does', () => {
    const s = slotsOf('Homicide investigation on Elm Street. Police identified the victim as Dana Ortiz, 15. Her family said she loved music.');
    expect([s.victims.length, s.killed, s.injured]).toEqual([1, 1, 0]);
  });

  it('counts the people shot less the killed as injured when that is more than the injured count', () => {
    expect(slotsOf('Shooting on Elm Street. Police said two men were shot on Elm Street in Lakeville. The 23-year-old is in stable condition.').injured).toBe(2);
  });

  it('counts the people shot as the dead when the lead speaks of a death and no count gives one', () => {
    expect(slotsOf('Homicide investigation on Elm Street. Police said a man was shot on Elm Street in Lakeville.')).toMatchObject({ killed: 1, injured: 0 });
    expect(slotsOf('Non-fatal shootings rise. Police said a man was shot on Elm Street in Lakeville.')).toMatchObject({ killed: 0, injured: 1 });
  });

  it('counts the hospitalized as injured when no count says injured', () => {
    expect(slotsOf('Shooting on Elm Street. Two people were hospitalized after the shooting on Elm Street.').injured).toBe(2);
  });

  it('takes the first count the report states, not a larger background total', () => {
    const s = slotsOf('Man killed in shooting. One man was killed on Elm Street. Police said 45 people have been killed in the city this year.');
    expect(s.killed).toBe(1);
  });

  it('splits the file by the last digit of the id', () => {
    expect([halfOf('46'), halfOf('1551')]).toEqual(['tune', 'heldOut']);
  });
});
