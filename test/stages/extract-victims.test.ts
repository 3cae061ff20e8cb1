import { describe, expect, it } from 'vitest';
import { victimClauses } from '../../src/stages/extract/victims.js';
import { extract } from '../../src/stages/extract/index.js';
import { segment } from '../../src/stages/segment/index.js';

const measures = (text: string) => victimClauses(text).map((v) => v.measure);

describe('single victims', () => {
  it.each([
    ['Police say a 16-year-old has died after being shot in the face.', ['killed']],
    ['A 15-year-old boy from the town of Lyle has died from a gunshot wound.', ['killed']],
    ['A 15-year-old was killed Sunday in an accidental shooting.', ['killed']],
    ['Dana Ortiz, 22, died Wednesday night, police said.', ['killed']],
    ['The 19-year-old was accidentally shot in the forehead, and was later pronounced dead.', ['killed']],
    ['A 4-year-old girl was shot in the leg on Sunday.', ['shot']],
    ['A 4-year-old girl was shot in the leg and taken to hospital in stable condition.', ['injured']],
    ['Sam Lee, 31, was wounded and is in stable condition.', ['injured']],
  ])('reads "%s" as one person %s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  it.each([
    'A 30-year-old man was charged with the shooting.',
    'The 16-year-old told police he found the gun in a drawer.',
    'Dana Ortiz, 22, of Lyle, said she heard three shots.',
    'A 20-year-old law was changed.',
  ])('finds no victim in "%s"', (text) => {
    expect(measures(text)).toEqual([]);
  });

  it('adds the victim to the article\'s counts only when the sentence counts no such measure already', () => {
    const counted = (text: string) => extract({ articleId: 'v', published: '2024-01-10', publishedInferred: false, sentences: segment({ articleId: 'v', text, language: 'en' }) })
      .counts.map((c) => [c.value, c.measure]);
    expect(counted('A 16-year-old has died after a shooting in Lyle.')).toEqual([[1, 'killed']]);
    expect(counted('Two people, including a 16-year-old who has died, were shot.')).toContainEqual([1, 'killed']);
    expect(counted('Two people were killed, and a 16-year-old has died of his wounds.')).toEqual([[2, 'killed']]);
  });
});
