import { describe, expect, it } from 'vitest';
import { StoryReport } from '../../src/model/schemas.js';
import type { StoryProfile } from '../../src/model/story.js';
import { reconcile } from '../../src/stages/reconcile/index.js';
import { synthesize } from '../../src/stages/synthesize/index.js';
import { bundle, count } from '../helpers.js';

const profile: StoryProfile = {
  id: 's1', title: 'Explosion in Dunmore', titleArticleId: 'a1', titleIsHeadline: true, articleCount: 3, sources: ['Courier', 'Gazette', 'Herald'],
  firstDate: '2024-06-02', lastDate: '2024-06-02', terms: {}, names: {},
};
const articles = [
  bundle('a1', 'Courier', '2024-06-02', ['A gas explosion destroyed an apartment block in Dunmore on Saturday, killing 14 people.', 'Rescuers searched the rubble through the night.'],
    [count(14, 'killed', 0)], { dates: [{ text: 'on Saturday', date: '2024-06-01', inferred: false, citation: { articleId: 'a1', sentenceId: 'a1.s0' } }] }),
  bundle('a2', 'Herald', '2024-06-02', ['An apartment block in Dunmore was destroyed by a gas explosion on Saturday; 16 people died.', 'At least 30 were injured.'],
    [count(16, 'killed', 0), count(30, 'injured', 1, { qualifier: 'at least' })]),
  bundle('a3', 'Gazette', '2024-06-02', ['Sixteen people were killed when a gas explosion hit a Dunmore apartment block.', 'More than 30 people were hurt.'],
    [count(16, 'killed', 0), count(30, 'injured', 1, { qualifier: 'more than' })]),
];
const report = synthesize({ profile, articles, reconciled: reconcile({ storyId: 's1', articles }) });
const sentenceText = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s.text] as const)));
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, fourteen: 14, sixteen: 16, thirty: 30 };
const numbersIn = (t: string) => [...t.toLowerCase().matchAll(/\d[\d,]*|[a-z]+/g)].map((m) => (/\d/.test(m[0]) ? Number(m[0].replace(/,/g, '')) : WORDS[m[0]])).filter((n) => n !== undefined);

describe('synthesize', () => {
  it('produces a report that satisfies the JSON contract', () => {
    expect(() => StoryReport.parse(report)).not.toThrow();
  });

  it('cites, for every brief, dispute and timeline sentence, source sentences that contain each number it states', () => {
    const written = [...report.brief, ...report.disputes, ...report.timeline];
    expect(written.length).toBeGreaterThan(3);
    for (const item of written) {
      expect(item.citations.length).toBeGreaterThan(0);
      const cited = item.citations.map((c) => sentenceText.get(c.sentenceId));
      expect(cited.every((t) => t !== undefined), item.text).toBe(true);
      const available = new Set(cited.flatMap((t) => numbersIn(t!)));
      const stated = numbersIn(item.text.replace(/\b(Courier|Herald|Gazette)\b/g, ''));
      for (const n of stated) expect(available.has(n), `${n} in "${item.text}"`).toBe(true);
    }
  });

  it('states the disputed death toll with who reports which value', () => {
    expect(report.disputes).toHaveLength(1);
    expect(report.disputes[0].text).toBe('Sources disagree on the number of people killed: 16 (Gazette and Herald); 14 (Courier).');
  });

  it('fills the coverage matrix with each source\'s figure and null where it is silent', () => {
    const injured = report.coverage.rows.find((r) => r.label.startsWith('people injured'))!;
    expect(injured.bySource).toEqual({ Courier: null, Gazette: 'more than 30', Herald: 'at least 30' });
  });

  it('dates the timeline from resolved dates', () => {
    expect(report.timeline.map((t) => t.date)).toEqual(['2024-06-01']);
  });
});

describe('synthesize: the brief', () => {
  it('does not repeat, after a fact sentence, the source sentence it cites when that says little more', () => {
    const one = [bundle('b1', 'Courier', '2024-06-02', [
      'A fire broke out at a warehouse in Dunmore on Friday night.',
      'Three workers were injured, the fire department said.',
      'The cause of the fire is not yet known.',
    ], [count(3, 'injured', 1, { subject: 'workers' })])];
    const r = synthesize({ profile: { ...profile, id: 's2', articleCount: 1, sources: ['Courier'] }, articles: one, reconciled: reconcile({ storyId: 's2', articles: one }) });
    const texts = r.brief.map((b) => b.text);
    expect(texts).toContain('Three workers were injured.');
    expect(texts).not.toContain('Three workers were injured, the fire department said.');
    expect(texts).toContain('The cause of the fire is not yet known.');
  });

  it('states a party\'s claim that repeats the reported figure once, and one that differs as a claim', () => {
    const claim = { isClaim: true, attribution: { party: 'the governor', cue: 'said', quoted: false } };
    const make = (claimed: number) => {
      const arts = [
        bundle('c1', 'Courier', '2024-06-02', ['A gas explosion destroyed a block in Dunmore on Saturday.', 'Nine people were killed.'], [count(9, 'killed', 1)]),
        bundle('c2', 'Herald', '2024-06-02', ['A gas explosion destroyed a block in Dunmore on Saturday.', `The governor said ${claimed} people were killed.`], [count(claimed, 'killed', 1, claim)]),
      ];
      return synthesize({ profile: { ...profile, id: 's3' }, articles: arts, reconciled: reconcile({ storyId: 's3', articles: arts }) }).brief.map((b) => b.text);
    };
    expect(make(9).filter((t) => /claims/.test(t))).toEqual([]);
    expect(make(12)).toContain('The governor claims 12 people were killed.');
  });
});

describe('synthesize: wording', () => {
  it('names in a dispute only the values some other value rules out', async () => {
    const { inDispute } = await import('../../src/stages/synthesize/wording.js');
    const v = (value: number, qualifier: 'exact' | 'at least') => ({ value, qualifier });
    expect(inDispute([v(4, 'exact'), v(1, 'at least'), v(3, 'exact')])).toEqual([v(4, 'exact'), v(3, 'exact')]);
    // Fewer than two sides left: every value is shown.
    expect(inDispute([v(4, 'exact'), v(1, 'at least')])).toEqual([v(4, 'exact'), v(1, 'at least')]);
  });

  it('shows a source sentence without the date line it opens with, and leaves other dashes alone', async () => {
    const { withoutDateline } = await import('../../src/stages/synthesize/wording.js');
    expect(withoutDateline('DUNMORE, Tenn. (WXYZ) – The bureau said two people died.')).toBe('The bureau said two people died.');
    expect(withoutDateline('(AP) -- The bureau says one person has died.')).toBe('The bureau says one person has died.');
    expect(withoutDateline('DUNMORE (WXYZ/AP) – A man was shot.')).toBe('A man was shot.');
    expect(withoutDateline('Dunmore, Ill. — A man died.')).toBe('A man died.');
    expect(withoutDateline('Police said — in a statement — that two died.')).toBe('Police said — in a statement — that two died.');
    expect(withoutDateline('Two men - both 20 - died.')).toBe('Two men - both 20 - died.');
  });

  it('states one of a group in the singular, whatever the counted noun', async () => {
    const { singular } = await import('../../src/stages/synthesize/wording.js');
    expect(['people', 'girls', 'women', 'casualties', 'apartment buildings', 'churches', 'buses', 'status'].map(singular))
      .toEqual(['person', 'girl', 'woman', 'casualty', 'apartment building', 'church', 'bus', 'status']);
  });
});

describe('synthesize: headlines', () => {
  const titled = (b: ReturnType<typeof bundle>, title: string) => ({ ...b, article: { ...b.article, title } });
  const story = [
    titled(bundle('h1', 'Courier', '2024-06-02', ['Blast kills 14 in Dunmore', 'A gas explosion destroyed an apartment block in Dunmore on Saturday, killing 14 people.', 'Rescuers searched the rubble through the night.'],
      [count(14, 'killed', 0), count(14, 'killed', 1)]), 'Blast kills 14 in Dunmore - Courier'),
    titled(bundle('h2', 'Herald', '2024-06-02', ['Fourteen dead in Dunmore blast', 'Fourteen people were killed when a gas explosion hit a Dunmore apartment block.', 'Rescuers searched the rubble.'],
      [count(14, 'killed', 0), count(14, 'killed', 1)]), 'Fourteen dead in Dunmore blast'),
  ];
  const out = synthesize({ profile: { ...profile, articleCount: 2 }, articles: story, reconciled: reconcile({ storyId: 's1', articles: story }) });

  it('marks the headline sentences of each article and cites them like any sentence', () => {
    expect(out.articles.map((a) => a.sentences.filter((s) => s.headline).map((s) => s.id))).toEqual([['h1.s0'], ['h2.s0']]);
    expect(out.facts[0].values[0].citations.map((c) => c.sentenceId)).toContain('h1.s0');
  });

  it('never writes a headline into the brief as prose', () => {
    const prose = out.brief.filter((b) => b.citations.length === 1).map((b) => b.citations[0].sentenceId);
    expect(prose.length).toBeGreaterThan(0);
    expect(prose.filter((id) => id.endsWith('.s0'))).toEqual([]);
  });
});

describe('synthesize: a source that gives a toll and a part of it', () => {
  const one = [bundle('t1', 'Courier', '2024-06-02', ['Two men were killed in Dunmore on Saturday.', 'One man died at the scene.'],
    [count(2, 'killed', 0), count(1, 'killed', 1)])];
  const out = synthesize({ profile: { ...profile, articleCount: 1 }, articles: one, reconciled: reconcile({ storyId: 's1', articles: one }) });

  it('states the toll the estimate settled on, not the detail', () => {
    expect(out.facts[0].estimate.best).toBe(2);
    expect(out.brief.map((b) => b.text)).toContain('Two people were killed.');
  });
});

describe('synthesize: contradictory dates', () => {
  const dated = (id: string, date: string) => ({ text: 'on Friday', date, inferred: false, citation: { articleId: id, sentenceId: `${id}.s0` } });
  const two = [
    bundle('d1', 'Courier', '2024-06-02', ['Fourteen people were killed in Dunmore on Friday.'], [count(14, 'killed', 0, { date: '2024-05-31' })], { dates: [dated('d1', '2024-05-31')] }),
    bundle('d2', 'Herald', '2024-06-02', ['Fourteen people were killed in Dunmore on Saturday.'], [count(14, 'killed', 0, { date: '2024-06-01' })], { dates: [dated('d2', '2024-06-01')] }),
    bundle('d3', 'Gazette', '2024-06-02', ['Fourteen people were killed in Dunmore on Saturday.'], [count(14, 'killed', 0, { date: '2024-06-01' })], { dates: [dated('d3', '2024-06-01')] }),
  ];
  const out = synthesize({ profile: { ...profile, articleCount: 3 }, articles: two, reconciled: reconcile({ storyId: 's1', articles: two }) });

  it('says the day could not be established, naming who dates the figure when, instead of merging on a guess', () => {
    expect(out.events.length).toBe(2);
    const clash = out.caveats.filter((c) => c.includes('could not be established'));
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatch(/^The figure of 14 people killed is dated 2024-05-31 by Courier and 2024-06-01 by Gazette, Herald: /);
  });

  it('raises no such caveat when the days agree', () => {
    expect(report.caveats.filter((c) => c.includes('could not be established'))).toEqual([]);
  });
});

describe('synthesize: the timeline', () => {
  const on = (id: string, s: number, date: string) => ({ text: 'on a day', date, inferred: false, citation: { articleId: id, sentenceId: `${id}.s${s}` } });
  const arts = [
    bundle('t1', 'Courier', '2024-06-07', [
      'A vigil on Monday turned violent, and on Wednesday night protesters clashed with police again.',
      'Sunday, June 2, 2024 | 5:00 PM',
      'On Wednesday night officers made 12 arrests as protesters clashed with police.',
    ], [], { dates: [on('t1', 0, '2024-06-03'), on('t1', 0, '2024-06-05'), on('t1', 1, '2024-06-02'), on('t1', 2, '2024-06-05')] }),
    bundle('t2', 'Herald', '2024-06-07', ['Protesters gathered again on Wednesday, police said.'], [], { dates: [on('t2', 0, '2024-06-05')] }),
  ];
  const out = synthesize({ profile: { ...profile, articleCount: 2 }, articles: arts, reconciled: reconcile({ storyId: 's1', articles: arts }) });

  it('leaves out a day after the report\'s publication: a plan, not what happened', () => {
    const plan = [bundle('p1', 'Courier', '2024-06-07', ['Protesters clashed with police on Wednesday, and unions plan another strike next Tuesday.'], [],
      { dates: [on('p1', 0, '2024-06-05'), on('p1', 0, '2024-06-11')] })];
    const planned = synthesize({ profile: { ...profile, articleCount: 1 }, articles: plan, reconciled: reconcile({ storyId: 's1', articles: plan }) });
    expect(planned.timeline.map((t) => t.date)).toEqual(['2024-06-05']);
  });

  it('uses a sentence that names several days for one of them only, and leaves out a line of date and time alone', () => {
    expect(out.timeline.map((t) => [t.date, t.citations[0].sentenceId])).toEqual([
      ['2024-06-03', 't1.s0'],
      ['2024-06-05', 't1.s2'],
    ]);
  });
});
