import { describe, expect, it } from 'vitest';
import { clockTimeOf, stampAtClockTime } from './stampEdit';
import { formatClock } from './stamps';

describe('editing a stamp as a clock time', () => {
  it('moves a stamp to another time on the same day in the conference zone', () => {
    const stamp = Date.parse('2013-03-15T17:55:11Z'); // 13:55:11 EDT
    const moved = stampAtClockTime(stamp, '14:02', 'America/New_York');
    expect(moved).toBe(Date.parse('2013-03-15T18:02:00Z'));
    expect(clockTimeOf(stamp, 'America/New_York')).toBe('13:55:11');
  });

  it('keeps the conference day even when UTC is already on the next day', () => {
    const stamp = Date.parse('2026-11-25T03:30:00Z'); // 19:30 on the 24th in Los Angeles
    const moved = stampAtClockTime(stamp, '21:15:30', 'America/Los_Angeles');
    expect(moved).toBe(Date.parse('2026-11-25T05:15:30Z'));
    expect(formatClock(moved!, 'America/Los_Angeles', '24h')).toBe('21:15');
  });

  it('is right across a daylight-saving change', () => {
    // Berlin switched to summer time at 02:00 on 2026-03-29.
    const stamp = Date.parse('2026-03-29T00:30:00Z'); // 01:30 CET
    expect(stampAtClockTime(stamp, '03:30', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  it('reads the time as a 12-hour clock shows it, as the stamp dialog offers it', () => {
    const stamp = Date.parse('2013-03-15T17:55:11Z'); // 1:55:11 PM EDT
    const shown = formatClock(stamp, 'America/New_York', '12h', { withSeconds: true, locale: 'en-US' });
    expect(stampAtClockTime(stamp, shown, 'America/New_York')).toBe(stamp);
    expect(stampAtClockTime(stamp, '2:02 pm', 'America/New_York')).toBe(Date.parse('2013-03-15T18:02:00Z'));
    expect(stampAtClockTime(stamp, '12:10 AM', 'America/New_York')).toBe(Date.parse('2013-03-15T04:10:00Z'));
    expect(stampAtClockTime(stamp, '13:10 PM', 'America/New_York')).toBeNull();
  });

  it('refuses what is not a time of day', () => {
    const stamp = Date.now();
    for (const bad of ['', '25:00', '12:60', 'noon', '12', '12:5', '1:00:99']) {
      expect(stampAtClockTime(stamp, bad, 'UTC')).toBeNull();
    }
  });
});
