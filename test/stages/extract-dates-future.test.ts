import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/stages/extract/dates.js';

// 2026-03-04 is a Wednesday: the next Thursday is 03-05 and the last one 02-26; the next Monday 03-09, the last 03-02.
const PUBLISHED = '2026-03-04';
const days = (text: string) => findDates(text, PUBLISHED, false).map((d) => d.date);

describe('extract: a weekday in a clause about the future is the coming day', () => {
  it.each([
    ['The measures are to be voted on Thursday.', '2026-03-05'],
    ['The vote will be held Thursday.', '2026-03-05'],
    ["The council'll meet Thursday.", '2026-03-05'],
    ['The board shall convene on Thursday.', '2026-03-05'],
    ['He is scheduled to appear in court Monday.', '2026-03-09'],
    ['The suspects are expected to be arraigned on Monday.', '2026-03-09'],
    ['The ruling is due to be handed down Monday.', '2026-03-09'],
    ['She is set to testify before the panel on Monday.', '2026-03-09'],
    ['The mayor plans to visit the neighborhood Monday.', '2026-03-09'],
    ['The judge is going to rule on the motion Monday.', '2026-03-09'],
    ['The hearing was postponed and the trial will be held next Monday.', '2026-03-09'],
  ])('%s → %s', (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it.each([
    ['The measures were voted on Thursday.', '2026-02-26'],
    ['The council has met on Thursday.', '2026-02-26'],
    ['He appeared in court Monday.', '2026-03-02'],
    // the cue belongs to another clause: a reporting verb or a past verb stands between it and the weekday
    ['He will recover, police said Monday.', '2026-03-02'],
    ['The man, who will be sentenced later, was arrested Monday.', '2026-03-02'],
    // the cue is in an earlier sentence
    ['The trial will resume. The jury deliberated Monday.', '2026-03-02'],
    // "is to blame" is not a plan
    ['The landlord is to blame for the fire on Monday.', '2026-03-02'],
    // the cue comes after the weekday
    ['He was shot Monday and will recover.', '2026-03-02'],
  ])('%s → %s (the last one)', (text, day) => {
    expect(days(text)).toEqual([day]);
  });
});
