import { describe, expect, it } from 'vitest';
import {
  baselineAttributions, emptyTally, locate, matchAttributions, quoteSpans, tallyArticle, tallyMetrics, trimmedText, wordTokens, type Attribution,
} from '../../eval/quotes.js';
import type { Sentence } from '../../src/model/schemas.js';

const TEXT = 'The mayor said the budget is balanced. “We will not raise taxes,” Smith told reporters.';
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  return [i, i + s.length];
};
const sentences: Sentence[] = [
  { id: 'a.s0', articleId: 'a', index: 0, paragraph: 0, start: 0, end: 38, text: TEXT.slice(0, 38) },
  { id: 'a.s1', articleId: 'a', index: 1, paragraph: 0, start: 39, end: TEXT.length, text: TEXT.slice(39) },
];

describe('locate', () => {
  it('prefers the occurrence inside the region, nearest the anchor', () => {
    const text = 'he said. he said.';
    expect(locate(text, 'he', 9, 17, 9)).toEqual([9, 11]);
    expect(locate(text, 'he', 0, 8, 0)).toEqual([0, 2]);
  });

  it('falls back to a case-insensitive match, and returns null for text the article lacks', () => {
    expect(locate('According to him', 'according to', 0, 16, 0)).toEqual([0, 12]);
    expect(locate('nothing here', 'absent', 0, 12, 0)).toBeNull();
  });
});

describe('trimmedText', () => {
  it('drops quotation marks and edge punctuation, joins fragments by a space', () => {
    expect(trimmedText(TEXT, [at('“We will not raise taxes,”')])).toBe('We will not raise taxes');
    expect(trimmedText('“A,” he said, “B.”', [[0, 4], [14, 18]])).toBe('A B');
  });
});

describe('matchAttributions', () => {
  it('pairs one-to-one by content token overlap, the largest first', () => {
    const tokens = wordTokens(TEXT);
    const gold: Attribution[] = [
      { source: null, cue: null, content: [at('the budget is balanced')] },
      { source: null, cue: null, content: [at('We will not raise taxes')] },
    ];
    const pred: Attribution[] = [
      { source: null, cue: null, content: [at('will not raise')] },
      { source: null, cue: null, content: [at('We will not raise taxes')] },
      { source: null, cue: null, content: [at('reporters')] },
    ];
    expect(matchAttributions(tokens, pred, gold)).toEqual([[1, 1]]);
  });
});

describe('tallyArticle and tallyMetrics', () => {
  const gold: Attribution[] = [
    { source: [at('The mayor')], cue: [at('said')], content: [at('the budget is balanced')] },
    { source: [at('Smith')], cue: [at('told')], content: [at('“We will not raise taxes,”')] },
  ];

  it('scores a perfect prediction 1 on every key, quote marks aside', () => {
    const pred: Attribution[] = [
      { source: [at('The mayor')], cue: [at('said')], content: [at('the budget is balanced')] },
      { source: [at('Smith')], cue: [at('told')], content: [at('We will not raise taxes')] },
    ];
    const m = tallyMetrics(tallyArticle(emptyTally(), TEXT, pred, gold));
    for (const v of Object.values(m)) expect(v).toBe(1);
  });

  it('gives partial spans token credit but no exact credit', () => {
    // Content: 4 shared tokens of 5 gold ("We will not raise taxes") + 4 of 4 ("the budget is balanced"),
    // predicted "will not raise taxes" (4) and "the budget is balanced" (4): P 8/8, R 8/9.
    const pred: Attribution[] = [
      { source: [at('mayor')], cue: [at('said')], content: [at('the budget is balanced')] },
      { source: null, cue: null, content: [at('will not raise taxes')] },
    ];
    const m = tallyMetrics(tallyArticle(emptyTally(), TEXT, pred, gold));
    expect(m['content.exactF1']).toBeCloseTo(0.5, 12);
    expect(m['content.overlapF1']).toBeCloseTo((2 * 1 * (8 / 9)) / (1 + 8 / 9), 12);
    // Source: "mayor" against "The mayor" overlaps (speakerRight), is not exact; Smith is missed.
    expect(m['source.exactF1']).toBe(0);
    expect(m.speakerRight).toBeCloseTo(0.5, 12);
    expect(m['cue.exactF1']).toBeCloseTo((2 * 1 * 0.5) / 1.5, 12);
  });
});

describe('baselineAttributions', () => {
  it('takes quoted spans, the nearest reporting verb and the capitalised word before or after it', () => {
    const [a, ...rest] = baselineAttributions(TEXT, sentences);
    expect(rest).toEqual([]);
    expect(trimmedText(TEXT, a.content!)).toBe('We will not raise taxes');
    expect(trimmedText(TEXT, a.cue!)).toBe('told');
    expect(trimmedText(TEXT, a.source!)).toBe('Smith');
  });
});

describe('quoteSpans', () => {
  it('takes a quote\'s own ranges when it has them, fragments of an interrupted quote included', () => {
    const q = {
      speaker: 'Jo Smith', cue: 'told reporters', channel: null, text: 'We will not raise taxes', direct: true,
      citations: [{ articleId: 'a', sentenceId: 'a:1' }], party: 'Smith',
      spans: { content: [at('We will not'), at('raise taxes')] as [number, number][], party: at('Smith'), cue: at('told') },
    };
    expect(quoteSpans(TEXT, sentences, [q])).toEqual([{ content: [at('We will not'), at('raise taxes')], source: [at('Smith')], cue: [at('told')] }]);
  });
});
