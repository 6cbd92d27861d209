import { describe, expect, it } from 'vitest';
import { dayOfFrontMatterDate, parseDateLine, parseTimePrefix, parseWallClockHeader, resolveClockTime } from './clockTimes';

describe('parseWallClockHeader', () => {
  it('reads `date` output with its zone abbreviation as an exact instant', () => {
    expect(parseWallClockHeader('Fri Mar 15 13:55:11 EDT 2013')).toMatchObject({
      instant: Date.UTC(2013, 2, 15, 17, 55, 11),
      date: '2013-03-15',
      abbreviation: 'EDT',
    });
    expect(parseWallClockHeader('Wed Nov 25 09:05:00 CET 2026')?.instant).toBe(Date.UTC(2026, 10, 25, 8, 5));
  });

  it('leaves the instant open when no zone is written', () => {
    expect(parseWallClockHeader('2013-03-15 13:55')).toMatchObject({ instant: null, date: '2013-03-15', time: { hour: 13, minute: 55, second: 0 } });
  });

  it('refuses sentences and impossible dates', () => {
    expect(parseWallClockHeader('Fri Mar 15 13:55:11 EDT 2013 was a good day')).toBeNull();
    expect(parseWallClockHeader('Fri Feb 30 13:55:11 EDT 2013')).toBeNull();
    expect(parseWallClockHeader('Fri Mar 15 25:55:11 EDT 2013')).toBeNull();
  });
});

describe('parseTimePrefix', () => {
  it.each([
    ['1743: Lightning talks.', 17, 43, 'Lightning talks.'],
    ['13:55 Keynote starts', 13, 55, 'Keynote starts'],
    ['13:55: Keynote', 13, 55, 'Keynote'],
    ['13:55:11 - Keynote', 13, 55, 'Keynote'],
    ['1:55 PM Q&A', 13, 55, 'Q&A'],
    ['12:10am late', 0, 10, 'late'],
    ['9:05 a.m. early', 9, 5, 'early'],
    ['[13:55] bracketed', 13, 55, 'bracketed'],
    ['**13:55** bold', 13, 55, 'bold'],
    ['13:55', 13, 55, ''],
  ])('%s', (line, hour, minute, rest) => {
    expect(parseTimePrefix(line)).toMatchObject({ time: { hour, minute }, rest });
  });

  it.each(['2014 was a good year', '1743 people came', '25:00 is not a time', '13:55pm is not either', '3:1 odds', '**13:55 unbalanced', 'Reading 13:55'])(
    'refuses %s',
    (line) => {
      expect(parseTimePrefix(line)).toBeNull();
    },
  );
});

describe('resolveClockTime', () => {
  it('places a time of day on the conference day in its zone', () => {
    expect(resolveClockTime('2013-03-15', { hour: 13, minute: 55, second: 11 }, 'America/New_York')).toBe(Date.UTC(2013, 2, 15, 17, 55, 11));
    expect(resolveClockTime('2026-11-25', { hour: 9, minute: 0, second: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2026, 10, 25, 8, 0));
    expect(resolveClockTime('2026-11-25', { hour: 9, minute: 0, second: 0 }, 'Asia/Kolkata')).toBe(Date.UTC(2026, 10, 25, 3, 30));
  });

  it('follows daylight saving on the day itself', () => {
    // Clocks in New York went forward on 2013-03-10: 09:00 is EDT that day, EST the day before.
    expect(resolveClockTime('2013-03-10', { hour: 9, minute: 0, second: 0 }, 'America/New_York')).toBe(Date.UTC(2013, 2, 10, 13, 0));
    expect(resolveClockTime('2013-03-09', { hour: 9, minute: 0, second: 0 }, 'America/New_York')).toBe(Date.UTC(2013, 2, 9, 14, 0));
  });
});

describe('dates', () => {
  it('reads date lines', () => {
    expect(parseDateLine('September 28, 2014')).toBe('2014-09-28');
    expect(parseDateLine('Sunday, September 28th, 2014')).toBe('2014-09-28');
    expect(parseDateLine('28 Sep 2014')).toBe('2014-09-28');
    expect(parseDateLine('2014-09-28')).toBe('2014-09-28');
    expect(parseDateLine('September 28 was sunny, 2014')).toBeNull();
  });

  it('takes the day of a front-matter date as written, without moving it across zones', () => {
    expect(dayOfFrontMatterDate('2012-11-14T00:00:00Z')).toBe('2012-11-14');
    expect(dayOfFrontMatterDate('2012-11-14 23:30:00 -0800')).toBe('2012-11-14');
    expect(dayOfFrontMatterDate(new Date(Date.UTC(2012, 10, 14)))).toBe('2012-11-14');
    expect(dayOfFrontMatterDate(42)).toBeNull();
  });
});
