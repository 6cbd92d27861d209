import { describe, expect, it } from 'vitest';
import { calendarDay, clockTime, elapsedLabel, jekyllDate, rfc3339, startOfDay } from './dates';

describe('dates in a conference time zone', () => {
  it('writes RFC 3339 and Jekyll dates with the zone offset', () => {
    const ms = Date.parse('2010-02-19T14:00:05Z');
    expect(rfc3339(ms, 'America/New_York')).toBe('2010-02-19T09:00:05-05:00');
    expect(jekyllDate(ms, 'America/New_York')).toBe('2010-02-19 09:00:05 -0500');
    expect(rfc3339(ms, 'Asia/Kolkata')).toBe('2010-02-19T19:30:05+05:30');
    expect(jekyllDate(ms, 'Asia/Kathmandu')).toBe('2010-02-19 19:45:05 +0545');
    expect(rfc3339(ms, 'UTC')).toBe('2010-02-19T14:00:05+00:00');
  });

  it('follows daylight saving changes', () => {
    // Europe/Berlin switches from +01:00 to +02:00 at 01:00 UTC on 2026-03-29.
    expect(rfc3339(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe('2026-03-29T01:59:59+01:00');
    expect(rfc3339(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
    expect(startOfDay('2026-03-29', 'Europe/Berlin')).toBe(Date.parse('2026-03-28T23:00:00Z'));
    expect(startOfDay('2026-10-26', 'Europe/Berlin')).toBe(Date.parse('2026-10-25T23:00:00Z'));
  });

  it('gives calendar days, clock times and elapsed labels', () => {
    const ms = Date.parse('2010-02-20T03:30:00Z');
    expect(calendarDay(ms, 'America/Los_Angeles')).toBe('2010-02-19');
    expect(clockTime(ms, 'America/Los_Angeles')).toBe('19:30');
    expect(elapsedLabel(ms + 250_000, ms)).toBe('+04:10');
    expect(elapsedLabel(ms + 75 * 60_000, ms)).toBe('+75:00');
    expect(elapsedLabel(ms - 30_000, ms)).toBe('-00:30');
  });
});
