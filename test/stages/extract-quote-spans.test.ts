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

/** The article text of each content range of a quote. */
function contents(text: string, q: QuoteMention): string[] {
  return (q.spans?.content ?? []).map(([s, e]) => text.slice(s, e));
}

describe('extract: a quote closing a clause that its attribution reports', () => {
  it('widens the quote to the clause that opens before its mark ("The plan is a “welcome step,” he said.")', () => {
    const { text, out } = run('Jo Marlow backed the budget. The new plan is a "very welcome step," she said.');
    const q = out.quotes.find((x) => x.cue === 'said')!;
    expect(contents(text, q)[0]).toMatch(/^The new plan is a "very welcome step/);
    expect(q.direct).toBe(false);
  });

  it('keeps the next part of an interrupted quote in the same attribution', () => {
    const { text, out } = run('The new plan is a "very welcome step," she said. "We waited for years."');
    expect(out.quotes).toHaveLength(1);
    expect(contents(text, out.quotes[0])).toHaveLength(2);
  });
});

describe('extract: a quote with no cue opening a later paragraph', () => {
  it('is an attribution of its own with the earlier speaker, and no party span of its own', () => {
    const { text, out } = run('"We will win this state," Jo Marlow said at the rally.\n\n"Nobody thought we could get here."');
    expect(out.quotes).toHaveLength(2);
    const [first, second] = out.quotes;
    expect(first.speaker).toBe('Jo Marlow');
    expect(second.speaker).toBe('Jo Marlow');
    expect(contents(text, second)).toEqual(['Nobody thought we could get here.']);
    expect(second.spans?.party).toBeNull();
  });
});

describe('extract: the party of a cue after a closing quotation mark', () => {
  it('reads a capitalised word the lexicon knows as a verb as a name after ",”" ("“...,” Read said.")', () => {
    const { out } = run('"We have assessed this deal with care," Read said.');
    expect(out.quotes[0].speaker).toBe('Read');
  });

  it('takes the inverted party whatever follows it ("said a longtime adviser to both candidates")', () => {
    const { text, out } = run('"We have a ton of work to do," said a longtime adviser to both candidates, who requested anonymity.');
    const q = out.quotes[0];
    expect(q.cue).toBe('said');
    expect(text.slice(...q.spans!.party!)).toMatch(/^a longtime adviser to both candidates/);
  });

  it('reads a relative clause after an inverted party as its description, not as what was said', () => {
    const { text, out } = run('The director "was treated far too lightly," said a former official who oversaw such cases.');
    const q = out.quotes[0];
    expect(text.slice(...q.spans!.party!)).toBe('a former official who oversaw such cases');
    expect(q.spans!.content.map(([s, e]) => text.slice(s, e)).join(' ')).toMatch(/^The director "was treated far too lightly/);
  });

  it('finds the party behind a long description when the cue reads nothing after itself', () => {
    const { out } = run('"They have to decide whether to feed themselves," Fight for Wages organizing director Jo Marlow told the paper.');
    expect(out.quotes[0].speaker).toBe('Jo Marlow');
  });
});

describe('extract: coordinated parties', () => {
  it('takes two noun phrases joined by "and" when the first opens the clause', () => {
    const { text, out } = run('Her advisers and allies say the plan would fail.');
    expect(text.slice(...out.quotes[0].spans!.party!)).toBe('Her advisers and allies');
  });

  it('does not join an object of the clause before "and" to the party', () => {
    const { text, out } = run('The senator met with voters and aides said the plan would fail.');
    expect(text.slice(...out.quotes[0].spans!.party!)).toBe('aides');
  });
});

describe('extract: a head before a preposition inside a party', () => {
  it('keeps the head that opens the clause ("Aides to X", "a survey by X", "Fifty of X")', () => {
    const party = (t: string) => { const { text, out } = run(t); const q = [...out.quotes, ...(out.attributions ?? [])][0]; return text.slice(...q.spans!.party!); };
    expect(party('Aides to Mr. Doe said the plan would fail.')).toBe('Aides to Mr. Doe');
    expect(party('A recent survey by the Acme Institute found that voters are angry.')).toBe('A recent survey by the Acme Institute');
    expect(party('Fifty of the nation’s top security officials said the plan would fail.')).toBe('Fifty of the nation’s top security officials');
  });

  it('does not take a head inside the clause before the party', () => {
    const { text, out } = run('The senator, who met with voters, said the plan would fail.');
    expect(text.slice(...out.quotes[0].spans!.party!)).not.toMatch(/^voters|^with/);
  });
});

describe('extract: the person told is no part of what was said', () => {
  it('starts the content after the addressee of "assured" and "reminded"', () => {
    const { text, out } = run('Jo Marlow assured voters he would balance the budget.');
    expect(contents(text, out.quotes[0])).toEqual(['he would balance the budget']);
    const r = run('Jo Marlow reminded the audience that taxes had fallen.');
    expect(contents(r.text, r.out.quotes[0])[0]).toMatch(/^that taxes had fallen/);
  });
});
