import { describe, expect, it } from 'vitest';
import { dateOf, daysBetween, instantOf, startOfHour, timeOf } from './wallTime';

describe('dates and clock times in a zone', () => {
  it('reads a date and time on the zone clock, summer and winter', () => {
    expect(instantOf('2013-03-15', '13:55', 'America/New_York')).toBe(Date.parse('2013-03-15T13:55:00-04:00'));
    expect(instantOf('2013-01-15', '13:55', 'America/New_York')).toBe(Date.parse('2013-01-15T13:55:00-05:00'));
    expect(instantOf('2026-11-24', '09:05:30', 'Asia/Kolkata')).toBe(Date.parse('2026-11-24T09:05:30+05:30'));
    expect(instantOf('2026-11-24', '23:30', 'Pacific/Kiritimati')).toBe(Date.parse('2026-11-24T23:30:00+14:00'));
  });

  it('refuses what is not a date or a time of day', () => {
    expect(instantOf('2026-02-30', '10:00', 'UTC')).toBeNull();
    expect(instantOf('2026-11-24', '24:00', 'UTC')).toBeNull();
    expect(instantOf('24/11/2026', '10:00', 'UTC')).toBeNull();
    expect(instantOf('2026-11-24', '', 'UTC')).toBeNull();
  });

  it('gives back the date and time it read', () => {
    const instant = instantOf('2026-03-29', '04:15', 'Europe/Berlin');
    expect(instant).not.toBeNull();
    expect(dateOf(instant ?? 0, 'Europe/Berlin')).toBe('2026-03-29');
    expect(timeOf(instant ?? 0, 'Europe/Berlin')).toBe('04:15');
  });

  it('finds the start of the hour on the zone clock, half-hour offsets included', () => {
    expect(startOfHour(Date.parse('2026-11-24T09:47:12+05:30'), 'Asia/Kolkata')).toBe(Date.parse('2026-11-24T09:00:00+05:30'));
    expect(startOfHour(Date.parse('2026-11-24T09:47:12Z'), 'UTC')).toBe(Date.parse('2026-11-24T09:00:00Z'));
  });

  it('lists the days of a range', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });
});
