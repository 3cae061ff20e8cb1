import { describe, expect, it } from 'vitest';
import { paragraphSignals } from '../../src/stages/clean/index.js';
import { styleOf, typographyConflict } from '../../src/stages/clean/intruder-style.js';

describe('how a paragraph is written (intruder style signals)', () => {
  it('reads a lone capitalised word inside a sentence as a bare name, and not a full name, an opener or an acronym', () => {
    expect(styleOf('The officer fired one shot, striking Norwell, said Quayle.').bareNames).toEqual(['norwell', 'quayle']);
    expect(styleOf('Officers found Tomas Elder at the scene. Elder was hurt.').bareNames).toEqual([]);
    expect(styleOf('Agents of the FBI arrived, and Mr. Elder spoke.').bareNames).toEqual([]);
  });

  it('reads the heads of definite phrases', () => {
    expect(styleOf('The toddler was taken to the hospital by this neighbour, who said that the child cried.').definiteHeads).toEqual(['toddler', 'hospital', 'neighbour', 'child']);
  });

  it('tells curly from straight quotation marks, and a paragraph written the other way from its article', () => {
    const curly = styleOf('“It’s over,” she said.');
    const straight = styleOf('"It\'s over," she said.');
    expect([curly.curly, curly.straight, straight.curly, straight.straight]).toEqual([true, false, false, true]);
    expect(typographyConflict(curly, 0, 3)).toBe(1);
    expect(typographyConflict(curly, 1, 3)).toBe(0);
    expect(typographyConflict(styleOf('No quotes here.'), 0, 3)).toBe(0);
  });

  it('gives a paragraph naming someone its story never met, in another typography, the style signals', () => {
    const s = paragraphSignals([
      ['A man was shot on Harlow Avenue in Brantley on Saturday, police said.',
        "Officers found Marcus Delane with a wound to the leg. Delane's brother took him to the hospital.",
        '“She’s always tough,” said Quayle, adding that the toddler had surgery.',
        "Police said the shooting followed an argument in the shooting's aftermath."],
      ['Marcus Delane was shot on Harlow Avenue in Brantley, police said.', 'Delane is in stable condition at the hospital after the shooting.'],
    ].map((paragraphs, i) => ({ articleId: `s${i}`, paragraphs })));
    const at = (p: number) => s.find((x) => x.articleId === 's0' && x.paragraph === p)!;
    expect([at(2).bareNames, at(2).bareUnknownInArticle, at(2).bareUnknownInStory]).toEqual([1, 1, 1]);
    expect([at(1).bareUnknownInArticle, at(1).bareUnknownInStory]).toEqual([0, 0]);
    expect(at(2).definiteUnknownShare).toBe(1);
    expect(at(3).definiteUnknownShare).toBe(0);
    expect(at(2).capitalShare).toBeGreaterThan(0);
    expect([at(2).typographyConflict, at(1).typographyConflict, at(3).typographyConflict]).toEqual([1, 0, 0]);
  });
});
