import { describe, expect, it } from 'vitest';
import { nameKey, samePerson, splitName } from '../../src/text/names.js';

describe('nameKey', () => {
  it('gives Serhii, Serhiy and Sergiy the same key', () => {
    expect(nameKey('Serhii')).toBe(nameKey('Serhiy'));
    expect(nameKey('Sergiy')).toBe(nameKey('Serhiy'));
  });

  it('gives Zelensky, Zelenskyy and Zelenskiy the same key', () => {
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelensky'));
  });

  it('ignores accents, hyphens and case: Jean-Noël, Jean-Noel and jean noel', () => {
    expect(nameKey('Jean-Noël')).toBe(nameKey('Jean-Noel'));
    expect(nameKey('jean noel')).toBe(nameKey('Jean-Noel'));
  });

  it('folds kh to h, doubled letters and a g/h alternation', () => {
    expect(nameKey('Khmelnik')).toBe(nameKey('Hmelnik'));
    expect(nameKey('Hennadiy')).toBe(nameKey('Gennadii'));
    expect(nameKey('Oleh')).toBe(nameKey('Oleg'));
  });

  it('keeps clearly different names apart, Smith and Smyth included', () => {
    expect(nameKey('Smith')).not.toBe(nameKey('Smyth'));
    expect(nameKey('Jones')).not.toBe(nameKey('Johnson'));
    expect(nameKey('Maria')).not.toBe(nameKey('Mario'));
  });

  it('returns an empty key for text with no letters', () => {
    expect(nameKey('')).toBe('');
    expect(nameKey('123 --')).toBe('');
  });

  it('keeps letters of other scripts', () => {
    expect(nameKey('Олег')).not.toBe('');
  });
});

describe('splitName', () => {
  it('drops titles, role words and a possessive', () => {
    expect(splitName('Foreign Minister Anna Kowal')).toEqual({ given: ['Anna'], surname: 'Kowal' });
    expect(splitName('regional governor Petro Marchenko')).toEqual({ given: ['Petro'], surname: 'Marchenko' });
    expect(splitName("Mr. Baxter's")).toEqual({ given: [], surname: 'Baxter' });
  });
});

describe('samePerson', () => {
  it('matches a surname with a titled surname and with the full name', () => {
    expect(samePerson('Mr Kowalenko', 'Dmytro Kowalenko')).toBe(true);
    expect(samePerson('President Okafor', 'Okafor')).toBe(true);
  });

  it('matches transliteration variants of given name and surname', () => {
    expect(samePerson('Serhii Ostapenko', 'Sergiy Ostapenko')).toBe(true);
    expect(samePerson('Andrii Tkachenko', 'Andriy Tkachenko')).toBe(true);
    expect(samePerson('Hennadiy Boyko', 'Gennadii Boiko')).toBe(false); // the y/i inside "Boyko" is kept apart
    expect(samePerson('Hennadiy Moroz', 'Gennadii Moroz')).toBe(true);
  });

  it('matches an initial against a given name', () => {
    expect(samePerson('J. Alvarez', 'Julia Alvarez')).toBe(true);
    expect(samePerson('K Alvarez', 'Julia Alvarez')).toBe(false);
  });

  it('keeps people with the same surname and different given names apart', () => {
    expect(samePerson('Julia Alvarez', 'Marco Alvarez')).toBe(false);
    expect(samePerson('Julia Alvarez', 'Julia Fernandez')).toBe(false);
  });

  it('is false for empty names', () => {
    expect(samePerson('', 'Julia Alvarez')).toBe(false);
  });
});
