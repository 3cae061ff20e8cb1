import { describe, expect, it } from 'vitest';
import { datelinePlace } from '../../src/stages/extract/dateline.js';
import { dateFromUrl } from '../../src/stages/extract/dates.js';

describe('the place a date line names', () => {
  it.each([
    ['SPRINGFIELD, Ill. (AP) - A man was shot on Main Street.', 'SPRINGFIELD'],
    ['Man shot on west side | Local NewsLAKEVILLE (WXYZ) - Police are investigating.', 'LAKEVILLE'],
    ['Two hurt in shooting | Channel 4FORT SMITH, Ark. -- Two men were hurt.', 'FORT SMITH'],
    ['Man found dead in parking lot(Lakeville, OH)--A 27-year-old man was shot.', 'Lakeville'],
    ['Teen shot | News, Weather, Sports | WKRPLAKEVILLE, S.C. (WKRP) — A 19-year-old Lakeville man was shot.', 'LAKEVILLE'],
    ['LAKEVILLE — A man was shot and killed on Tuesday.', 'LAKEVILLE'],
    ['Teen shot | Channel 9, Lakeville, FL-news & weatherSPRINGFIELD, Fla. - A teen was shot.', 'SPRINGFIELD'],
  ])('%s → %s', (text, place) => {
    expect(datelinePlace(text)).toBe(place);
  });

  it.each([
    ['A man was shot and killed on Tuesday in Lakeville, police said.'],
    ['UPDATE — A man was shot and killed on Tuesday.'],
    ['Shots fired (WXYZ) - Police are investigating.'],
    [''],
  ])('finds none in %j', (text) => {
    expect(datelinePlace(text)).toBeNull();
  });
});

describe('the day a URL path carries', () => {
  it.each([
    ['http://example.com/2016/01/27/man-shot-downtown/', '2016-01-27'],
    ['http://www.example.com/news/2016/jan/26/girl-shot-at-party/', '2016-01-26'],
    ['http://www.example.com/news/story-20160223-story.html', '2016-02-23'],
    ['http://example.com/article/20150803/NEWS/150809844', '2015-08-03'],
    ['http://example.com/news/man-injured-in-shooting-sunday-01-17-2016', '2016-01-17'],
  ])('%s → %s', (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });

  it.each([
    ['http://example.com/news/man-shot/37673926'],
    ['http://example.com/2015/12/man-shot.html'],
    ['http://example.com/2015/02/30/not-a-day/'],
    ['http://example.com/story?date=2016-01-27'],
    ['not a url'],
    [null],
  ])('finds none in %j', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});
