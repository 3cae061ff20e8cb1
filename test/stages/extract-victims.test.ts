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
    ['A 29-year-old man was fatally shot Saturday evening.', ['killed']],
    ['The owner was found fatally shot inside the store.', ['killed']],
    ['Man shot, killed on west side', ['killed']],
    ['Police are investigating a shooting that left a man in critical condition.', ['injured']],
    ['The gunfire left one man dead on the porch.', ['killed']],
    ['The shooting left another teen critically wounded, with a gunshot wound to the thigh.', ['injured']],
    ['A waitress trying to stop a crime was shot outside a bar.', ['shot']],
    ['Police said a male was wounded in the arm.', ['injured']],
    ['A man with a gunshot wound was brought to the regional hospital on Sunday.', ['injured']],
    ['Officers found a victim. That person was transported to a local hospital.', ['injured']],
    ['A shooting death is under investigation after a man’s body is found in the backyard.', ['killed']],
    ['Lyle Juvenile dead from gunshot wound', ['killed']],
    ['Lyle Man Fatally Shot By Police Officer During Foot Chase', ['killed']],
    ['Girl shot at party dies; woman held', ['killed']],
    ['Lyle Teen Found Shot On Bike Path Dies', ['killed']],
    ['Local news | News SiteA 19-year-old man is hospitalized after a shooting.', ['injured']],
    ['A 4-year-old girl was shot in the leg and taken to hospital in stable condition.', ['injured']],
    ['Sam Lee, 31, was wounded and is in stable condition.', ['injured']],
    ['Police arrested a man suspected of killing his girlfriend.', ['killed']],
    ['A shooting on Thursday night killed 24-year-old Dana Ortiz of Lyle.', ['killed']],
    ['He was charged in the fatal shooting of Dana Ortiz on Main Street.', ['killed']],
    ['According to a spokesperson, she later died at the hospital.', ['killed']],
    ['The suspect was found dead in a wooded area on Friday.', ['killed']],
    ['An eighth-grader died after being shot at home.', ['killed']],
    ['Police shot and killed a gunman who opened fire on them.', ['killed']],
    ['One of the men inside was pronounced dead at the scene.', ['killed']],
    ['He shot at several people, killing a customer and wounding a store clerk.', ['killed', 'injured']],
    ['Teen injured in accidental shooting', ['injured']],
    ['Dana Ortiz, 24, Fatally Shot in Lyle', ['killed']],
    ['Police say a two-year-old boy shot himself with a handgun and is in stable condition.', ['injured']],
  ])('reads "%s" as one person %s', (text, expected) => {
    expect(measures(text)).toEqual(expected);
  });

  it.each([
    'A 30-year-old man was charged with the shooting.',
    'The 16-year-old told police he found the gun in a drawer.',
    'Dana Ortiz, 22, of Lyle, said she heard three shots.',
    'A 20-year-old law was changed.',
    'He said he heard shots and called police.',
    'The man was charged with murder.',
    'The attempted murder of a clerk was caught on video.',
    'Police shot Monday at a fleeing car.',
    'She said the shooting killed their sense of safety.',
    'The girl was not shot, but she injured her knee as she ran from the gunfire.',
  ])('finds no victim in "%s"', (text) => {
    expect(measures(text)).toEqual([]);
  });

  it('adds the victim to the article\'s counts only when the sentence counts no such measure already', () => {
    const counted = (text: string) => extract({ articleId: 'v', published: '2024-01-10', publishedInferred: false, sentences: segment({ articleId: 'v', text, language: 'en' }) })
      .counts.map((c) => [c.value, c.measure]);
    expect(counted('A 16-year-old has died after a shooting in Lyle.')).toEqual([[1, 'killed']]);
    expect(counted('Two people, including a 16-year-old who has died, were shot.')).toContainEqual([1, 'killed']);
    expect(counted('Two people were killed, and a 16-year-old has died of his wounds.')).toEqual([[2, 'killed']]);
    expect(counted('No one was injured inside.')).toEqual([]);
  });

  it.each([
    ['The men opened fire, killing Juan Perez and Ann Poe and wounding two others.', 2],
    ['He killed John Roe, Ann Poe and Bill Doe.', 3],
    ['The gunman killed his wife, Jane Roe, and her son on Friday.', 2],
    ['The firearm discharged, killing Winslow, the sheriff said.', 1],
    ['The firearm discharged, killing Winslow, Goodyear said.', 1],
  ])('counts the people a killing verb names in "%s" as %i', (text, people) => {
    expect(victimClauses(text).map((v) => [v.measure, v.people ?? 1])).toEqual([['killed', people]]);
  });

  it('reads a relative clause of death and a suicide as deaths, and a survived self-shooting as injury', () => {
    expect(measures('Jane Doe, 7, who died Friday after she and her mother were shot, loved soccer.')).toEqual(['killed']);
    expect(measures('The suspect then fatally turned his gun on himself.')).toEqual(['killed']);
    expect(measures('He left two wounded before killing himself.')).toContain('killed');
    expect(measures('He turned the gun on himself and was taken to a hospital in critical condition.')).toEqual(['injured']);
  });

  it('reads a death in the present tense, a declared brain death and a capitalised headline age as deaths', () => {
    expect(measures('10-Year-Old Girl Dies After Being Shot')).toEqual(['killed']);
    expect(measures('Riverside County man dies after accidental shooting')).toEqual(['killed']);
    expect(measures('The boy was pronounced clinically dead at the hospital.')).toEqual(['killed']);
    expect(measures('The 2-year-old girl was declared brain dead Friday.')).toEqual(['killed']);
    expect(measures('Man Shot John Doe')).toEqual([]);
  });

  it('reads "fatally wounding" a person as a death, and no victim where a negation stands before the predicate', () => {
    expect(measures('The gun went off, fatally wounding Jane Doe.')).toEqual(['killed']);
    expect(measures('He said nobody else inside the car had been injured.')).toEqual([]);
  });

  it('reads "another" person hurt, in prose and in a headline\'s second clause', () => {
    expect(measures('Teen Killed, Another Wounded in Riverside Shooting')).toEqual(['killed', 'injured']);
    expect(measures('Another man was wounded in the leg.')).toEqual(['injured']);
    expect(measures('Police are investigating another shooting.')).toEqual([]);
  });

  it('reads no victim in a hypothetical or conditional clause', () => {
    expect(measures('He said he could have easily died.')).toEqual([]);
    expect(measures('Police would not say if the man had died.')).toEqual([]);
    expect(measures('An inch lower, the bullet would have killed her.')).toEqual([]);
    expect(measures('A 16-year-old has died, police said.')).toEqual(['killed']);
  });

  it('marks a killer\'s own death, worded as a killing, a suicide or a reflexive after a list, as one more death', () => {
    const self = (text: string) => victimClauses(text).filter((v) => v.self).map((v) => [v.measure, v.people ?? 1]);
    expect(self('Police said the gunman committed suicide.')).toEqual([['killed', 1]]);
    expect(self('A man kills his neighbour, then himself.')).toEqual([['killed', 2]]);
    expect(self('She turned the gun on herself and survived in critical condition.')).toEqual([]);
    expect(self('The suspect tried to kill himself.')).toEqual([]);
  });

  it('adds a killer\'s suicide to the deaths the sentence counts, the count it adds to part of the sum', () => {
    const counts = extract({ articleId: 'v', published: '2024-01-10', publishedInferred: false,
      sentences: segment({ articleId: 'v', text: 'He shot his family, killing three, then killed himself.', language: 'en' }) }).counts;
    expect(counts.map((c) => [c.value, c.qualifier, c.measure, c.partOf])).toEqual([[3, 'exact', 'killed', 1], [4, 'exact', 'killed', null]]);
  });

  it('gives a count of two for two victims a killing verb names', () => {
    const counts = extract({ articleId: 'v', published: '2024-01-10', publishedInferred: false,
      sentences: segment({ articleId: 'v', text: 'The men opened fire, killing Juan Perez and Ann Poe.', language: 'en' }) }).counts;
    expect(counts.map((c) => [c.value, c.qualifier, c.measure])).toEqual([[2, 'at least', 'killed']]);
  });
});
