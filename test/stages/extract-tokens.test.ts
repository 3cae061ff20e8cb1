import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../src/stages/extract/lexicon.js';
import { isPossessive, stripPossessive, tokenize } from '../../src/stages/extract/tokens.js';

/** The tokeniser as the token regex alone gives it (what the hand scanner stands in for), as [text, start, end]. */
function byRegex(text: string): [string, number, number][] {
  const re = /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|''|\S/gu;
  const out: [string, number, number][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let t = m[0];
    const word = /^\p{L}/u.test(t);
    if (word && text[m.index + t.length] === '.' && (ABBREVIATIONS.has(t.toLowerCase()) || (t.length === 1 && /^\p{Lu}/u.test(t)))) {
      t += '.';
      re.lastIndex = m.index + t.length;
    }
    out.push([t, m.index, m.index + t.length]);
  }
  return out;
}

describe('tokenize', () => {
  it('cuts as the token regex does, ASCII or not', () => {
    const texts = [
      'U.S. troops at 2 a.m. e.g.x U.S A. Smith, Dr. Doe, 1,200.5:3 and 3.,4 -- x- -y',
      "Jean-Noël said don’t; l’été ''quoted'' naïve café O'Brien twenty-five",
      'é.ü. É.U. a.é. x-é "A" \u00a0x\u2028y \u0001z 5th ① ½ Ab.É.',
    ];
    for (const text of texts) expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual(byRegex(text));
  });

  it('gives offsets, case and kind of each token', () => {
    expect(tokenize('Dr. Jo’s 12 cats!').map((t) => [t.text, t.lower, t.kind, t.start, t.end, t.cap])).toEqual([
      ['Dr.', 'dr.', 'word', 0, 3, true], ['Jo’s', "jo's", 'word', 4, 8, true], ['12', '12', 'num', 9, 11, false],
      ['cats', 'cats', 'word', 12, 16, false], ['!', '!', 'punct', 16, 17, false],
    ]);
  });
});

describe('possessives', () => {
  it('strips "\'s" and the apostrophe after -s, either apostrophe, either case', () => {
    expect(["Russia's", 'Doe’S', "Jones'", 'JONES’', "s's", 'Sam', "'s", 's'].map(stripPossessive)).toEqual(['Russia', 'Doe', 'Jones', 'JONEs', 's', 'Sam', '', 's']);
    expect(tokenize("Doe's car").map(isPossessive)).toEqual([true, false]);
  });
});
