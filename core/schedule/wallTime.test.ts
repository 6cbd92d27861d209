import { describe, expect, it } from 'vitest';
import { durationMs, instantOfDayAndTime, instantOfIso } from './wallTime';

describe('schedule wall times', () => {
  it('reads a clock time in the zone on either side of a daylight-saving change', () => {
    expect(instantOfDayAndTime('2026-03-29', '01:59', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T00:59:00Z'));
    expect(instantOfDayAndTime('2026-03-29', '03:00', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T01:00:00Z'));
  });

  it('puts a time in the skipped hour after the gap, and a repeated hour at its first showing', () => {
    expect(instantOfDayAndTime('2026-03-29', '02:30', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(instantOfDayAndTime('2026-10-25', '02:30', 'Europe/Berlin')).toBe(Date.parse('2026-10-25T00:30:00Z'));
  });

  it('reads ISO times with and without an offset', () => {
    expect(instantOfIso('2026-02-07T10:00:00+01:00', 'UTC')).toBe(Date.parse('2026-02-07T09:00:00Z'));
    expect(instantOfIso('2026-02-07T10:00:00Z', 'Europe/Berlin')).toBe(Date.parse('2026-02-07T10:00:00Z'));
    expect(instantOfIso('2026-02-07T10:00:00', 'Asia/Kolkata')).toBe(Date.parse('2026-02-07T04:30:00Z'));
    expect(instantOfIso('2026-02-30T25:00', 'UTC')).toBeNull();
  });

  it('reads frab durations', () => {
    expect(durationMs('00:45')).toBe(45 * 60_000);
    expect(durationMs('1:30')).toBe(90 * 60_000);
    expect(durationMs('01:00:30')).toBe(3_630_000);
    expect(durationMs('soon')).toBeNull();
    expect(durationMs('00:75')).toBeNull();
  });
});
