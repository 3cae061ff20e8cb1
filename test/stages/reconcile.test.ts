import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/stages/reconcile/index.js';
import { interval, compatible } from '../../src/stages/reconcile/values.js';
import { bundle, count } from '../helpers.js';

const LEAD = 'A gas explosion tore through an apartment block in Dunmore on Saturday, officials said.';

function factsOf(...articles: ReturnType<typeof bundle>[]) {
  return reconcile({ storyId: 's', articles });
}

describe('reconcile: reading hedged values', () => {
  it('treats "at least 50", "more than 50" and "about 50" as compatible, and 14 against 16 as a conflict', () => {
    expect(compatible(interval(50, 'at least'), interval(50, 'more than'))).toBe(true);
    expect(compatible(interval(50, 'about'), interval(52, 'exact'))).toBe(true);
    expect(compatible(interval(14, 'exact'), interval(16, 'exact'))).toBe(false);
    expect(compatible(interval(14, 'at least'), interval(16, 'exact'))).toBe(true);
    expect(compatible(interval(20, 'up to'), interval(25, 'exact'))).toBe(false);
  });
});

describe('reconcile: fact status', () => {
  it('marks compatible figures from several sources as agreed, with every source kept', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'At least 50 people were injured.'], [count(50, 'injured', 1, { qualifier: 'at least' })]),
      bundle('a2', 'Herald', '2024-06-02', [LEAD, 'More than 50 were hurt.'], [count(50, 'injured', 1, { qualifier: 'more than' })]),
    );
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]).toMatchObject({ measure: 'injured', subject: 'people', status: 'agreed' });
    expect(r.facts[0].values.flatMap((v) => v.sources).sort()).toEqual(['Courier', 'Herald']);
  });

  it('marks 14 against 16 killed as conflicting and says who reports each, with the most-reported as best', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Fourteen people were killed.'], [count(14, 'killed', 1)]),
      bundle('a2', 'Herald', '2024-06-02', ['Rescuers in Dunmore pulled bodies from the rubble of a block hit by a blast.', '14 dead.'], [count(14, 'killed', 1)]),
      bundle('a3', 'Gazette', '2024-06-02', ['The Dunmore explosion is the deadliest in the county for decades.', '16 people died.'], [count(16, 'killed', 1)]),
    );
    const f = r.facts[0];
    expect(f.status).toBe('conflicting');
    expect(f.values.map((v) => [v.value, v.sources])).toEqual([[14, ['Courier', 'Herald']], [16, ['Gazette']]]);
    expect(f.estimate).toMatchObject({ best: 14, low: 14, high: 16 });
    expect(f.estimate.reason).toMatch(/2 of 3 independent sources say 14; others say 16/);
  });

  it('marks a figure that rose in later reports as superseded, best estimate the latest', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Nine were killed.'], [count(9, 'killed', 1)]),
      bundle('a2', 'Herald', '2024-06-03', ['Searchers found more victims overnight in the ruins of the Dunmore block.', 'The toll rose to 12.'], [count(12, 'killed', 1)]),
    );
    expect(r.facts[0].status).toBe('superseded');
    expect(r.facts[0].estimate.best).toBe(12);
    expect(r.facts[0].estimate.reason).toMatch(/earlier (?:reports said|figures:) 9/);
  });

  it('marks a figure as superseded when a report says the toll rose to it, whatever the dates', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Nine were killed.'], [count(9, 'killed', 1)]),
      bundle('a2', 'Herald', '2024-06-02', ['Searchers worked through the night in the ruins of the Dunmore block.', 'The death toll rose to 12.'],
        [count(12, 'killed', 1)]),
    );
    expect(r.facts[0].status).toBe('superseded');
    expect(r.facts[0].estimate).toMatchObject({ best: 12, low: 9, high: 12 });
    expect(r.facts[0].estimate.reason).toMatch(/rose to 12; earlier figures: 9/);
  });

  it('counts near-duplicate wire copies as one source, so two copies are single-source', () => {
    const wire = 'A gas explosion tore through an apartment block in Dunmore on Saturday killing three residents and injuring eleven others, fire officials said in a statement released late in the evening.';
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [wire], [count(3, 'killed', 0)]),
      bundle('a2', 'Herald', '2024-06-02', [wire], [count(3, 'killed', 0)]),
    );
    expect(r.evidence.get('a2')).toBe('a1');
    expect(r.facts[0].status).toBe('single-source');
  });

  it("keeps a party's own quoted figure a claim with its claimant, never a fact", () => {
    const attribution = { party: 'the militia', cue: 'said', quoted: true };
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, '"We destroyed 40 vehicles," the militia said.'], [count(40, 'damaged', 1, { subject: 'vehicles', attribution, isClaim: true })]),
      bundle('a2', 'Herald', '2024-06-02', [LEAD, 'The militia said it destroyed 40 vehicles.'], [count(40, 'damaged', 1, { subject: 'vehicles', attribution, isClaim: true })]),
    );
    expect(r.facts[0]).toMatchObject({ status: 'claim', claimant: 'the militia' });
    expect(r.claims.map((c) => c.claimant)).toEqual(['the militia', 'the militia']);
  });
});

describe('reconcile: parts of a toll', () => {
  it('keeps "twelve injured, four of them seriously" one figure of twelve, not a conflict with four', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['Twelve people were injured, four of them seriously, officials said.'],
      [count(12, 'injured', 0), count(4, 'injured', 0, { partOf: 0 })]));
    expect(r.facts.map((f) => [f.measure, f.subject, f.values.map((v) => v.value)])).toEqual([['injured', 'people', [12]]]);
  });

  it('keeps a part with its own subject ("including six children") as its own fact', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['Fourteen people, including six children, were killed.'],
      [count(14, 'killed', 0), count(6, 'killed', 0, { subject: 'children', partOf: 0 })]));
    expect(r.facts.map((f) => [f.subject, f.values[0].value])).toEqual([['people', 14], ['children', 6]]);
  });
});

describe('reconcile: derived figures', () => {
  it('derives the wounded as those shot minus those killed when no source states them, marked as derived', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['Gunfire outside a Dunmore bar on Saturday left three people shot.', 'One of them died at the scene.'], [count(3, 'shot', 0), count(1, 'killed', 1)]),
      bundle('a2', 'Herald', '2024-06-02', ['Three men were shot in Dunmore late on Saturday, police said.'], [count(3, 'shot', 0)]),
    );
    const wounded = r.facts.find((f) => f.measure === 'injured')!;
    expect(wounded).toMatchObject({ subject: 'people', estimate: { best: 2 }, values: [{ value: 2 }] });
    expect(wounded.derivedFrom).toEqual([r.facts.find((f) => f.measure === 'shot')!.id, r.facts.find((f) => f.measure === 'killed')!.id]);
    expect(wounded.estimate.reason).toMatch(/derived: 3 shot, 1 of them killed/);
  });

  it('derives nothing when a source states how many were injured', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['Three people were shot; one was injured and two died.'], [count(3, 'shot', 0), count(1, 'injured', 0), count(2, 'killed', 0)]));
    expect(r.facts.filter((f) => f.measure === 'injured').map((f) => f.derivedFrom)).toEqual([undefined]);
  });

  it('derives no wounded at a side event that says nothing of deaths: it is most often the main victim again', () => {
    const dated = (sentence: number, date: string) => ({ text: 'Monday', date, inferred: false, citation: { articleId: 'a1', sentenceId: `a1.s${sentence}` } });
    const r = factsOf(bundle('a1', 'Courier', '2024-06-03',
      ['A girl was shot and killed in Dunmore on Saturday.', 'It remained unclear Monday how the girl was shot.'],
      [count(1, 'killed', 0, { date: '2024-06-01' }), count(1, 'shot', 1)], { dates: [dated(0, '2024-06-01'), dated(1, '2024-06-03')] }));
    expect(r.events).toHaveLength(2);
    expect(r.facts.filter((f) => f.measure === 'injured')).toEqual([]);
  });
});

describe('reconcile: a wounded victim who died later', () => {
  it('drops an early report\'s one unnumbered wounded victim when a later report says a victim died', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-01', ['A teen was critically injured in a shooting in Dunmore on Saturday.'], [count(1, 'injured', 0, { qualifier: 'at least' })]),
      bundle('a2', 'Herald', '2024-06-03', ['The teen shot in Dunmore on Saturday has died.'], [count(1, 'killed', 0, { qualifier: 'at least' })]),
    );
    expect(r.facts.filter((f) => f.measure === 'injured')).toEqual([]);
    expect(r.facts.find((f) => f.measure === 'killed')?.estimate.best).toBe(1);
  });

  it('keeps the wounded when the report of the death also tells of them, or the wounded are numbered', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-01', ['Two people were injured in a shooting in Dunmore on Saturday.'], [count(2, 'injured', 0)]),
      bundle('a2', 'Herald', '2024-06-03', ['A man died and a woman was hurt in Dunmore on Saturday.'], [count(1, 'killed', 0, { qualifier: 'at least' }), count(1, 'injured', 0, { qualifier: 'at least' })]),
    );
    expect(r.facts.filter((f) => f.measure === 'injured').flatMap((f) => f.values.map((v) => v.value)).sort()).toEqual([1, 2]);
  });

  it('derives no wounded from a person shot at one event when the story reports a death at another', () => {
    const dated = (sentence: number, date: string) => ({ text: 'Monday', date, inferred: false, citation: { articleId: 'a1', sentenceId: `a1.s${sentence}` } });
    const r = factsOf(bundle('a1', 'Courier', '2024-06-03',
      ['A boy was shot in Dunmore on Saturday.', 'The boy died in hospital on Monday.'],
      [count(1, 'shot', 0, { date: '2024-06-01' }), count(1, 'killed', 1, { qualifier: 'at least' })], { dates: [dated(0, '2024-06-01'), dated(1, '2024-06-03')] }));
    expect(r.facts.filter((f) => f.measure === 'injured')).toEqual([]);
  });
});

describe('reconcile: one person, one event', () => {
  const person = (name: string, id: string, s: number) => ({ name, type: 'person' as const, citation: { articleId: id, sentenceId: `${id}.s${s}` } });
  const place = (name: string, id: string, s: number) => ({ name, type: 'place' as const, citation: { articleId: id, sentenceId: `${id}.s${s}` } });

  it('reads a count at a finer place as the main event when its sentence names the main event\'s victim', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['John Mercer was shot dead in Dunmore on Saturday.'], [count(1, 'killed', 0, { place: 'Dunmore' })],
        { entities: [person('John Mercer', 'a1', 0), place('Dunmore', 'a1', 0)] }),
      bundle('a2', 'Herald', '2024-06-02', ['Police in Dunmore are investigating a shooting.', 'Mercer was shot at the Elm Court apartments.'],
        [count(1, 'shot', 1, { place: 'Elm Court' })], { entities: [place('Dunmore', 'a2', 0), person('Mercer', 'a2', 1), place('Elm Court', 'a2', 1)] }),
    );
    expect(r.events).toHaveLength(1);
    expect(new Set(r.facts.map((f) => f.eventId))).toEqual(new Set(['e1']));
  });

  it('keeps the other event apart when the shared name is a speaker, not a victim', () => {
    const quote = { text: 'one person died in Norwood', speaker: 'Ann Ruiz', cue: 'said', channel: null, direct: false, citations: [{ articleId: 'a1', sentenceId: 'a1.s1' }] };
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02',
      ['Mayor Ann Ruiz said two people were killed in Dunmore on Saturday.', 'Ann Ruiz said one person died in Norwood.'],
      [count(2, 'killed', 0, { place: 'Dunmore' }), count(1, 'killed', 1, { place: 'Norwood' })],
      { entities: [person('Ann Ruiz', 'a1', 0), person('Ann Ruiz', 'a1', 1), place('Dunmore', 'a1', 0), place('Norwood', 'a1', 1)], quotes: [quote] }));
    expect(r.events).toHaveLength(2);
  });
});

describe('reconcile: events', () => {
  it('never mixes deaths in another place, or on another day, with the main event', () => {
    const dated = (date: string) => ({ text: 'on Saturday', date, inferred: false, citation: { articleId: 'a1', sentenceId: 'a1.s0' } });
    const place = (name: string, s: number) => ({ name, type: 'place' as const, citation: { articleId: 'a1', sentenceId: `a1.s${s}` } });
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Seven people were killed.', 'Two people died in a separate blast in Norwood.', 'On Thursday, a fire in Dunmore killed one person.'], [
        count(7, 'killed', 1, { place: 'Dunmore', date: '2024-06-01' }),
        count(2, 'killed', 2, { place: 'Norwood' }),
        count(1, 'killed', 3, { place: 'Dunmore', date: '2024-05-30' }),
      ], { dates: [dated('2024-06-01')], entities: [place('Dunmore', 0)] }),
      bundle('a2', 'Herald', '2024-06-02', [LEAD, 'Seven died.'], [count(7, 'killed', 1)]),
    );
    expect(r.events.map((e) => [e.id, e.place, e.date])).toEqual([
      ['e1', 'Dunmore', '2024-06-01'], ['e2', 'Dunmore', '2024-05-30'], ['e3', 'Norwood', '2024-06-01'],
    ]);
    const killed = r.facts.map((f) => [f.eventId, f.values.map((v) => v.value), f.status]);
    expect(killed).toEqual([['e1', [7], 'agreed'], ['e2', [1], 'single-source'], ['e3', [2], 'single-source']]);
  });
});

describe('reconcile: discourse', () => {
  const blast = 'A gas explosion tore through an apartment block in Dunmore on Saturday, killing seven people, officials said.';
  const place = (name: string, a: string, s: number) => ({ name, type: 'place' as const, citation: { articleId: a, sentenceId: `${a}.s${s}` } });
  const other = 'It came a day after a fire in Norwood killed two people.';

  it('moves an unplaced figure that continues another event\'s account and that no source confirms for the main event', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [blast, 'At least 40 people were injured.', other, 'Some of the 12 injured were carried out on stretchers.'],
        [count(7, 'killed', 0), count(40, 'injured', 1, { qualifier: 'at least' }), count(2, 'killed', 2, { place: 'Norwood' }), count(12, 'injured', 3)],
        { entities: [place('Dunmore', 'a1', 0), place('Norwood', 'a1', 2)] }),
      bundle('a2', 'Herald', '2024-06-02', ['Seven people died when a blast hit a Dunmore apartment block.', 'More than 40 were injured.'],
        [count(7, 'killed', 0), count(40, 'injured', 1, { qualifier: 'more than' })], { entities: [place('Dunmore', 'a2', 0)] }),
    );
    const injured = r.facts.filter((f) => f.measure === 'injured').map((f) => [f.eventId, f.values.map((v) => v.value), f.status]);
    expect(injured).toEqual([['e1', [40, 40], 'agreed'], ['e2', [12], 'single-source']]);
  });

  it('keeps a main-event figure that merely follows a digression when another source confirms it', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [blast, other, 'At least 40 people were injured.'],
        [count(7, 'killed', 0), count(2, 'killed', 1, { place: 'Norwood' }), count(40, 'injured', 2, { qualifier: 'at least' })],
        { entities: [place('Dunmore', 'a1', 0), place('Norwood', 'a1', 1)] }),
      bundle('a2', 'Herald', '2024-06-02', ['Seven people died when a blast hit a Dunmore apartment block.', 'More than 40 were injured.'],
        [count(7, 'killed', 0), count(40, 'injured', 1, { qualifier: 'more than' })], { entities: [place('Dunmore', 'a2', 0)] }),
    );
    expect(r.facts.find((f) => f.measure === 'injured')).toMatchObject({ eventId: 'e1', status: 'agreed' });
  });
});

describe('reconcile: entities and quotes', () => {
  it('merges spelling variants and a surname alone into one person, keeping each variant', () => {
    const person = (name: string, a: string) => ({ name, type: 'person' as const, citation: { articleId: a, sentenceId: `${a}.s0` } });
    const r = factsOf(
      bundle('a1', 'Courier', null, [LEAD], [], { entities: [person('Serhii Marchenko', 'a1')] }),
      bundle('a2', 'Herald', null, [LEAD], [], { entities: [person('Sergiy Marchenko', 'a2')] }),
      bundle('a3', 'Gazette', null, [LEAD], [], { entities: [person('Marchenko', 'a3'), person('Olena Bondar', 'a3')] }),
    );
    const marchenko = r.entities.find((e) => e.variants.includes('Marchenko'))!;
    expect(marchenko.variants).toEqual(['Marchenko', 'Sergiy Marchenko', 'Serhii Marchenko']);
    expect(marchenko.citations).toHaveLength(3);
    expect(r.entities).toHaveLength(2);
  });

  it('merges one quote reported by several outlets, with every citation', () => {
    const quote = (a: string) => ({ speaker: 'the mayor', cue: 'said', channel: null, text: 'We will rebuild every home.', direct: true, citations: [{ articleId: a, sentenceId: `${a}.s0` }] });
    const r = factsOf(
      bundle('a1', 'Courier', null, [LEAD], [], { quotes: [quote('a1')] }),
      bundle('a2', 'Herald', null, [LEAD], [], { quotes: [quote('a2')] }),
    );
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0].citations).toHaveLength(2);
  });
});

describe('reconcile: claims', () => {
  it('keeps each party\'s claim a fact of its own, apart from the other side\'s and from reported figures', () => {
    const claim = (party: string) => ({ isClaim: true, subject: 'soldiers', attribution: { party, cue: 'said', quoted: false } });
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['Fighting went on near Dunmore on Saturday.', 'The northern army said it killed 200 soldiers.'], [count(200, 'killed', 1, claim('The northern army'))]),
      bundle('a2', 'Herald', '2024-06-02', ['Fighting went on near Dunmore on Saturday.', 'The southern command said it killed 150 soldiers.', 'Three civilians were killed.'],
        [count(150, 'killed', 1, claim('The southern command')), count(3, 'killed', 2, { subject: 'civilians' })]),
    );
    const claims = r.facts.filter((f) => f.status === 'claim').map((f) => [f.claimant, f.values.map((v) => v.value)]);
    expect(claims.sort()).toEqual([['The northern army', [200]], ['The southern command', [150]]]);
    expect(r.facts.find((f) => f.subject === 'civilians')).toMatchObject({ status: 'single-source', estimate: { best: 3 } });
  });
});

describe('reconcile: entities', () => {
  it('gives a name the type most of its mentions have, so a city tagged once as a person is one place', () => {
    const mention = (name: string, type: 'person' | 'place', s: number) => ({ name, type, citation: { articleId: 'a1', sentenceId: `a1.s${s}` } });
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['One.', 'Two.', 'Three.', 'Four.'], [], {
      entities: [mention('Dunmore', 'person', 0), mention('Dunmore', 'place', 1), mention('Dunmore', 'place', 2), mention('Jo Park', 'person', 3)],
    }));
    expect(r.entities.map((e) => [e.name, e.type, e.citations.length])).toEqual([['Dunmore', 'place', 3], ['Jo Park', 'person', 1]]);
  });
});

describe('reconcile: claim text', () => {
  it('closes a quotation cut at its sentence end, and leaves balanced text alone', async () => {
    const { closeQuote } = await import('../../src/stages/reconcile/index.js');
    expect(closeQuote('“As of now, 14 deaths are confirmed.')).toBe('“As of now, 14 deaths are confirmed.”');
    expect(closeQuote('"As of now, 14 deaths are confirmed.')).toBe('"As of now, 14 deaths are confirmed."');
    expect(closeQuote('“We killed 200,” he said.')).toBe('“We killed 200,” he said.');
    expect(closeQuote('The army said it killed 200.')).toBe('The army said it killed 200.');
  });
});

describe('reconcile: place abbreviations', () => {
  it('merges "US", "U.S." and "United States" into one place, keeping every form and citation', () => {
    const place = (name: string, s: number) => ({ name, type: 'place' as const, citation: { articleId: 'a1', sentenceId: `a1.s${s}` } });
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['One.', 'Two.', 'Three.', 'Four.'], [], {
      entities: [place('US', 0), place('U.S.', 1), place('United States', 2), place('Uganda', 3)],
    }));
    expect(r.entities.map((e) => [e.name, e.variants, e.citations.length])).toEqual([
      ['United States', ['U.S.', 'US', 'United States'], 3], ['Uganda', ['Uganda'], 1],
    ]);
  });
});

describe('reconcile: a named victim beside a toll', () => {
  it('reads one victim ("at least 1") as agreeing with a toll of six, and gives six as the figure', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Six people were injured.'], [count(6, 'injured', 1)]),
      bundle('a2', 'Herald', '2024-06-02', [LEAD, 'The child was injured as she ran.'], [count(1, 'injured', 1, { qualifier: 'at least' })]),
      bundle('a3', 'Gazette', '2024-06-02', [LEAD, 'A man was injured too.'], [count(1, 'injured', 1, { qualifier: 'at least' })]),
    );
    expect(r.facts[0]).toMatchObject({ status: 'agreed', estimate: { best: 6, low: 1, high: 6 } });
  });
});

describe('reconcile: background counts', () => {
  const sentences = [LEAD, 'Two people were injured.', 'Police are investigating.'];
  it('drops a death told of the past or of a tally after the lead, and keeps the event\'s own figures', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [...sentences, 'A man was killed on the same street last year.', 'It was the town\'s 12th homicide so far this year.'],
      [count(2, 'injured', 1), count(1, 'killed', 3, { qualifier: 'at least' }), count(12, 'killed', 4)]));
    expect(r.facts.filter((f) => f.measure === 'killed')).toEqual([]);
    expect(r.facts.find((f) => f.measure === 'injured')?.estimate.best).toBe(2);
  });

  it('drops a roundup\'s tally of several incidents, even in the lead', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['A man was killed and six other people were wounded in separate shootings across Dunmore on Saturday.', 'The man was shot outside a bar.'],
      [count(1, 'killed', 0, { qualifier: 'at least' }), count(6, 'injured', 0), count(1, 'killed', 1, { qualifier: 'at least' })]));
    expect(r.facts.filter((f) => f.measure === 'injured')).toEqual([]);
    expect(r.facts.find((f) => f.measure === 'killed')?.estimate.best).toBe(1);
  });

  it('drops a tally of people hurt in several shootings', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Nine people were wounded in weekend shootings.'], [count(9, 'injured', 1)]));
    expect(r.facts.filter((f) => f.measure === 'injured')).toEqual([]);
  });

  it('keeps a lead that tells of the past: a follow-up reports its own event again', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['A suspect was arrested in a shooting that killed two people in Dunmore last year.', 'Police are investigating.'],
      [count(2, 'killed', 0)]));
    expect(r.facts.find((f) => f.measure === 'killed')?.estimate.best).toBe(2);
  });
});

describe('reconcile: wounded derived past a lower bound', () => {
  it('derives the wounded from those shot when the only wounded figure is a lower bound, keeping its citation', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['Five people were shot in Dunmore on Saturday.', 'Two of them died.', 'A woman was wounded in the leg.'],
      [count(5, 'shot', 0), count(2, 'killed', 1), count(1, 'injured', 2, { qualifier: 'at least' })]));
    const injured = r.facts.filter((f) => f.measure === 'injured');
    expect(injured).toHaveLength(1);
    expect(injured[0].estimate.best).toBe(3);
    expect(injured[0].values.map((v) => v.value)).toEqual([3, 1]);
  });

  it('keeps the bound where the number shot is itself only a bound', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['More than five people were shot in Dunmore on Saturday.', 'A woman was wounded in the leg.'],
      [count(5, 'shot', 0, { qualifier: 'more than' }), count(1, 'injured', 1, { qualifier: 'at least' })]));
    expect(r.facts.find((f) => f.measure === 'injured')?.estimate.best).toBe(1);
  });
});

describe('reconcile: separate incidents, regions and the day after', () => {
  const place = (name: string, a: string, s: number) => ({ name, type: 'place' as const, citation: { articleId: a, sentenceId: `${a}.s${s}` } });
  const dated = (date: string, a: string, s: number) => ({ text: 'on Friday', date, inferred: false, citation: { articleId: a, sentenceId: `${a}.s${s}` } });

  it('sets a toll "in a separate incident" at the other city it names, even beside the story\'s country', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [
        'A missile strike on Dunmore, Valdonia, killed seven people on Saturday.',
        'In a separate incident, Norwood, Valdonia\u2019s second-largest city, was attacked by drones late on Thursday, resulting in five civilian deaths.',
      ], [count(7, 'killed', 0, { place: 'Dunmore' }), count(5, 'killed', 1, { subject: 'civilians', date: '2024-05-30' })],
      { entities: [place('Dunmore', 'a1', 0), place('Valdonia', 'a1', 0), place('Norwood', 'a1', 1), place('Valdonia', 'a1', 1)] }),
      bundle('a2', 'Herald', '2024-06-02', ['Seven died in Dunmore, Valdonia, when a missile hit.'], [count(7, 'killed', 0, { place: 'Dunmore' })],
        { entities: [place('Dunmore', 'a2', 0), place('Valdonia', 'a2', 0)] }),
    );
    const five = r.facts.find((f) => f.estimate.best === 5)!;
    expect(r.events.find((e) => e.id === five.eventId)).toMatchObject({ place: 'Norwood' });
    expect(r.facts.find((f) => f.estimate.best === 7)!.eventId).toBe('e1');
  });

  it('makes a "separate incident" another event even when it names no other place', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Seven people were killed.', 'In a separate incident, two people were injured.'],
      [count(7, 'killed', 1), count(2, 'injured', 2)], { entities: [place('Dunmore', 'a1', 0)] }));
    const injured = r.facts.find((f) => f.measure === 'injured')!;
    expect(injured.eventId).not.toBe(r.facts.find((f) => f.measure === 'killed')!.eventId);
  });

  it('reads a place after a setting place and a comma ("Dunmore, Vald.") as the setting\'s region, not another event', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['DUNMORE, Vald. \u2014 A blast in Dunmore killed seven people on Saturday.'], [count(7, 'killed', 0)],
        { entities: [place('Dunmore', 'a1', 0), place('Vald', 'a1', 0)] }),
      bundle('a2', 'Herald', '2024-06-02', ['A blast in Dunmore killed seven.', 'Seven dead, 11 hurt in Vald. blast'], [count(7, 'killed', 0), count(11, 'injured', 1)],
        { entities: [place('Dunmore', 'a2', 0), place('Vald', 'a2', 1)] }),
    );
    expect(r.events).toHaveLength(1);
    expect(r.facts.find((f) => f.measure === 'injured')).toMatchObject({ eventId: 'e1' });
  });

  it('reads a figure dated the day after the main event as the main event, and the day before as another', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['A man was shot in Dunmore on Thursday.', 'Police were called to a deadly shooting at a home.', 'Neighbours heard shots.', 'He died Friday.', 'On Wednesday, a woman was killed nearby.'],
        [count(1, 'shot', 0, { qualifier: 'at least' }), count(1, 'killed', 3, { qualifier: 'at least' }), count(1, 'killed', 4, { subject: 'women' })],
        { entities: [place('Dunmore', 'a1', 0)], dates: [dated('2024-05-30', 'a1', 0), dated('2024-05-31', 'a1', 3), dated('2024-05-29', 'a1', 4)] }),
    );
    expect(r.facts.find((f) => f.measure === 'killed' && f.subject === 'people')).toMatchObject({ eventId: 'e1' });
    expect(r.facts.find((f) => f.subject === 'women')!.eventId).not.toBe('e1');
  });

  it('gives the highest of several lower bounds as the best estimate', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', [LEAD, 'A man was killed.'], [count(1, 'killed', 1, { qualifier: 'at least' })]),
      bundle('a2', 'Herald', '2024-06-02', [LEAD, 'A man was killed.'], [count(1, 'killed', 1, { qualifier: 'at least' })]),
      bundle('a3', 'Gazette', '2024-06-02', [LEAD, 'A man killed his wife and then himself.'], [count(2, 'killed', 1, { qualifier: 'at least' })]),
    );
    expect(r.facts[0].estimate.best).toBe(2);
  });
});

describe('reconcile: a wounded victim told of before the report says they died', () => {
  it('drops a wounded "he" told of before the death in the same report, and keeps one told of after it', () => {
    const before = factsOf(bundle('a1', 'Courier', '2024-06-02', [LEAD, 'He was taken to a hospital.', 'He died there on Sunday.'],
      [count(1, 'injured', 1, { qualifier: 'at least', text: 'He' }), count(1, 'killed', 2, { qualifier: 'at least', text: 'He' })]));
    expect(before.facts.filter((f) => f.measure === 'injured')).toEqual([]);
    const after = factsOf(bundle('a1', 'Courier', '2024-06-02', [LEAD, 'A girl died there.', 'He was taken to a hospital.'],
      [count(1, 'killed', 1, { qualifier: 'at least', text: 'A girl' }), count(1, 'injured', 2, { qualifier: 'at least', text: 'He' })]));
    expect(after.facts.filter((f) => f.measure === 'injured')).toHaveLength(1);
  });

  it('keeps the wounded "he" when the report introduces a wounded person of its own', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [LEAD, 'A woman was wounded.', 'He was taken to a hospital.', 'A man died.'],
      [count(1, 'injured', 1, { qualifier: 'at least', text: 'A woman' }), count(1, 'injured', 2, { qualifier: 'at least', text: 'He' }),
        count(1, 'killed', 3, { qualifier: 'at least', text: 'A man' })]));
    expect(r.facts.filter((f) => f.measure === 'injured')).toHaveLength(1);
  });
});

describe('reconcile: background deaths of last week and of a dated past killing', () => {
  const sentences = ['Two people were wounded in a shooting in Dunmore on Saturday.', 'Police said the gunman fled.', 'Neighbours heard shots.'];
  it('drops a death "last week", "the 2011 murder of" and "this year" after the lead', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [...sentences, 'A vigil was held for a man killed nearby last week.', 'The block is named for the 2011 murder of a teenager.',
      'The violence this year has included a stray bullet killing a boy.'],
      [count(2, 'injured', 0), count(1, 'killed', 3, { qualifier: 'at least' }), count(1, 'killed', 4, { qualifier: 'at least' }), count(1, 'killed', 5, { qualifier: 'at least' })]));
    expect(r.facts.filter((f) => f.measure === 'killed')).toEqual([]);
  });
});

describe('reconcile: a count in a sentence dated to an earlier year', () => {
  const lead = 'A woman was killed in a shooting in Dunmore on Saturday.';
  const dated = (sentence: number, date: string) => ({ text: 'on Saturday', date, inferred: false, citation: { articleId: 'a1', sentenceId: `a1.s${sentence}` } });
  it('drops a count told of a year before the event\'s, unless the count is itself dated to that year', () => {
    const r = factsOf(bundle('a1', 'Courier', '2016-06-02', [lead, 'Police said the gunman fled.', 'Neighbours heard shots.',
      'The suspect was arrested in August 2014 after he shot and injured six people.'],
    [count(1, 'killed', 0, { qualifier: 'at least', date: '2016-05-28' }), count(6, 'injured', 3)], { dates: [dated(0, '2016-05-28')] }));
    expect(r.facts.filter((f) => f.measure === 'injured')).toEqual([]);
    const own = factsOf(bundle('a1', 'Courier', '2016-06-02', [lead, 'Police said the gunman fled.', 'Neighbours heard shots.',
      'On June 19, 2015, the man shot and injured six people.'],
    [count(1, 'killed', 0, { qualifier: 'at least', date: '2016-05-28' }), count(6, 'injured', 3, { date: '2015-06-19' })], { dates: [dated(0, '2016-05-28')] }));
    expect(own.facts.find((f) => f.measure === 'injured')?.estimate.best).toBe(6);
  });
});

describe('reconcile: deaths no headline or lead tells of', () => {
  const lead = ['Four people were wounded in a shooting at a park in Dunmore on Sunday.', 'Police said the gunman fled.', 'Neighbours heard shots.'];
  it('leaves out a death told only further down, and keeps one a lead tells of', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [...lead, 'He was pronounced dead minutes later at a hospital.'],
      [count(4, 'injured', 0), count(1, 'killed', 3, { qualifier: 'at least' })]));
    expect(r.facts.filter((f) => f.measure === 'killed')).toEqual([]);
    const told = factsOf(bundle('a1', 'Courier', '2024-06-02', [lead[0], 'One of them later died.', lead[2], 'He was pronounced dead minutes later at a hospital.'],
      [count(4, 'injured', 0), count(1, 'killed', 3, { qualifier: 'at least' })]));
    expect(told.facts.find((f) => f.measure === 'killed')?.estimate.best).toBe(1);
  });
});

describe('reconcile: a wounded figure outweighed by the number shot', () => {
  it('derives the wounded from a number shot that two sources give over one source\'s lower wounded figure', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['Four people were shot in Dunmore on Saturday.', 'A police dog was injured too.'], [count(4, 'shot', 0), count(1, 'injured', 1)]),
      bundle('a2', 'Herald', '2024-06-02', ['Four people were shot at a Dunmore store on Saturday.'], [count(4, 'shot', 0)]),
    );
    expect(r.facts.find((f) => f.measure === 'injured')?.estimate.best).toBe(4);
  });

  it('keeps a wounded figure as many sources give as the number shot', () => {
    const r = factsOf(
      bundle('a1', 'Courier', '2024-06-02', ['Four people were shot in Dunmore on Saturday.', 'One was injured.'], [count(4, 'shot', 0), count(1, 'injured', 1)]),
    );
    expect(r.facts.find((f) => f.measure === 'injured')?.estimate.best).toBe(1);
  });
});

describe('reconcile: the wounded from the people taken to hospital', () => {
  it('derives the wounded from a number taken to hospital when no source says how many were shot or wounded', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', ['Four people were taken to hospital after a shooting in Dunmore on Saturday.'], [count(4, 'hospitalized', 0)]));
    const injured = r.facts.find((f) => f.measure === 'injured');
    expect(injured?.estimate).toMatchObject({ best: 4 });
    expect(injured?.estimate.reason).toMatch(/4 taken to hospital/);
  });
});

describe('reconcile: roundups of shooting incidents', () => {
  it('drops a tally "in five separate shooting incidents" and "in 11 shooting incidents"', () => {
    const r = factsOf(bundle('a1', 'Courier', '2024-06-02', [LEAD, 'Two men were killed in five separate shooting incidents across the city.', 'Eight were wounded in 11 shooting incidents last weekend.'],
      [count(2, 'killed', 1), count(8, 'injured', 2)]));
    expect(r.facts).toEqual([]);
  });
});

describe('reconcile: the wounded leave out the dead of "N shot, M fatally"', () => {
  it('reads "six shot, two fatally" as two killed and four wounded, not six', async () => {
    const { extract } = await import('../../src/stages/extract/index.js');
    const a = bundle('a1', 'Courier', '2024-06-02', ['Six people were shot, two fatally, outside a diner in Dunmore on Saturday night, police said.']);
    a.extraction = extract({ articleId: 'a1', published: '2024-06-02', publishedInferred: false, sentences: a.sentences });
    const r = factsOf(a);
    const best = (m: string) => r.facts.find((f) => f.measure === m && f.subject === 'people')?.estimate.best;
    expect([best('shot'), best('killed'), best('injured')]).toEqual([6, 2, 4]);
  });
});
