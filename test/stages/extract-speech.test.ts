import { describe, expect, it } from 'vitest';
import { Extraction, type QuoteMention, type Sentence } from '../../src/model/schemas.js';
import { defaultExtractOptions, extract } from '../../src/stages/extract/index.js';
import { segment } from '../../src/stages/segment/index.js';

/** Extracts one made-up article, segmented as the pipeline segments it. */
function run(text: string) {
  const sentences: Sentence[] = segment({ articleId: 'a', text, language: 'en' });
  const out = extract({ articleId: 'a', published: '2016-03-01', publishedInferred: false, sentences }, defaultExtractOptions());
  Extraction.parse(out);
  return { text, out };
}

/** The article text a quote's span covers. */
function at(text: string, range: readonly [number, number] | null | undefined): string | null {
  return range ? text.slice(range[0], range[1]) : null;
}

function only(list: QuoteMention[] | undefined): QuoteMention {
  expect(list).toHaveLength(1);
  return list![0];
}

describe('extract: stances are attributions apart from quotes', () => {
  it('reads "X praised Y" as a stance of X about Y, not a quote', () => {
    const { out } = run('Wilson praised Rubio’s positions on national defense.');
    expect(out.quotes).toEqual([]);
    const a = only(out.attributions);
    expect(a.party).toBe('Wilson');
    expect(a.cue).toBe('praised');
    expect(a.text).toBe('Rubio’s positions on national defense');
  });

  it('finds the party of a progressive stance before its auxiliary ("X is defending")', () => {
    const { out } = run('Speaking in the East Room, Obama is defending his executive actions to tighten background checks.');
    const a = only(out.attributions);
    expect(a.party).toBe('Obama');
    expect(a.text).toBe('his executive actions to tighten background checks');
  });

  it('keeps the particle of a phrasal cue with the cue ("called for")', () => {
    const { text, out } = run('The senator called for an investigation into the deal.');
    const a = only([...out.quotes, ...(out.attributions ?? [])]);
    expect(a.cue).toBe('called for');
    expect(at(text, a.spans?.cue)).toBe('called for');
    expect(a.text).toBe('an investigation into the deal');
  });

  it('ends a stance with its clause: not the relative clause after the object', () => {
    const { out } = run('Sanders has long admired the pope, who preaches a message of economic justice.');
    expect(only(out.attributions).text).toBe('the pope');
  });

  it('does not take a noun for a stance ("the support for", "his plans")', () => {
    const { out } = run('The support for the bill grew as his plans became known.');
    expect(out.attributions).toEqual([]);
    expect(out.quotes).toEqual([]);
  });

  it('does not make a count inside a stance a party\'s figure ("police charged three men")', () => {
    const { out } = run('Police charged three men with the shooting.');
    for (const c of out.counts) expect(c.attribution).toBeNull();
  });
});

describe('extract: spans of indirect speech as attribution corpora mark them', () => {
  it('marks the full noun phrase with its apposition as the source, and keeps the named person as speaker', () => {
    const { text, out } = run('Ben Jealous, the former president of the NAACP, said that Clinton must reach out to Sanders.');
    const q = only(out.quotes);
    expect(at(text, q.spans?.party)).toBe('Ben Jealous, the former president of the NAACP');
    expect(q.speaker).toBe('Ben Jealous');
  });

  it('starts the content span at "that" while the text reads without it', () => {
    const { text, out } = run('The governor said that the state would appeal the ruling.');
    const q = only(out.quotes);
    expect(at(text, q.spans?.content[0])).toBe('that the state would appeal the ruling');
    expect(q.text).toBe('the state would appeal the ruling');
  });

  it('starts the content after a circumstance that stands before "that"', () => {
    const { out } = run('He said in an interview with the paper that he was not backing any candidate.');
    expect(out.quotes.map((q) => q.text)).toContain('he was not backing any candidate');
  });

  it('ends the content of indirect speech at ", but" when a new clause opens there', () => {
    const { out } = run('He said he had voted for Mr. Rubio, but cautioned against viewing that as an endorsement.');
    expect(out.quotes.map((q) => q.text)).toContain('he had voted for Mr. Rubio');
  });

  it('marks the source of an inverted cue with its apposition ("said X, the president of Y.")', () => {
    const { text, out } = run('“We are ready,” said Jane Roe, the president of the club.');
    const q = only(out.quotes);
    expect(at(text, q.spans?.party)).toBe('Jane Roe, the president of the club');
    expect(q.speaker).toBe('Jane Roe');
  });

  it('reads further speech verbs as cues of a direct quote ("he joked")', () => {
    const { out } = run('“If somebody yelled at me, I’d vote against them,” he joked.');
    expect(only(out.quotes).cue).toBe('joked');
  });
});

describe('extract: quotation marks written as two apostrophes', () => {
  it('reads \'\'...\'\' as a direct quote with its speaker', () => {
    const { out } = run("''It was just waiting for a recession,'' he said.");
    const q = only(out.quotes);
    expect(q.direct).toBe(true);
    expect(q.text).toBe('It was just waiting for a recession');
  });
});

describe('extract: sources with long descriptions', () => {
  it('finds the party before an aside that holds commas of its own', () => {
    const { text, out } = run('Vice President Jane Roe, who was to travel to Columbus, Ohio, on Wednesday, said the rules touched on a core issue.');
    const q = only(out.quotes);
    expect(q.speaker).toBe('Jane Roe');
    expect(at(text, q.spans?.party)).toBe('Vice President Jane Roe, who was to travel to Columbus, Ohio, on Wednesday');
  });

  it('marks the whole description after an inverted cue as the source', () => {
    const { text, out } = run('“Good news for the country is bad news for them,” said Jane Roe, a pollster working for a group supporting the senator.');
    expect(at(text, only(out.quotes).spans?.party)).toBe('Jane Roe, a pollster working for a group supporting the senator');
  });
});

describe('extract: a stance does not take over a quote', () => {
  it('keeps "X said it targeted “...”" as what X said', () => {
    const { out } = run('The ministry said on Telegram it targeted “a meeting of unit commanders” in a city restaurant.');
    const q = only(out.quotes);
    expect(q.cue).toBe('said');
    expect(q.party).toBe('The ministry');
  });

  it('reads a legacy report verb used as speech as speech ("officials report ...")', () => {
    const { out } = run('Local officials report significant damage to infrastructure across the district.');
    expect(only(out.quotes).cue).toBe('report');
  });
});

describe('extract: a question or exclamation quoted before its cue', () => {
  it('credits "“...?” X asked." to X though the sentence ends after the mark', () => {
    const { text, out } = run('“Where is the money going?” Mayor Ana Lopez asked council members. “Nobody can say.”');
    const q = only(out.quotes);
    expect(q.speaker).toBe('Ana Lopez');
    expect(at(text, q.spans?.cue)).toBe('asked');
    expect(q.text).toContain('Where is the money going?');
  });

  it('does not credit a quote to the next sentence when that sentence says something of its own', () => {
    const { out } = run('“Where is the money going?” The mayor said the budget would be cut by half next year.');
    const quoted = out.quotes.find((q) => q.text.startsWith('Where is'));
    expect(quoted?.speaker ?? null).toBeNull();
  });
});

describe('extract: a cue set off by commas', () => {
  it('reads the statement after the cue when only an adverbial stands before the party', () => {
    const { out } = run('In fact, the councillor said, the bridge would never open on time.');
    const q = only(out.quotes);
    expect(q.party).toBe('the councillor');
    expect(q.text).toBe('the bridge would never open on time');
  });

  it('credits a quote inside the rest of a statement to the parenthetical cue ("A, she said, has “...”")', () => {
    const { out } = run('The mayor, Dana Ortiz said, has built a “strange and costly machine for losing votes.”');
    const q = only(out.quotes);
    expect(q.speaker).toBe('Dana Ortiz');
    expect(q.text).toContain('strange and costly machine');
  });
});

describe('extract: the verb group between a party and its cue', () => {
  it('reads a party before modals, negation and adverbs ("the senator still could not say")', () => {
    const { out } = run('The senator still could not say how the new stadium would be paid for.');
    const q = only(out.quotes);
    expect(q.party).toBe('The senator');
    expect(q.text).toBe('how the new stadium would be paid for');
  });

  it('keeps the object of a stance when a channel-like phrase follows it ("discussed the budget on the radio")', () => {
    const { out } = run('The treasurer discussed the budget on the radio.');
    const a = only(out.attributions);
    expect(a.party).toBe('The treasurer');
    expect(a.text).toBe('the budget on the radio');
  });
});

describe('extract: parties set off from their cue', () => {
  it('reads a party before an aside in brackets or dashes, and keeps the aside in the source', () => {
    const { text, out } = run('Jane Roe (D-Ore.) said she will publish her records. Tom Hale — a teacher from Springfield — says he changed his vote.');
    expect(out.quotes.map((q) => q.party)).toEqual(['Jane Roe', 'Tom Hale']);
    expect(at(text, out.quotes[1].spans?.party)).toBe('Tom Hale — a teacher from Springfield —');
  });

  it('credits a participle to the subject of an absolute clause or to the cue before it', () => {
    const { out } = run('The evening ended with Tom Hale saying the vote had been stolen from the town.');
    expect(only(out.quotes).party).toBe('Tom Hale');
    const two = run('“This is not a close race,” she said, citing the polls and the weather.');
    expect(two.out.attributions?.map((a) => a.party)).toEqual(['she']);
  });

  it('finds the subject of a coordinated cue after an opening phrase with a verb of its own', () => {
    const { out } = run('Asked whether her husband would take a post, the senator shook her head and said she would not allow it.');
    expect(only(out.quotes).party).toBe('the senator');
  });

  it('does not read a bare participle phrase as an attribution ("a call reporting a fire")', () => {
    const { out } = run('The station received a call reporting a fire near the depot.');
    expect(out.quotes).toEqual([]);
  });
});

describe('extract: nounish cue words used as verbs', () => {
  it('reads "support"/"views" as a stance after a subject pronoun or an auxiliary, not after a determiner', () => {
    expect(only(run('They support the plan to build a new bridge.').out.attributions).cue).toBe('support');
    expect(only(run('He views the mayor as a weak candidate.').out.attributions).party).toBe('He');
    expect(run('The support for the plan was weak.').out.attributions).toEqual([]);
  });

  it('reads a nounish -s form as a verb after an adverb or before an infinitive, not after a possessive', () => {
    expect(only(run('Mayor Lopez often questions the cost of the new bridge.').out.attributions).party).toBe('Mayor Lopez');
    expect(only(run('The candidate plans to be back in the state later.').out.attributions).cue).toBe('plans');
    expect(run('The mayor’s plans to build a bridge failed.').out.attributions).toEqual([]);
  });

  it('reads a nounish -s form as a verb after a singular noun phrase opening the clause, not after a plural', () => {
    const all = (text: string) => { const { out } = run(text); return [...out.quotes, ...(out.attributions ?? [])]; };
    expect(all('The city council denies any wrongdoing in the bridge deal.').map((q) => q.party)).toEqual(['The city council']);
    expect(all('The council claims are false.').map((q) => q.party)).toEqual([]);
  });
});

describe('extract: "according to" takes a whole noun phrase', () => {
  it('marks the whole phrase as the source, words the lexicon knows as verbs included', () => {
    const { text, out } = run('Turnout rose sharply across the county, according to early results of a survey by the state university, though not by much.');
    const q = only(out.quotes);
    expect(at(text, q.spans?.party)).toBe('early results of a survey by the state university');
    expect(q.text).toBe('Turnout rose sharply across the county');
  });

  it('reports the clause after the phrase when the phrase opens the sentence', () => {
    const { out } = run('According to state officials, turnout rose sharply across the county.');
    expect(only(out.quotes).text).toBe('turnout rose sharply across the county');
  });
});

describe('extract: the speaker a pronoun stands for', () => {
  it('resolves "he" to an unnamed office holder, not to a name inside a later party ("the attack on X showed")', () => {
    const { out } = run('The country’s president said the attack on Anna Berg’s street showed the enemy wants war. “The whole world sees it,” he added.');
    const q = out.quotes.find((x) => x.cue === 'added');
    expect(q?.speaker).toBe('The country’s president');
  });

  it('does not take the object of "took to X to" for the party of the infinitive', () => {
    const { out } = run('The regional leader took to his channel to lament the tragedy in the old town.');
    expect([...out.quotes, ...(out.attributions ?? [])].map((q) => q.party)).not.toContain('his channel');
  });
});

describe('extract: a clause before a parenthetical cue is the statement', () => {
  it('keeps "At least 50 people were hurt, the services said, adding ..." as what the services said', () => {
    const { out } = run('At least 50 people were hurt in the blast, the rescue services said, adding that the figure was growing.');
    const said = out.quotes.find((q) => q.cue === 'said');
    expect(said?.text).toBe('At least 50 people were hurt in the blast');
  });
});

describe('extract: quotes followed by a participle clause', () => {
  it('credits "..., adding: “...”" to the party of the cue before it', () => {
    const { out } = run('Speaking at the summit, Mayor Ana Lopez said the city was “not interested in talks about talks,” adding: “We will not wait forever for them.”');
    const adding = out.quotes.find((q) => q.cue === 'adding');
    expect(adding?.speaker).toBe('Ana Lopez');
    expect(adding?.text).toContain('We will not wait forever');
  });

  it('reads a party before a bare role aside and ends the quote before ",” referring to"', () => {
    const { out } = run('On the radio, Tom Hale, head of the city council, said: “There is a flood on the east bank,” referring to the river.');
    const q = only(out.quotes);
    expect(q.speaker).toBe('Tom Hale');
    expect(q.text).toBe('There is a flood on the east bank');
  });
});

describe('extract: a stance ends where a new predicate starts', () => {
  it('ends "opposed X and once again did not like Y" before the second predicate', () => {
    const { out } = run('The senator opposed a similar bill in 2007 and once again did not like the new provisions.');
    expect(out.attributions?.[0].text).toBe('a similar bill in 2007');
  });
});

describe('extract: attributions next to a quote that the clause rules read otherwise', () => {
  it('credits a quote to a party after its description ("“...,” a close friend, Jane Doe told the paper")', () => {
    const { out } = run('“She is also a mother of three young boys,” a close friend, Jane Roe told the paper.');
    expect(only(out.quotes).speaker).toBe('Jane Roe');
  });

  it('credits a quote right after "she said," though a long phrase opens the sentence', () => {
    const { out } = run('As for the mayor’s ability to deflect attacks, she said, “The vetting has not even begun.”');
    const q = only(out.quotes);
    expect(q.cue).toBe('said');
    expect(q.text).toBe('The vetting has not even begun.');
  });
});

describe('extract: source noun phrase boundaries', () => {
  it('ends an inverted source before ", citing ..." and keeps its relative clause', () => {
    const { text, out } = run('“The county is hard to predict,” said Eric Moss, who chairs the department at the state college, citing the turnout.');
    const q = out.quotes.find((x) => x.cue === 'said');
    expect(at(text, q?.spans?.party)).toBe('Eric Moss, who chairs the department at the state college');
  });

  it('keeps a quantifier or a number with the party ("some towns", "Twenty-four percent")', () => {
    expect(only(run('Some towns said the new tax was far too costly.').out.quotes).party).toBe('Some towns');
    expect(only(run('Twenty-four percent said the new tax was far too costly.').out.quotes).party).toBe('Twenty-four percent');
  });
});

describe('extract: a party described by a participle', () => {
  it('takes the whole phrase "a county poll conducted last week" as the party', () => {
    const { out } = run('A county poll conducted last week found that the mayor was well ahead.');
    expect(only(out.attributions).party).toBe('A county poll conducted last week');
  });
});

describe('extract: more source boundaries', () => {
  it('reads an inverted party that opens with a quantifier ("said another advocate")', () => {
    const { text, out } = run('“The odds are better than even,” said another leading advocate, Ann Pike of the law firm.');
    expect(at(text, only(out.quotes).spans?.party)).toBe('another leading advocate, Ann Pike of the law firm');
  });

  it('leaves a sentence adverb set off by commas out of the source ("Jane Doe, meanwhile, told")', () => {
    const { text, out } = run('Hunter, meanwhile, told the paper on Wednesday that he favours the new bridge.');
    expect(at(text, only(out.quotes).spans?.party)).toBe('Hunter');
  });
});

describe('extract: further cue verbs', () => {
  it('reads "spoke about", "referred to" and "expressed" as cues, and "the order" as no cue', () => {
    expect(only(run('The mayor spoke about the flood defences at length.').out.attributions).cue).toBe('spoke about');
    expect(only(run('The mayor referred to the new flood defences.').out.attributions).cue).toBe('referred to');
    expect(only(run('The mayor expressed concern about the flood defences.').out.quotes).cue).toBe('expressed');
    expect(run('The order came late in the evening.').out.attributions).toEqual([]);
  });
});

describe('extract: a speech participle after the main clause', () => {
  it('credits "made a pitch to voters saying ..." to the subject of the clause', () => {
    const { out } = run('The senator made a pitch to city voters saying the new tax was hurting the economy.');
    expect(out.quotes.find((q) => q.cue === 'saying')?.party).toBe('The senator');
  });
});

describe('extract: reporter narration is not a quote', () => {
  it('reads "X continued to drag his feet" as what X did, not as words X said', () => {
    const { out } = run('The council warned it would not wait forever if the governor continued to delay the vote.');
    expect(out.quotes.map((q) => q.cue)).toEqual(['warned']);
    expect(out.attributions?.map((a) => a.cue)).toContain('continued');
  });

  it('keeps the quote with the cue that introduced it when a participle follows ("said: “...,” referring to")', () => {
    const { out } = run('On the radio, Tom Hale, head of the council, said: “There is a flood on the east bank,” referring to the river. “The pumps are failing.”');
    const q = only(out.quotes);
    expect(q.cue).toBe('said');
    expect(q.text).toContain('The pumps are failing');
  });
});

describe('extract: title-case headlines', () => {
  it('reads a capitalised cue in a title-case headline, and not in running text', () => {
    const { out } = run('Former City Leader Praises New Bridge Plan for Riverside Town.');
    expect(only(out.attributions).party).toBe('Former City Leader');
    expect(run('The Praises Choir sang at the new bridge on Sunday.').out.attributions).toEqual([]);
  });
});

describe('extract: "Name: words" headlines', () => {
  it('credits a title-case headline after a name and a colon to the name, not to a label', () => {
    const q = only(run('Mayor Jane Roe: New Bridge ‘Will Open in Spring’ for Riverside.').out.quotes);
    expect(q.party).toBe('Mayor Jane Roe');
    expect(q.cue).toBe(':');
    expect(run('Breaking News: New Bridge Will Open in Spring for Riverside.').out.quotes).toEqual([]);
  });
});

describe('extract: a participle cue after a preposition', () => {
  it('credits "X did Y by saying ..." to the subject of the clause', () => {
    const { out } = run('The councillor distanced herself from the group by saying she would vote for the bridge.');
    expect(out.quotes.find((q) => q.cue === 'saying')?.party).toBe('The councillor');
  });
});

describe('extract: an aside of circumstance between party and cue', () => {
  it('reads the party before ", wearing ...," and leaves the circumstance out of the source', () => {
    const { text, out } = run('Delegate Mary Lane, wearing a red cape with blinking lights, said the convention could fail.');
    const q = only(out.quotes);
    // The title belongs to the source, as attribution corpora mark it ("Minnesota state delegate Mary Lane").
    expect(q.party).toBe('Delegate Mary Lane');
    expect(at(text, q.spans?.party)).toBe('Delegate Mary Lane');
  });
});

describe('extract: a verb that takes a "that" clause is a cue by its grammar', () => {
  it('reads "X reasoned that ..." though the verb is on no cue list', () => {
    const { out } = run('The treasurer reasoned that the budget would run short by spring.');
    const all = [...out.quotes, ...(out.attributions ?? [])];
    const a = all.find((q) => q.cue === 'reasoned');
    expect(a?.party).toBe('The treasurer');
    expect(a?.text).toContain('the budget would run short');
  });
  it('does not read a noun before a relative "that" as a cue', () => {
    const { out } = run('He spoke about the interview that aired on Monday night.');
    const all = [...out.quotes, ...(out.attributions ?? [])];
    expect(all.find((q) => q.cue === 'interview')).toBeUndefined();
  });
});

describe('extract: an attribution inside an opening subordinate clause', () => {
  it('ends the content at the comma that closes the clause', () => {
    const { out } = run('While Jane Roe said that the bridge would open in May, the contractor appears less certain.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'said');
    expect(a?.party).toBe('Jane Roe');
    expect(a?.text).toContain('the bridge would open in May');
    expect(a?.text).not.toContain('contractor');
  });
});

describe('extract: a base form after a plural subject is its verb', () => {
  it('reads "the records show ..." and "voters support X" as attributions of the plural', () => {
    const { out } = run('Most voters support the bridge, and the city records show that the cost doubled.');
    const all = [...out.quotes, ...(out.attributions ?? [])];
    expect(all.find((q) => q.cue === 'support')?.party).toBe('Most voters');
    expect(all.find((q) => q.cue === 'show')?.party).toBe('the city records');
  });
  it('does not read "like" after a plural as a verb', () => {
    const { out } = run('Donors who use tactics like this were named.');
    expect([...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'like')).toBeUndefined();
  });
});

describe('extract: a head noun the lexicon also knows as a verb', () => {
  it('reads "the report said" with the report as the party', () => {
    const { out } = run('“The bridge will cost more than planned,” the report said.');
    expect(only(out.quotes).party).toBe('the report');
  });
  it('keeps "said by telephone" a cue: the telephone is the means, not an agent', () => {
    const { out } = run('“It is nonsense,” Mayor Jane Roe said by telephone.');
    expect(only(out.quotes).party).toBe('Mayor Jane Roe');
  });
});

describe('extract: a coordinated cue inside a subordinate clause', () => {
  it('credits "..., and when X did Y and said ..." to X, up to the comma that ends the clause', () => {
    const { out } = run('The crowd cheered, and when Jane Roe thanked the town and said the bridge was done, a man booed.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'said');
    expect(a?.party).toBe('Jane Roe');
    expect(a?.text).not.toContain('booed');
  });

  it('credits a participle after the main clause to its subject once a comma has closed the opening clause', () => {
    const { out } = run('While the talks go on, a trade envoy visited the capital, stressing that although progress was slow, a deal was near.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'stressing');
    expect(a?.party).toBe('a trade envoy');
    expect(a?.text).toContain('a deal was near');
  });
});

describe('extract: modifiers the lexicon knows as verbs inside a party', () => {
  it('reads "a major rights group says" with the whole noun phrase as the party', () => {
    const { out } = run('A major rights group says the new bridge is unsafe.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'says');
    expect(a?.party).toBe('A major rights group');
  });
});

describe('extract: a qualified share as the party', () => {
  it('keeps "more than" and "a mere" with the share', () => {
    const { out } = run('More than 4 in 10 said the bridge was needed, but a mere 9 percent say they would pay for it.');
    const all = [...out.quotes, ...(out.attributions ?? [])];
    expect(all.find((q) => q.cue === 'said')?.party).toBe('More than 4 in 10');
    expect(all.find((q) => q.cue === 'say')?.party).toBe('a mere 9 percent');
  });
});

describe('extract: a cue coordinated by "but"', () => {
  it('credits "X did Y but did not say ..." to the subject of the clause', () => {
    const { out } = run('The mayor praised the plan but did not say the bridge would open in May.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'say');
    expect(a?.party).toBe('The mayor');
  });
});

describe('extract: listed cues that are nouns too', () => {
  it('does not read "smaller states such as ..." or "the radio show" as attributions', () => {
    const { out } = run('The senator won in smaller states such as Vermont and spoke on the radio show twice.');
    const all = [...out.quotes, ...(out.attributions ?? [])];
    expect(all.find((q) => q.cue === 'states' || q.cue === 'show')).toBeUndefined();
  });
  it('still reads them as cues after a name or before "that"', () => {
    const { out } = run('Jane Roe claims victory, and the report states that the bridge is safe.');
    const all = [...out.quotes, ...(out.attributions ?? [])];
    expect(all.find((q) => q.cue === 'claims')?.party).toBe('Jane Roe');
    expect(all.find((q) => q.cue === 'states')?.party).toBe('the report');
  });
});

describe('extract: narration after ", but he" ends indirect speech', () => {
  it('stops the content of "X said ..., but he also ..." at the comma', () => {
    const { out } = run('The mayor said the bridge would open in May, but he also warned that costs were rising.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'said');
    expect(a?.text).toContain('the bridge would open in May');
    expect(a?.text).not.toContain('warned');
  });
});

describe('extract: ", including ..." extends a stance’s object', () => {
  it('keeps the list in the content of "X defended Y, including Z"', () => {
    const { out } = run('The council defended its budget, including the decision to close two libraries.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'defended');
    expect(a?.text).toContain('close two libraries');
  });
});

describe('extract: a sentence adverb between cue and content', () => {
  it('leaves ", however," out of what was said', () => {
    const { out } = run('The mayor said, however, that the bridge would open in May.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'said');
    expect(a?.text.startsWith('the bridge')).toBe(true);
  });
});

describe('extract: a nounish -s cue after a name that opens the sentence', () => {
  it('reads "Roe calls X Y" as an attribution of Roe', () => {
    const { out } = run('Roe calls the bridge a waste of money.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'calls');
    expect(a?.party).toBe('Roe');
  });
});

describe('extract: only someone can be a speaker', () => {
  const all = (text: string) => { const { out } = run(text); return [...out.quotes, ...(out.attributions ?? [])]; };

  it('credits no pledge or statement to a plural thing ("the deals", "the new rules")', () => {
    expect(all('The deals were signed in March, pledging new money for schools.').map((q) => q.party)).toEqual([]);
    expect(all('The talks ended without agreement and promised another round next week.').map((q) => q.party)).toEqual([]);
  });

  it('still credits people, bodies and reports, and things that show or underscore', () => {
    expect(all('The council met late, pledging new money for schools.').map((q) => q.party)).toEqual(['The council']);
    expect(all('The critics said the bridge would cost too much.').map((q) => q.party)).toEqual(['The critics']);
    expect(all('The findings underscore that the bridge is unsafe.').map((q) => q.party)).toEqual(['The findings']);
    expect(all('The report said the bridge would cost too much.').map((q) => q.party)).toEqual(['The report']);
  });
});

describe('extract: a time between the party and its cue', () => {
  it('skips "last month" and "earlier this week" to the party before them', () => {
    const { text, out } = run('Rep. Jane Doe (D-Ore.) last month joked to reporters that the bridge would never open.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue?.startsWith('joked'));
    expect(a?.party).toBe('Rep. Jane Doe');
    expect(at(text, a?.spans?.party)).toBe('Rep. Jane Doe (D-Ore.)');
    expect(all2('The mayor earlier this week said the bridge would open in May.')).toEqual(['The mayor']);
  });
  const all2 = (text: string) => { const { out } = run(text); return [...out.quotes, ...(out.attributions ?? [])].map((q) => q.party); };
});

describe('extract: the whole noun phrase of a party read back from its cue', () => {
  const source = (sentence: string): string | null => {
    const { text, out } = run(sentence);
    const a = [...out.quotes, ...(out.attributions ?? [])][0];
    return at(text, a?.spans?.party);
  };

  it('reads over a possessive mark after -s, a slash between names and a hyphenated number', () => {
    expect(source('Jones’ aides said the plan would fail.')).toBe('Jones’ aides');
    expect(source('The latest Acme/Ipsum poll found that the plan would fail.')).toBe('The latest Acme/Ipsum poll');
    expect(source('The 76-year-old salesman said the plan would fail.')).toBe('The 76-year-old salesman');
  });

  it('keeps both conjuncts of a coordinated party', () => {
    expect(source('Doe and his rivals said the plan would fail.')).toBe('Doe and his rivals');
    expect(source('He and Roe said the plan would fail.')).toBe('He and Roe');
    expect(source('The vote failed and the mayor said the plan would fail.')).toBe('the mayor');
  });

  it('keeps a number word, a share qualifier, "all the" and a first name the lexicon knows as a verb', () => {
    expect(source('One official said the plan would fail.')).toBe('One official');
    expect(source('The three candidates said the plan would fail.')).toBe('The three candidates');
    expect(source('Some 56 percent of voters said the plan would fail.')).toBe('Some 56 percent of voters');
    expect(source('All the members said the plan would fail.')).toBe('All the members');
    expect(source('Mark Roe said the plan would fail.')).toBe('Mark Roe');
  });
});

describe('extract: attributions without a reporting verb', () => {
  const all = (text: string) => { const { out } = run(text); return [...out.quotes, ...(out.attributions ?? [])]; };

  it('reads "In a ... poll, X" as what the poll found, with the phrase as the source', () => {
    const { text, out } = run('In a Springfield Gazette poll released Monday, 52 percent of voters backed the new bridge.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'in');
    expect(at(text, a?.spans?.party)).toBe('a Springfield Gazette poll released Monday');
    expect(a?.text).toBe('52 percent of voters backed the new bridge');
  });

  it('leaves an "In" phrase that is no finding, or whose clause has a cue of its own', () => {
    expect(all('In eight of nine states where polls were held, turnout rose by a third.').map((q) => q.cue)).toEqual([]);
    expect(all('In a memo released Tuesday, the manager acknowledged that the race was close.').map((q) => q.cue)).not.toContain('in');
  });

  it('does not read "show up" as a cue', () => {
    expect(all('Hundreds of supporters showed up at the rally in the park.')).toEqual([]);
  });
});

describe('extract: the subject of an absolute participle after "with"', () => {
  it('credits "with 30 percent of voters saying ..." to the voters, not to the main clause', () => {
    const { out } = run('The mayor gained ground, with 30 percent of voters saying they back the bridge.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'saying');
    expect(a?.party).toBe('30 percent of voters');
  });
});

describe('extract: what may stand between a party and its cue', () => {
  const party = (sentence: string): string | null => {
    const { text, out } = run(sentence);
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'said');
    return a === undefined ? null : `${a.party} | ${at(text, a.spans?.party)}`;
  };

  it('reads the name before an age, a bracket and an apposition', () => {
    expect(party('Jane Doe, 60, a doctor, said the bridge was safe.')).toBe('Jane Doe | Jane Doe, 60, a doctor');
    expect(party('Rep. Jane Doe (D-Ore.), a member of the panel, said the bridge was safe.')).toBe('Rep. Jane Doe | Rep. Jane Doe (D-Ore.), a member of the panel');
    expect(party('Mayor Jane Doe, 60, said the bridge was safe.')).toBe('Mayor Jane Doe | Mayor Jane Doe, 60');
  });

  it('skips "here" and "in <month>", and reads a month name after a first name as a surname', () => {
    expect(party('Her campaign workers here said the bridge was safe.')).toBe('Her campaign workers | Her campaign workers');
    expect(party('Officials in March said the bridge was safe.')).toBe('Officials | Officials');
    expect(party('Jane May said the bridge was safe.')).toBe('Jane May | Jane May');
  });

  it('reads a bare quantifier, "one in five", "those surveyed" and a reflexive as the party', () => {
    expect(party('Acme itself said the bridge was safe.')).toBe('Acme itself | Acme itself');
    expect(party('One in five said the bridge was safe.')).toBe('One in five | One in five');
    expect(party('But some said the bridge was safe.')).toBe('some | some');
    expect(party('Again, those surveyed said the bridge was safe.')).toBe('those surveyed | those surveyed');
  });

  it('reads "a source close to him" and "two people familiar with the talks" whole', () => {
    expect(party('A source close to him said the bridge was safe.')).toBe('A source close to him | A source close to him');
    expect(party('Two people familiar with the talks said the bridge was safe.')).toBe('Two people familiar with the talks | Two people familiar with the talks');
  });
});

describe('extract: a participle in a phrase that opens the sentence', () => {
  it('credits it to the subject of the main clause, its content ending at the comma', () => {
    const { out } = run('While praising the new bridge on Monday, Mayor Jane Doe said the old one would close.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'praising');
    expect(a?.party).toBe('Mayor Jane Doe');
    expect(a?.text).toBe('the new bridge on Monday');
  });

  it('leaves prepositions in -ing alone ("Regarding the bridge, ...")', () => {
    const { out } = run('Regarding the new bridge, Mayor Jane Doe said the old one would close.');
    expect([...out.quotes, ...(out.attributions ?? [])].map((q) => q.cue)).toEqual(['said']);
  });
});

describe('extract: a coordinated cue after a dash', () => {
  it('goes with the subject of the clause the dash opens', () => {
    const { out } = run('The vote went badly - the mayor called it unfair and said the council would meet again.');
    const a = [...out.quotes, ...(out.attributions ?? [])].find((q) => q.cue === 'said');
    expect(a?.party).toBe('the mayor');
  });
});

describe('extract: more parties of speech', () => {
  const all = (text: string) => { const { out } = run(text); return [...out.quotes, ...(out.attributions ?? [])]; };

  it('reads a number word after an inverted cue and "another" alone as the party', () => {
    expect(all('“Probably,” said one senior official.').map((q) => q.party)).toEqual(['one senior official']);
    expect(all('Yet another said the bridge was too costly.').map((q) => q.party)).toEqual(['another']);
    expect(all('“It is too costly,” wrote another.').map((q) => q.party)).toEqual(['another']);
    expect(all('And both vowed to fight the plan in court.').map((q) => q.party)).toEqual(['both']);
    expect(all('While most backed the plan, 43 said the bridge was too costly.').map((q) => q.party)).toContain('43');
  });

  it('credits a cue coordinated in a relative clause to the relative pronoun and its antecedent', () => {
    const a = all('Jane Doe, who backed the plan in May and said it would pass, lost her seat.').find((q) => q.cue === 'said');
    expect(a?.party).toBe('who');
    expect(a?.speaker).toBe('Jane Doe');
    expect(a?.text).toBe('it would pass');
  });
});
