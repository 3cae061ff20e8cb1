import { describe, expect, it } from 'vitest';
import { clean, defaultCleanOptions } from '../../src/stages/clean/index.js';
import { splitEmbedSignature } from '../../src/stages/clean/rules.js';

const LEAD = 'Two officers were wounded in a shootout in Millbrook on Saturday night, police said.';

describe('clean: embedded social-media posts', () => {
  it('keeps the post and removes its signature, with the media link and handles that trail it, as a credit', () => {
    const post = 'Chief: officers returned fire, shooting and killing the suspect.';
    const raw = [LEAD, `${post} pic.twitter.com/abc123 @station — Jane Roe (@janeroe) August 9, 2015`].join('\n');
    const out = clean({ format: 'text', raw, title: null });
    expect(out.text).toBe([LEAD, post].join('\n\n'));
    expect(out.removals).toEqual([
      { text: 'pic.twitter.com/abc123 @station — Jane Roe (@janeroe) August 9, 2015', reason: 'credit', detail: 'signature of an embedded social-media post' },
    ]);
  });

  it('removes a signature standing alone, and one of a shared photo with its time', () => {
    const raw = [LEAD, '— Millbrook Police Dept. (@MillbrookPD) Aug. 9, 2015', 'A photo shared by Jane Roe (@janeroe) on Aug 9, 2015 at 3:12pm PDT'].join('\n');
    const out = clean({ format: 'text', raw, title: null });
    expect(out.text).toBe(LEAD);
    expect(out.removals.map((r) => r.reason)).toEqual(['credit', 'credit']);
  });

  it('never starts the signature at a dash inside the post', () => {
    expect(splitEmbedSignature('Officers — two of them — were shot. — Jane Roe (@janeroe) March 18, 2015')?.post)
      .toBe('Officers — two of them — were shot.');
  });

  it('leaves text that mentions a handle or a dash but ends with no signature', () => {
    expect(splitEmbedSignature('The mayor (@mayor) said on Aug 9, 2015 that all was calm.')).toBeNull();
    expect(splitEmbedSignature('He said — quietly — that nothing had happened.')).toBeNull();
  });

  it('keeps the signature in the text when credits are kept (--keep credit; the short line would otherwise go as a sub-heading)', () => {
    const raw = [LEAD, 'Shots fired downtown. — Jane Roe (@janeroe) August 9, 2015'].join('\n');
    const out = clean({ format: 'text', raw, title: null }, { ...defaultCleanOptions(), keep: ['credit', 'subheading'] });
    expect(out.text).toContain('(@janeroe) August 9, 2015');
  });
});
