import { describe, expect, it } from 'vitest';
import { extract } from '../../src/stages/extract/index.js';
import { ageAt, roleAt } from '../../src/stages/extract/people-roles.js';
import { segment } from '../../src/stages/segment/index.js';

const at = (text: string, name: string) => {
  const i = text.indexOf(name);
  return [text, i, i + name.length] as const;
};

describe('the role of a person in a shooting report', () => {
  it.each([
    ['Dana Ortiz, 22, of Lyle, was shot and killed Tuesday night.', 'Dana Ortiz', 'victim'],
    ['Police identified the victim as Dana Ortiz.', 'Dana Ortiz', 'victim'],
    ['He faces a murder charge in the death of 54-year-old Dana Ortiz.', 'Dana Ortiz', 'victim'],
    ['Dana Ortiz, 23, and Sam Lee, 29, were both pronounced dead at the scene.', 'Dana Ortiz', 'victim'],
    ['Dana Ortiz died at the hospital.', 'Dana Ortiz', 'victim'],
    ['Sam Lee, 40, was arrested and charged with murder.', 'Sam Lee', 'suspect'],
    ['Police arrested Sam Lee on Friday.', 'Sam Lee', 'suspect'],
    ['Deputies arrested 41-year-old Lyle resident Sam Lee on Friday.', 'Sam Lee', 'suspect'],
    ['The suspect, Sam Lee, fled on foot.', 'Sam Lee', 'suspect'],
    ['Sam Lee opened fire on the crowd.', 'Sam Lee', 'suspect'],
    ['Sam Lee shot his wife in the kitchen.', 'Sam Lee', 'suspect'],
    ['Lee was shot in the chest and taken to a hospital.', 'Lee', 'victim'],
    ['Dana Ortiz was shot and killed at a party.', 'Dana Ortiz', 'victim'],
    ['Dana Ortiz, who was shot at a party, died.', 'Dana Ortiz', 'victim'],
    ['Sam Lee, 40, was taken into custody at the scene.', 'Sam Lee', 'suspect'],
    ['Sam Lee, 40, was taken into police custody after officers found a gun.', 'Sam Lee', 'suspect'],
    ['Police said Sam Lee shot twice at the house next door.', 'Sam Lee', 'suspect'],
    ['Dana Ortiz, 35, and Ann Roe, 29, were the two customers killed in the attack.', 'Dana Ortiz', 'victim'],
    ['Ortiz was subsequently shot by officers after a standoff.', 'Ortiz', 'victim'],
    ['Sam Lee fired one fatal shot at the car.', 'Sam Lee', 'suspect'],
    ['Two men tried to rob Dana Ortiz outside a store.', 'Dana Ortiz', 'victim'],
    ['Sam Lee shot and killed a clerk and was killed along with Dana Ortiz.', 'Dana Ortiz', 'victim'],
  ])('%s → %s is the %s', (text, name, role) => {
    expect(roleAt(...at(text, name))).toBe(role);
  });

  it('gives no role where nothing says one', () => {
    expect(roleAt(...at('Dana Ortiz was sitting outside with friends.', 'Dana Ortiz'))).toBeNull();
  });
});

describe('the age written next to a name', () => {
  it.each([
    ['Dana Ortiz, 22, was shot.', 22],
    ['Dana Ortiz, a 22-year-old student, was shot.', 22],
    ['Police named 22-year-old Dana Ortiz.', 22],
    ['Dana Ortiz (22) was shot.', 22],
    ['Dana Ortiz, age 22, was shot.', 22],
    ['Dana Ortiz was shot.', null],
    ['Dana Ortiz, 4500 block of Main Street, was shot.', null],
  ])('%s → %s', (text, age) => {
    expect(ageAt(...at(text, 'Dana Ortiz'))).toBe(age);
  });
});

describe('the people of an article', () => {
  const people = (text: string) => {
    const sentences = segment({ articleId: 'a', text, language: 'en' });
    return (extract({ articleId: 'a', published: null, publishedInferred: false, sentences }).people ?? []).map((p) => [p.role, p.name, p.age]);
  };

  it('joins an age phrase to the named victim and a surname to the full name', () => {
    expect(people('A 27-year-old man was shot and killed Tuesday night. Police identified the victim as Dana Ortiz. Ortiz died at the scene. Sam Lee, 31, was arrested Wednesday.'))
      .toEqual([['victim', 'Dana Ortiz', 27], ['suspect', 'Sam Lee', 31]]);
  });

  it('keeps unnamed victims of different ages apart', () => {
    expect(people('Police say a 22-year-old man and a 16-year-old boy were shot. The 16-year-old boy was wounded in the leg.'))
      .toEqual(expect.arrayContaining([['victim', null, 16]]));
  });

  it('reads a decade as an age, and a list of people by age with the role of its first', () => {
    expect(people('Police say a man in his 20s was shot and killed on Main Street.')).toEqual([['victim', null, 20]]);
    expect(people('Police say an Asian-American woman in her 30’s was shot in the arm.')).toEqual([['victim', null, 30]]);
    expect(people('The victims were identified as a 27-year-old man, a 48-year-old woman and a 54-year-old man.'))
      .toEqual([['victim', null, 27], ['victim', null, 48], ['victim', null, 54]]);
  });

  it('reads the age after a person noun, and a suspect described by age or an age range', () => {
    expect(people('Boy, 16, arrested after shooting at a high school')).toEqual([['suspect', null, 16]]);
    expect(people('Investigators arrested the suspect, 17 years old, at a nearby bus stop.')).toEqual([['suspect', null, 17]]);
    expect(people('No one was hurt. The suspect is described as approximately 20 years old with black hair.')).toEqual([['suspect', null, 20]]);
    expect(people('The victim said he described the three males as being 18 to 21 years of age.')).toEqual([['suspect', null, 18]]);
  });

  it('reads several people from one phrase, each their own person', () => {
    expect(people('Officers found two victims, ages 19 and 24, with gunshot wounds.')).toEqual([['victim', null, 19], ['victim', null, 24]]);
    expect(people('The gunfire hit four men in their 20s in the courtyard of an apartment.')).toEqual(Array(4).fill(['victim', null, 20]));
  });

  it('reads an age phrase glued to a site name ending in a digit', () => {
    expect(people('Teen Shot in Lyle | NEWS40A 17-year-old boy was shot and killed on Monday.')).toEqual([['victim', null, 17]]);
  });

  it('leaves out a name that modifies a place or business noun, or follows a place preposition', () => {
    expect(people('Police say the suspects hit a Lyle Wireless store shortly after 11 a.m.')).toEqual([]);
    expect(people('Officials said Tiffany Roe shot Fort Lyle soldier Sam Roe at their home.').map((p) => p[1])).not.toContain('Fort Lyle');
    expect(people('The teen was transported to Mercy Vale in good condition.')).toEqual([]);
  });

  it('keeps a nickname in quotes inside the name', () => {
    expect(people('Officers found that Dana \'Dee\' Ortiz, 3, had been shot.')).toEqual([['victim', 'Dana \'Dee\' Ortiz', 3]]);
    expect(people('Police are looking for Sam “Lefty” Lee for aggravated robbery.')).toEqual([['suspect', 'Sam “Lefty” Lee', null]]);
  });

  it('reads a one-digit age as written, not as a decade', () => {
    expect(people('A 3-year-old boy was shot and wounded at home.')).toEqual([['victim', null, 3]]);
  });

  it('reads ages written without hyphens or in words, and a role noun after the age phrase', () => {
    expect(people('Police say a 33-year old man was shot in the leg.')).toEqual([['victim', null, 33]]);
    expect(people('A five-year-old boy was wounded in the shooting.')).toEqual([['victim', null, 5]]);
    expect(people('The 46-year-old female victim was taken to a hospital.')).toEqual([['victim', null, 46]]);
    expect(people('Thirty-two-year-old Sam Lee was arrested on Friday.')).toEqual([['suspect', 'Sam Lee', 32]]);
  });

  it('reads a relative or a two-noun phrase whole, so its own predicate gives the role', () => {
    expect(people('A 2-year-old girl was hospitalized after her 24-year-old uncle accidentally shot her.'))
      .toEqual([['victim', null, 2], ['suspect', null, 24]]);
  });

  it('makes a role-less age phrase that refers back, or stands beside harm and no suspect, a victim', () => {
    expect(people('A man was shot on Main Street. The 32-year-old was in his car at the time.')).toEqual([['victim', null, 32]]);
    expect(people('A 20-year-old man was walking home when gunfire rang out.')).toEqual([]);
    expect(people('A 25-year-old man was standing outside when someone opened fire.')).toEqual([['victim', null, 25]]);
  });

  it('keeps a surname that is also a title ("King") as part of the name after a first name', () => {
    expect(people('Jane Marie King, 33, has been charged with assault.')).toEqual([['suspect', 'Jane Marie King', 33]]);
  });

  it('makes a person who shot themself both the shooter and the victim', () => {
    expect(people('Sam Lee, 35, shot and killed his neighbor before turning the gun on himself.'))
      .toEqual([['victim', 'Sam Lee', 35], ['suspect', 'Sam Lee', 35]]);
    expect(people('Sam Lee shot and killed 40-year-old Dana Ortiz before turning the gun on himself.'))
      .toEqual(expect.arrayContaining([['victim', 'Dana Ortiz', 40]]));
    expect(people('Sam Lee shot and killed 40-year-old Dana Ortiz before turning the gun on himself.'))
      .not.toEqual(expect.arrayContaining([['suspect', 'Dana Ortiz', 40]]));
    expect(people('A 4-year-old boy is going to be okay after accidentally shooting himself.'))
      .toEqual([['victim', null, 4], ['suspect', null, 4]]);
  });

  it('does not join an age phrase to a suspect of the same age', () => {
    const found = people('Sam Lee, 22, was arrested. One person, a 22-year-old man, suffered a cut to his head.');
    expect(found).toEqual([['suspect', 'Sam Lee', 22], ['victim', null, 22]]);
  });

  it('leaves out a capitalised run of ordinary words and places with no name in it', () => {
    // Not a person named "Tennessee Boy": the boy the noun and his age give.
    expect(people('Tennessee Boy, 7, was shot and killed in a parked car.')).toEqual([['victim', null, 7]]);
    expect(people('Dana Ortiz, 7, was shot and killed in a parked car.')).toEqual([['victim', 'Dana Ortiz', 7]]);
  });

  it('keeps an officer the words around make a victim, not one who reports', () => {
    expect(people('Officer Dana Ortiz was shot in the leg during the chase.')).toEqual([['victim', 'Dana Ortiz', null]]);
    expect(people('Sam Lee, 29, is accused of killing officer Dana Ortiz on Saturday.')).toEqual(expect.arrayContaining([['victim', 'Dana Ortiz', null]]));
    expect(people('After a previous shooting, Sgt. Dana Ortiz said the club was closed.')).toEqual([]);
    expect(people('According to Coroner Dana Ortiz, Sam Lee, 23, was pronounced dead.')).toEqual([['victim', 'Sam Lee', 23]]);
  });

  it('leaves out officials who report, and names glued to a site name', () => {
    const found = people('Man shot - Daily NewsDana Ortiz, 30, was shot and killed. Officer Sam Lee said Dana Ortiz was shot twice.');
    expect(found).toEqual([['victim', 'Dana Ortiz', 30]]);
  });
});
