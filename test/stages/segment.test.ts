import { describe, expect, it } from 'vitest';
import { segment } from '../../src/stages/segment/index.js';

describe('segment', () => {
  const text = 'Mr. Ortiz said the U.S. Coast Guard arrived at 1:15 a.m. Tuesday. Three crew were rescued.\n\n“We were lucky,” the captain said. Gen. J. R. Hale agreed.';
  const sentences = segment({ articleId: 'a1', text, language: 'en' });

  it('gives character offsets that slice the sentence out of the cleaned text', () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps titles, initials, "U.S." and "a.m." inside their sentence', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Ortiz said the U.S. Coast Guard arrived at 1:15 a.m. Tuesday.',
      'Three crew were rescued.',
      '“We were lucky,” the captain said.',
      'Gen. J. R. Hale agreed.',
    ]);
  });

  it('numbers sentences and paragraphs and derives stable ids from them', () => {
    expect(sentences.map((s) => [s.id, s.paragraph])).toEqual([['a1.s0', 0], ['a1.s1', 0], ['a1.s2', 1], ['a1.s3', 1]]);
    expect(segment({ articleId: 'a1', text, language: 'en' })).toEqual(sentences);
  });

  it('segments non-English text without crashing', () => {
    const uk = segment({ articleId: 'u', text: 'Вибух стався вночі. Троє людей загинули.', language: 'und-Cyrl' });
    expect(uk.map((s) => s.text)).toEqual(['Вибух стався вночі.', 'Троє людей загинули.']);
    expect(segment({ articleId: 'e', text: '', language: null })).toEqual([]);
  });
});
