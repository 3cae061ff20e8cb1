import { describe, expect, it } from 'vitest';
import { Extraction, type CountMention, type Sentence } from '../../src/model/schemas.js';
import { defaultExtractOptions, extract, type ExtractInput } from '../../src/stages/extract/index.js';
import { findDates } from '../../src/stages/extract/dates.js';

const ARTICLE = 'art-1';

/** Sentences of a made-up article: paragraphs split on blank lines or newlines, sentences on end marks. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  text.split(/\n+/).forEach((para, paragraph) => {
    const parts = para.split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z0-9])/);
    for (const part of parts) {
      const t = part.trim();
      if (t === '') continue;
      const index = out.length;
      out.push({ id: `${ARTICLE}:${index}`, articleId: ARTICLE, index, paragraph, start: offset, end: offset + t.length, text: t });
      offset += t.length + 1;
    }
  });
  return out;
}

function run(text: string, published: string | null = '2025-06-07', publishedInferred = false) {
  const input: ExtractInput = { articleId: ARTICLE, published, publishedInferred, sentences: sentencesOf(text) };
  const out = extract(input, defaultExtractOptions());
  Extraction.parse(out); // every result obeys the data model
  return out;
}

function counts(text: string): CountMention[] {
  return run(text).counts;
}

function brief(c: CountMention): string {
  return `${c.qualifier} ${c.value} ${c.measure} ${c.subject}`;
}

describe('extract: counts', () => {
  it('counts "at least 14 people killed, including six children" as 14 killed with the children part of it', () => {
    const found = counts('At least 14 people were killed, including six children, when a bus crashed into a river.');
    expect(found.map(brief)).toEqual(['at least 14 killed people', 'exact 6 killed children']);
    expect(found[1].partOf).toBe(0);
    expect(found[0].partOf).toBeNull();
  });

  it('counts a list of single people whole: "a woman and a man were shot" is two shot, each part of it', () => {
    const found = counts('A 24-year-old woman and a 36-year-old man were shot outside a bar, police said.');
    expect(found.map(brief)).toEqual(['exact 1 shot women', 'exact 1 shot men', 'exact 2 shot people']);
    expect(found.slice(0, 2).map((c) => c.partOf)).toEqual([2, 2]);
    expect(counts('The gunfire injured a 40-year-old man and a 19-year-old woman.').map(brief)).toContain('exact 2 injured people');
  });

  it('counts no gallery numbering, hyphenated identifier, emergency number or age written without hyphens', () => {
    expect(counts('Image 6 of 12 A woman died in the fire.').map(brief)).toEqual(['exact 1 killed women']);
    expect(counts('The man who shot a police K-9 was found dead.').map((c) => c.value)).not.toContain(9);
    expect(counts("Police found the 911 caller's father dead.").map((c) => c.value)).not.toContain(911);
    expect(counts('The death of a 16 year-old boy is under investigation.').map((c) => c.value)).not.toContain(16);
    expect(counts('A 9 or 10 year old boy was shot and killed.').map((c) => c.value)).not.toContain(9);
  });

  it('carries no measure along a list to a count with a predicate of its own', () => {
    expect(counts('One suspect is dead and three others are in custody.').map(brief)).toEqual(['exact 1 killed suspects']);
  });

  it('sums no single people that a clause of their own keeps apart', () => {
    expect(counts('The crash killed a 6-year-old boy and left a man in critical condition.').map(brief)).not.toContain('exact 2 killed people');
    expect(counts('A man was killed and a woman was wounded.').map((c) => c.value)).toEqual([1, 1]);
  });

  it('links "six children were among 14 people killed" to the whole it is part of', () => {
    const found = counts('Six children were among 14 people killed in the fire.');
    expect(found.map(brief)).toEqual(['exact 6 killed children', 'exact 14 killed people']);
    expect(found[0].partOf).toBe(1);
  });

  it('reads the measure before the number: killing, injuring, left, claimed the lives of, resulting in', () => {
    expect(counts('The blast tore through the market, killing at least four people and injuring 35 others.').map(brief)).toEqual([
      'at least 4 killed people',
      'exact 35 injured people',
    ]);
    expect(counts('The tornado left 50 injured.').map(brief)).toEqual(['exact 50 injured people']);
    expect(counts('The landslide claimed the lives of at least 14 individuals.').map(brief)).toEqual(['at least 14 killed people']);
    expect(counts('The air raid resulted in five civilian deaths.').map(brief)).toEqual(['exact 5 killed civilians']);
  });

  it('reads the measure after the number: were wounded, fatalities confirmed, remain missing, taken to hospital', () => {
    expect(counts('At least 50 people were wounded in the attack.').map(brief)).toEqual(['at least 50 injured people']);
    expect(counts('14 fatalities have been confirmed.').map(brief)).toEqual(['exact 14 killed people']);
    expect(counts('Some 30 hikers remain missing after the avalanche.').map(brief)).toEqual(['about 30 missing hikers']);
    expect(counts('Four firefighters were taken to hospital.').map(brief)).toEqual(['exact 4 hospitalized firefighters']);
  });

  it('normalises qualifiers', () => {
    const q = (s: string) => counts(s)[0]?.qualifier;
    expect(q('More than 200 people were evacuated.')).toBe('more than');
    expect(q('Over 200 people were evacuated.')).toBe('more than');
    expect(q('Upwards of 200 people were evacuated.')).toBe('more than');
    expect(q('Roughly 200 people were evacuated.')).toBe('about');
    expect(q('Approximately 200 people were evacuated.')).toBe('about');
    expect(q('Up to 200 people were evacuated.')).toBe('up to');
    expect(q('Nearly 200 people were evacuated.')).toBe('nearly');
    expect(q('Almost 200 people were evacuated.')).toBe('nearly');
    expect(q('Fewer than 20 people were hurt.')).toBe('fewer than');
    expect(q('Less than 20 people were hurt.')).toBe('fewer than');
    expect(q('At most 20 people were hurt.')).toBe('at most');
    expect(q('Twenty people were hurt.')).toBe('exact');
  });

  it('parses number words and digits with thousands separators', () => {
    expect(counts('Twenty-five miners were rescued.').map(brief)).toEqual(['exact 25 rescued miners']);
    expect(counts('A dozen students were hospitalized.').map(brief)).toEqual(['about 12 hospitalized students']);
    expect(counts('Two dozen protesters were arrested.').map(brief)).toEqual(['about 24 arrested protesters']);
    expect(counts('The floods displaced 1,200 residents.').map(brief)).toEqual(['exact 1200 displaced residents']);
    expect(counts('The quake left 1.5 million people homeless.').map(brief)).toEqual(['exact 1500000 displaced people']);
  });

  it('does not count vague quantities such as hundreds or dozens', () => {
    expect(counts('Hundreds of people fled and dozens were injured.')).toEqual([]);
  });

  it('counts damaged things with the thing as the subject', () => {
    expect(counts('The explosion damaged around 30 cars, a bakery, a school and roughly 20 apartment buildings.').map(brief)).toEqual([
      'about 30 damaged cars',
      'about 20 damaged apartment buildings',
    ]);
    expect(counts('The fire destroyed 12 homes and damaged 40 others.').map(brief)).toEqual(['exact 12 destroyed homes', 'exact 40 damaged homes']);
  });

  it('reads tolls and shared measures of coordinated counts', () => {
    expect(counts('The death toll from the floods rose to 23.').map(brief)).toEqual(['exact 23 killed people']);
    expect(counts('Eleven soldiers and two civilians were killed.').map(brief)).toEqual(['exact 11 killed soldiers', 'exact 2 killed civilians', 'exact 13 killed people']);
    expect(counts('Five people were killed and 12 injured.').map(brief)).toEqual(['exact 5 killed people', 'exact 12 injured people']);
  });

  it('treats "others" as people (or more of the same things) and "another five" as an increment, not a total', () => {
    expect(counts('Police arrested three suspects and detained two others.').map(brief)).toEqual(['exact 3 arrested suspects', 'exact 2 arrested people']);
    expect(counts('Another five people died in hospital overnight.')).toEqual([]);
  });

  it('does not count the agent of an active measure verb', () => {
    expect(counts('Two gunmen killed 14 worshippers.').map(brief)).toEqual(['exact 14 killed worshippers']);
  });

  it('does not count ages, years, times, dates, ordinals, percentages, durations, distances, money, addresses or list numbers', () => {
    const none = [
      'The 20-year-old was charged and the three-month-old ceasefire collapsed.',
      'Smith, 33, was charged with murder.',
      'The fire started in 2019 and was put out.',
      'The shooting happened at 1:15 a.m. on April 4.',
      'It was the 4th attack this year.',
      'Prices of bread rose 15% after the flood.',
      'The 30-day truce began and rescuers worked for 24 hours.',
      'Rescuers searched within 60 kilometres of the dam.',
      'The victims were aged 14 and 16.',
      'The city paid $5 million to 3 families.',
      'Police were called to the 13500 block of Oak Avenue.',
      '1. Five things to know.',
      'Route 66 was closed.',
    ];
    for (const s of none) expect(counts(s), s).toEqual([]);
  });

  it('never counts the numbers of an age span ("between the ages of 16-18")', () => {
    expect(counts('Four other males, between the ages of 16-18 were also injured.').map((c) => c.value)).not.toContain(18);
    expect(counts('Police said the wounded were aged between 15 and 17.').map((c) => c.value)).toEqual([]);
  });

  it('counts one for "a man" or "an 8-year-old girl" with a measure, never the age', () => {
    expect(counts('A 20-year-old man was shot and a three-month-old baby was hurt.').map(brief)).toEqual(['exact 1 shot men', 'exact 1 injured children']);
    expect(counts('The flood left a bystander dead.').map(brief)).toEqual(['exact 1 killed bystanders']);
    expect(counts('Police are looking for a man who shot three people.').map(brief)).toEqual(['exact 3 shot people']);
  });

  it('keeps "shot" apart from killed and injured, and reads "fatally shot" and "gunned down" as killed', () => {
    expect(counts('Four men were shot outside a bar.').map(brief)).toEqual(['exact 4 shot men']);
    expect(counts('He fatally shot seven people.').map(brief)).toEqual(['exact 7 killed people']);
    expect(counts('Two teenagers were gunned down.').map(brief)).toEqual(['exact 2 killed teenagers']);
    expect(counts('The army shot down 40 drones.')).toEqual([]);
  });

  it('does not count a hypothetical ("could have killed 100 people")', () => {
    expect(counts('The device could have killed 100 people.')).toEqual([]);
  });

  it('gives a count the place and the date named in its sentence', () => {
    const [c] = run('Three people were killed in Millbrook on Tuesday.', '2025-06-07').counts;
    expect(c.place).toBe('Millbrook');
    expect(c.date).toBe('2025-06-03');
  });

  it('cites the sentence a count came from and quotes its words', () => {
    const out = run('The storm hit at night.\nAt least 9 people died.');
    expect(out.counts[0].citation).toEqual({ articleId: ARTICLE, sentenceId: `${ARTICLE}:1` });
    expect(out.counts[0].text).toBe('At least 9 people died');
  });

  it('numbers partOf across the whole article, not per sentence', () => {
    const found = counts('Two people were hurt.\nFourteen people were killed, including three children.');
    expect(found.map((c) => c.partOf)).toEqual([null, null, 1]);
  });
});

describe('extract: attribution and claims', () => {
  it('attributes a figure sourced to emergency services without making it a claim', () => {
    const [c] = counts('At least 50 were wounded, emergency services said.');
    expect(c.attribution).toEqual({ party: 'emergency services', cue: 'said', quoted: false });
    expect(c.isClaim).toBe(false);
  });

  it('reads "according to X" before and after the clause', () => {
    expect(counts('According to local officials, 12 homes were destroyed.')[0].attribution?.party).toBe('local officials');
    expect(counts('Twelve homes were destroyed, according to the county fire marshal.')[0].attribution).toEqual({
      party: 'the county fire marshal',
      cue: 'according to',
      quoted: false,
    });
  });

  it('reads "X said that ...", "said X" and "X told reporters"', () => {
    expect(counts('The regional governor said that 8 people had died.')[0].attribution?.party).toBe('The regional governor');
    expect(counts('"Nine people are missing," said Fire Chief Dana Wells.')[0].attribution?.party).toBe('Fire Chief Dana Wells');
    const told = counts('Sheriff Amos Reid told reporters that 3 deputies were injured.')[0].attribution;
    expect(told).toEqual({ party: 'Sheriff Amos Reid', cue: 'told reporters', quoted: false });
  });

  it('leaves the reporter’s own statements unattributed', () => {
    const [c] = counts('Seven people drowned when the ferry capsized.');
    expect(c.attribution).toBeNull();
    expect(c.isClaim).toBe(false);
  });

  it('makes a quoted figure a claim, with quoted set', () => {
    const [c] = counts('“Forty of our fighters were killed in one night,” the commander said.');
    expect(c.attribution).toEqual({ party: 'the commander', cue: 'said', quoted: true });
    expect(c.isClaim).toBe(true);
  });

  it('makes a claiming verb and a party reporting its own deeds claims, but not police reporting arrests', () => {
    expect(counts('The rebels claimed that 30 soldiers were killed.')[0].isClaim).toBe(true);
    expect(counts('The militant group said it killed 20 soldiers.')[0].isClaim).toBe(true);
    expect(counts('The defence ministry said it had destroyed 40 tanks.')[0].isClaim).toBe(true);
    expect(counts('Police said they arrested 3 men.')[0].isClaim).toBe(false);
  });

  it('resolves "he" in an attribution to the last person named', () => {
    const out = run('Mayor Ruth Okoye visited the shelter.\nShe said 300 residents had been evacuated.');
    expect(out.counts[0].attribution?.party).toBe('Ruth Okoye');
  });
});

describe('extract: entities', () => {
  it('finds people, places and organisations with titles and possessives stripped', () => {
    const out = run(
      'Police Chief Marcus Bell said the Riverton Police Department had sealed off streets in Riverton.\n' +
        'Mr Bell spoke after President Alma Torres visited Kessling’s main hospital.',
    );
    const names = out.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('person:Marcus Bell');
    expect(names).toContain('organization:Riverton Police Department');
    expect(names).toContain('place:Riverton');
    expect(names).toContain('person:Bell');
    expect(names).toContain('person:Alma Torres');
    expect(names.some((n) => n.includes('Mr') || n.includes('President') || n.includes('’s'))).toBe(false);
  });

  it('keeps a possessive common noun inside a name but splits a possessive name off', () => {
    const names = run("Deputies from the Marion County Sheriff's Office met Norland's Interior Ministry.").entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain("organization:Marion County Sheriff's Office");
    expect(names).toContain('organization:Interior Ministry');
    expect(names.some((n) => n.includes("Norland's"))).toBe(false);
  });

  it('types a name by cues pooled over the article ("in X" makes X a place everywhere)', () => {
    const out = run('Floods hit Dornvale overnight.\nRescue boats reached Dornvale at dawn, and water rose in Dornvale again.');
    expect(out.entities.filter((e) => e.name === 'Dornvale').every((e) => e.type === 'place')).toBe(true);
  });

  it('does not take sentence openers, weekdays, months or demonyms for names', () => {
    const out = run('Emergency crews worked through Friday in March.\nPolice said Ukrainian and Polish volunteers helped.');
    expect(out.entities.map((e) => e.name)).toEqual([]);
  });

  it('cites the sentence of each mention', () => {
    const out = run('The storm passed.\nOfficials in Harwick County counted the damage.');
    expect(out.entities).toEqual([{ name: 'Harwick County', type: 'place', citation: { articleId: ARTICLE, sentenceId: `${ARTICLE}:1` } }]);
  });
});

describe('extract: dates', () => {
  it('resolves a weekday after a future-tense cue to the coming day, and a past one to the last', () => {
    // 2015-03-28 is a Saturday.
    expect(run('Young is scheduled to be in court on Monday.', '2015-03-28').dates.map((d) => d.date)).toEqual(['2015-03-30']);
    expect(run('He will be arraigned Tuesday.', '2015-03-28').dates.map((d) => d.date)).toEqual(['2015-03-31']);
    expect(run('Young was scheduled to be in court on Monday.', '2015-03-28').dates.map((d) => d.date)).toEqual(['2015-03-23']);
    expect(run('Police said he was shot Monday and will recover.', '2015-03-28').dates.map((d) => d.date)).toEqual(['2015-03-23']);
  });

  it('resolves "on Friday" to the most recent Friday on or before publication', () => {
    const out = run('The strike came on Friday.', '2025-06-07'); // a Saturday
    expect(out.dates).toEqual([{ text: 'on Friday', date: '2025-06-06', inferred: false, citation: { articleId: ARTICLE, sentenceId: `${ARTICLE}:0` } }]);
    expect(run('It happened on Saturday.', '2025-06-07').dates[0].date).toBe('2025-06-07');
    expect(run('It happened late Sunday.', '2025-06-07').dates[0].date).toBe('2025-06-01');
  });

  it('resolves absolute dates and dates with a weekday and month', () => {
    expect(run('The dam failed on April 4, 2025.').dates[0].date).toBe('2025-04-04');
    expect(run('Officials met Tuesday, Jan. 27, to discuss the fire.', '2026-02-02').dates[0].date).toBe('2026-01-27');
    expect(run('Two people died yesterday.', '2025-06-07').dates[0].date).toBe('2025-06-06');
  });

  it('skips expressions that are not a day: last week, in March, this year, times and durations', () => {
    for (const s of ['It rained last week.', 'It began in March.', 'Crime rose this year.', 'Shots rang out at 1:15 a.m.', 'Aid arrived within 24 hours.', 'A 30-year-old man died.']) {
      expect(run(s).dates, s).toEqual([]);
    }
  });

  it('marks relative dates inferred when the publication date was inferred, and absolute ones never', () => {
    const out = run('The attack came on Friday.\nThe law passed on March 3, 2024.', '2025-06-07', true);
    expect(out.dates.map((d) => d.inferred)).toEqual([true, false]);
  });

  it('runs only the chrono parsers a sentence has words for, with the same results as all of them', () => {
    // 2016-01-20 is a Wednesday; each sentence needs a different set of parsers (as chrono with all of them gave).
    const dates = (s: string) => findDates(s, '2016-01-20', false).map((d) => [d.text, d.date]);
    expect(dates('He was shot two days ago on Main Street.')).toEqual([['two days ago', '2016-01-18']]);
    expect(dates('It happened at 2 a.m. Monday, police said later.')).toEqual([['at 2 a.m. Monday', '2016-01-18']]);
    expect(dates('The report is dated 1/5/2016 and 2016-01-06.')).toEqual([['1/5/2016', '2016-01-05'], ['2016-01-06', '2016-01-06']]);
    expect(dates('Last night a man was shot; on Jan. 12 another was.')).toEqual([['Last night', '2016-01-19'], ['Jan. 12', '2016-01-12']]);
    expect(dates('She died Tuesday, Jan. 19, and will be buried next Monday.')).toEqual([['Tuesday, Jan. 19', '2016-01-19'], ['next Monday', '2016-01-25']]);
  });

  it('resolves only absolute dates when there is no publication date', () => {
    const out = run('The storm struck on Friday.\nIt was first seen on May 2, 2024 and again on May 9.', null);
    expect(out.dates.map((d) => d.date)).toEqual(['2024-05-02']);
  });
});

describe('extract: quotes', () => {
  it('finds a direct quote with its speaker, cue and channel', () => {
    const out = run('“The water came up in minutes,” Governor Lena Fisk wrote on Telegram.');
    expect(out.quotes).toEqual([
      {
        speaker: 'Lena Fisk',
        cue: 'wrote',
        channel: 'Telegram',
        text: 'The water came up in minutes',
        direct: true,
        citations: [{ articleId: ARTICLE, sentenceId: `${ARTICLE}:0` }],
        party: 'Governor Lena Fisk',
        spans: { content: [[1, 30]], party: [32, 50], cue: [51, 56] },
      },
    ]);
  });

  it('gives the content, party and cue as ranges of the article text', () => {
    const text = 'Officials met on Monday.\nShe said the bridge would reopen in May, and that repairs were on budget.';
    const out = run(text);
    const q = out.quotes[0];
    const [[cs, ce]] = q.spans!.content;
    expect(text.slice(cs, ce)).toBe('the bridge would reopen in May, and that repairs were on budget');
    expect(text.slice(...q.spans!.party!)).toBe('She');
    expect(text.slice(...q.spans!.cue!)).toBe('said');
    expect(q.party).toBe('She');
  });

  it('resolves "he said" to the last person named as a speaker', () => {
    const out = run('Chief Omar Haddad told reporters the fire was out.\n"We were lucky the wind changed," he said.');
    const direct = out.quotes.find((q) => q.direct);
    expect(direct?.speaker).toBe('Omar Haddad');
  });

  it('reads an interrupted quote as one attribution with two parts, as PolNeAR annotates it', () => {
    const text = '"We saw the smoke first," said Ana Ruiz. "Then the whole block was burning."';
    const out = run(text);
    const direct = out.quotes.filter((q) => q.direct);
    expect(direct.map((q) => [q.speaker, q.text])).toEqual([['Ana Ruiz', 'We saw the smoke first … Then the whole block was burning.']]);
    expect(direct[0].spans!.content.map(([s, e]) => text.slice(s, e))).toEqual(['We saw the smoke first,', 'Then the whole block was burning.']);
    expect(direct[0].citations.length).toBe(2);
  });

  it('follows a quote over several sentences and into the next paragraph that reopens it', () => {
    const out = run('“I grabbed my kids. We ran to the car,” said Pia Lund, a neighbour. “Then the roof fell in.\n“Nobody could have stopped it.”');
    const direct = out.quotes.filter((q) => q.direct);
    expect(direct.length).toBe(1);
    expect(direct[0].text).toBe('I grabbed my kids. We ran to the car … Then the roof fell in. Nobody could have stopped it.');
    expect(direct[0].citations.length).toBe(4);
    expect(direct[0].speaker).toBe('Pia Lund');
  });

  it('keeps quoted wording inside indirect speech in the indirect quote, and widens a quote its cue opens to the clause', () => {
    const out = run('The mayor said the plan was "a disaster for the whole city" and would be dropped.\nThe senator said "it makes me angry" every time the subject comes up.');
    expect(out.quotes.map((q) => [q.speaker, q.direct, q.text])).toEqual([
      ['The mayor', false, 'the plan was "a disaster for the whole city" and would be dropped'],
      ['The senator', false, '"it makes me angry" every time the subject comes up'],
    ]);
  });

  it('does not take a quoted title before a speaker for the speaker\'s words', () => {
    const out = run('Speaking on the show "Meet the Weekly Press," Senator Jo Park said the bill would pass.');
    const park = out.quotes.filter((q) => q.party === 'Senator Jo Park');
    expect(park.map((q) => [q.direct, q.text])).toEqual([[false, 'the bill would pass']]);
  });

  it('reads the subject of a coordinated or participial cue, a relative pronoun and a share of a group as parties', () => {
    const out = run([
      'The senator voted against the bill and says the vote was a mistake.',
      'Police closed the road, saying the bridge was unsafe.',
      'Voters cheered Jeb Bush, who said the race was far from over, as he left.',
      'Six in 10 say the economy is the top issue.',
    ].join('\n'));
    expect(out.quotes.map((q) => [q.party, q.speaker, q.text])).toEqual([
      ['The senator', 'The senator', 'the vote was a mistake'],
      ['Police', 'Police', 'the bridge was unsafe'],
      ['who', 'Jeb Bush', 'the race was far from over'],
      ['Six in 10', 'Six in 10', 'the economy is the top issue'],
    ]);
  });

  it('reads "says" before a gerund, a gerund head noun and a weekday between party and cue', () => {
    const out = run([
      'The businessman says running for office is hard.',
      'A source close to the meeting says the talks will resume.',
      'Voters in Ohio on Tuesday said they want change.',
    ].join('\n'));
    expect(out.quotes.map((q) => [q.party, q.text])).toEqual([
      ['The businessman', 'running for office is hard'],
      ['A source close to the meeting', 'the talks will resume'],
      ['Voters in Ohio', 'they want change'],
    ]);
  });

  it('reads both sides of a parenthetical cue as one statement, but not a new clause after it', () => {
    const text = 'This campaign, he says, is different from the last one.\nThe roads were closed, police said, and the schools stayed shut.';
    const out = run(text);
    expect(out.quotes.map((q) => [q.party, q.text])).toEqual([
      ['he', 'This campaign … is different from the last one'],
      ['police', 'The roads were closed'],
    ]);
    expect(out.quotes[0].spans!.content.map(([s, e]) => text.slice(s, e))).toEqual(['This campaign', 'is different from the last one']);
  });

  it('resolves a pronoun, a relative pronoun and a role description to the person named before', () => {
    const out = run('Florida Senator Marco Ruiz spoke in Tampa on Monday. The senator said the plan would fail.\nVoters cheered Ana Diaz, who said the race was far from over.\n"We will win," she said.');
    expect(out.quotes.map((q) => [q.party, q.speaker])).toEqual([['The senator', 'Marco Ruiz'], ['who', 'Ana Diaz'], ['she', 'Ana Diaz']]);
  });

  it('reads indirect speech from "X said that" and "according to X"', () => {
    const out = run('The coroner said that the victims died of smoke inhalation.\nAccording to the utility, power will return by Monday.');
    expect(out.quotes.map((q) => [q.speaker, q.direct, q.text])).toEqual([
      ['The coroner', false, 'the victims died of smoke inhalation'],
      ['the utility', false, 'power will return by Monday'],
    ]);
  });

  it('names the channel of "in a statement"', () => {
    const out = run('The airline said in a statement that all flights were cancelled.');
    expect(out.quotes[0].channel).toBe('a statement');
  });

  it('ignores scare quotes without a speech cue', () => {
    const out = run('The army called it a “precision strike” on military targets.');
    expect(out.quotes.filter((q) => q.direct)).toEqual([]);
  });
});

describe('extract: robustness', () => {
  it('returns empty arrays for an article without sentences', () => {
    expect(run('')).toEqual({ counts: [], entities: [], dates: [], quotes: [], attributions: [] });
  });

  it('completes on a 100,000-word article', () => {
    const text = 'The flood damaged 12 homes in Millbrook on Tuesday, officials said, and "more rain is coming" according to forecasters.\n'.repeat(5_300);
    const out = run(text);
    for (const list of [out.counts, out.entities, out.dates, out.quotes]) expect(Array.isArray(list)).toBe(true);
    const single = extract({ articleId: ARTICLE, published: null, publishedInferred: false, sentences: [{ id: 's', articleId: ARTICLE, index: 0, paragraph: 0, start: 0, end: text.length, text }] });
    expect(Array.isArray(single.counts)).toBe(true);
  });

  it('survives unbalanced quotation marks', () => {
    const out = run('"The bridge is gone, said a man. “And the road too.\n”Nobody came.” “ “ " "');
    for (const list of [out.counts, out.entities, out.dates, out.quotes]) expect(Array.isArray(list)).toBe(true);
  });

  it('does not crash on digits of other scripts and non-English text, and yields little from it', () => {
    const out = run('قُتل ٢٣ شخصاً في الهجوم على السوق.\nDie Polizei sagte, dass 14 Menschen bei dem Angriff in der Stadt getötet wurden und viele verletzt sind.\n洪水で14人が死亡した。');
    expect(out.counts).toEqual([]);
    expect(out.quotes).toEqual([]);
  });
});

describe('extract: the casualty idiom "claimed the lives"', () => {
  it('reads "claimed the lives of at least 14" as a reported toll, not as a claim', () => {
    const text = 'A landslide in the hill town of Orvia claimed the lives of at least 14 residents on Sunday, according to local authorities.';
    const out = extract({ articleId: 'z', published: '2024-03-05', publishedInferred: false, sentences: [{ id: 'z.s0', articleId: 'z', index: 0, paragraph: 0, start: 0, end: text.length, text }] });
    const killed = out.counts.find((c) => c.measure === 'killed')!;
    expect(killed).toMatchObject({ value: 14, qualifier: 'at least', isClaim: false });
    expect(killed.attribution?.party).toBe('local authorities');
  });
});

describe('extract: fractions of a scale word', () => {
  it('reads "nearly half a million" as nearly 500,000, not a million', () => {
    const text = 'The floods left nearly half a million people homeless across the delta.';
    const out = extract({ articleId: 'h', published: '2024-03-05', publishedInferred: false, sentences: [{ id: 'h.s0', articleId: 'h', index: 0, paragraph: 0, start: 0, end: text.length, text }] });
    expect(out.counts.map((c) => [c.value, c.qualifier])).toEqual([[500_000, 'nearly']]);
  });
});
