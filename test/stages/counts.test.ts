import { describe, expect, it } from 'vitest';
import { findCounts } from '../../src/stages/extract/counts.js';
import { tokenize } from '../../src/stages/extract/tokens.js';
import { victimClauses } from '../../src/stages/extract/victims.js';

/** The counts of one sentence as "qualifier value measure subject", parts marked with their whole's index. */
function counts(text: string): string[] {
  return findCounts(tokenize(text)).map((c) => `${c.qualifier} ${c.value} ${c.measure} ${c.subject}${c.partOf !== null ? ` (part of ${c.partOf})` : ''}`);
}

describe('counts: "others" add to the people counted before them', () => {
  it('sums a death with "two others dead" into a toll of three', () => {
    expect(counts('Police shot and killed a gunman who went on a rampage that left two others dead.')).toContain('exact 3 killed people');
  });

  it('sums a person and "six other people" sharing one measure', () => {
    expect(counts('A 13-year-old boy and six other people were shot on Friday.')).toContain('exact 7 shot people');
  });

  it('adds nothing across measures, nor to "others" that only carry a measure along a list', () => {
    expect(counts('One man is dead and three others injured after a shooting.')).toEqual(['exact 1 killed men', 'exact 3 injured people']);
    expect(counts('2 men killed, 2 others in critical after a robbery')).not.toContain('exact 4 killed people');
  });
});

describe('counts: kin and a count after them, one toll', () => {
  it('adds a possessed kin noun to the count coordinated after it, and reads "fatally shot" as killed', () => {
    expect(counts('Police say he killed his wife and their four children.')).toEqual(['exact 5 killed people']);
    expect(counts('He is accused of fatally shooting his ex-wife and two other people.')).toEqual(['exact 3 killed people']);
    expect(counts('She lives with her husband and two children.')).toEqual([]);
  });
});

describe('counts: a headline\'s capitalised words', () => {
  it('reads no toll through a capitalised preposition ("3 Charged In Death Of ...")', () => {
    expect(counts('3 Charged In Shooting Death Of Local Teen')).toEqual([]);
    expect(counts('5 Dead In Shooting')).toEqual(['exact 5 killed people']);
    expect(counts('Two Palestinian men were killed')).toEqual(['exact 2 killed men']);
  });
});

describe('counts: "the life of"', () => {
  it('reads "claimed the life of one man" as a death, apart from the injured after it', () => {
    expect(counts('A shooting that claimed the life of one man and injured three other people.')).toEqual(['exact 1 killed men', 'exact 3 injured people']);
  });
});

describe('single victims taken to hospital', () => {
  const measures = (text: string) => victimClauses(text).map((v) => v.measure);

  it('reads a person taken, rushed or transported to a hospital as wounded, and as killed where the sentence says they died', () => {
    expect(measures('A third man, 21, was taken to a hospital with serious injuries.')).toEqual(['injured']);
    expect(measures('The officer was immediately transported to Mercy General Hospital of Dunmore.')).toEqual(['injured']);
    expect(measures('She was rushed to St. Anne\u2019s Hospital, police said.')).toEqual(['injured']);
    expect(new Set(measures('He was taken to the hospital, where he died.'))).toEqual(new Set(['killed']));
  });

  it('reads nothing in a taxi taken to the airport', () => {
    expect(measures('He was taken to the airport by a friend.')).toEqual([]);
  });
});

describe('single victims grazed or sent to hospital', () => {
  const measures = (text: string) => victimClauses(text).map((v) => v.measure);

  it('reads a person grazed by a bullet, or a shooting that sent someone to the hospital, as wounded', () => {
    expect(measures('An 11-year-old girl was grazed by a stray bullet.')).toEqual(['injured']);
    expect(measures('A gunshot grazed a 3-year-old boy inside the home.')).toEqual(['injured']);
    expect(measures('A shooting that sent his 14-year-old sister to the hospital.')).toEqual(['injured']);
  });

  it('reads nothing where a report sent a letter to the hospital', () => {
    expect(measures('The family sent a letter to the hospital.')).toEqual([]);
  });
});

describe('single victims named by a surname, a possessive or a place word', () => {
  const measures = (text: string) => victimClauses(text).map((v) => v.measure);

  it('reads "Doe died Monday", "her daughter is brain dead" and "a Springfield eighth-grader died" as deaths', () => {
    expect(measures('Doe died Monday at the county hospital.')).toEqual(['killed']);
    expect(measures('Her daughter is now brain dead as a result of her injuries.')).toEqual(['killed']);
    expect(measures('A Springfield eighth-grader died Friday after being accidentally shot.')).toEqual(['killed']);
  });

  it('reads no one in "Nobody died" and no outcome in "his father said"', () => {
    expect(measures('Nobody died in the fire.')).toEqual([]);
    expect(measures('His father said the boy was fine.')).toEqual([]);
  });

  it('leaves the fate of a person shot and taken to hospital open ("shot"), not survived', () => {
    expect(measures('A student was shot and rushed to the hospital.')).toEqual(['shot']);
  });
});

describe('counts: coordinated groups of people hurt add up', () => {
  it('sums "two men and a 10-year-old girl" wounded into three, each group part of the whole', () => {
    expect(counts('A shooting injured two men and a 10-year-old girl.')).toEqual(['exact 2 injured men (part of 2)', 'exact 1 injured girls (part of 2)', 'exact 3 injured people']);
  });

  it('sums no things, and no groups of different fates', () => {
    expect(counts('The fire destroyed 12 homes and 3 cars.')).not.toContain('exact 15 destroyed people');
    expect(counts('Two men were killed and three women were wounded.')).toEqual(['exact 2 killed men', 'exact 3 injured women']);
  });
});

describe('single victims: a killing named by how many died', () => {
  const read = (text: string) => victimClauses(text).map((v) => `${v.measure} ${v.people ?? 1}`);

  it('reads "a triple homicide" as three deaths and "a double murder-suicide" as three', () => {
    expect(read('Woman, 2 children dead in triple homicide')).toEqual(['killed 3']);
    expect(read('Police called it a double murder-suicide.')).toEqual(['killed 3']);
  });

  it('reads no deaths in an attempted double murder', () => {
    expect(read('He faces a charge of attempted double murder.')).toEqual([]);
  });
});

describe('single victims: a death later in the clause chain, and a predicate of another subject', () => {
  const measures = (text: string) => victimClauses(text).map((v) => v.measure);

  it('reads a person taken to "St. Mary\'s Hospital, where he later died" or who "succumbed" as killed', () => {
    expect(new Set(measures('He was taken to St. Mary\'s Hospital in Dunmore, where he later died.'))).toEqual(new Set(['killed']));
    expect(measures('He was taken to Mercy Hospital where he succumbed to his injuries.')).toEqual(['killed']);
  });

  it('gives the predicate after "and the child" to the child, not to the officer before it', () => {
    expect(victimClauses('Police said the officer called for medics and the child was taken to Mercy Hospital.').map((v) => v.start)).toEqual([46]);
  });
});

describe('counts: abbreviated ages', () => {
  it('reads no count in "8 yo girl killed" or "a 14 yr old boy", but still counts "Two killed, 5 hurt"', () => {
    expect(counts('8 yo girl killed in a drive-by')).toEqual([]);
    expect(counts('Police say a 14 yr old boy and 3 others were hurt.')).not.toContain('exact 14 injured people');
    expect(counts('Two killed, 5 hurt')).toEqual(['exact 2 killed people', 'exact 5 injured people']);
  });
});

describe('single victims: a headline about a killer', () => {
  it('reads no victim in "Deputy who killed man ..." nor "Man Who Killed Wife Sentenced", and one in "Teen killed in drive-by"', () => {
    expect(victimClauses('Deputy who killed man after mistaking gun for Taser is an insurance exec')).toEqual([]);
    expect(victimClauses('Man Who Killed Wife Sentenced')).toEqual([]);
    expect(victimClauses('Teen killed in drive-by').map((v) => v.measure)).toEqual(['killed']);
  });
});

describe('counts: a measure written after a count is not carried along a list', () => {
  it('gives "three others" no death from "one victim fatally wounded" before them, but carries a verb before the list', () => {
    expect(counts('The shooting left one victim fatally wounded and three others.')).toEqual(['exact 1 killed victims']);
    expect(counts('The blast killed a man and three others.')).toContain('exact 4 killed people');
  });
});

describe('counts: "N fatally" after a count of people shot', () => {
  it('reads the dead as a part of the people shot', () => {
    expect(counts('Six people were shot, two fatally, outside a diner on Tuesday.')).toEqual(['exact 6 shot people', 'exact 2 killed people (part of 0)']);
    expect(counts('9 Shot, 1 Fatally, At Riverside Block Party')).toEqual(['exact 9 shot people', 'exact 1 killed people (part of 0)']);
    expect(counts('Three teenagers were wounded, one of them fatally, near a park.')).toContain('exact 1 killed teenagers (part of 0)');
  });

  it('leaves "fatally" before a verb to that verb, and a lone "fatally" with no one shot before it', () => {
    expect(counts('Four people were shot and one was fatally wounded.')).not.toContain('exact 1 killed people (part of 0)');
    expect(counts('The two fatally were not named.')).toEqual([]);
  });
});
