import { describe, expect, it } from 'vitest';
import { dayKey, formatClock, formatElapsed } from './stamps';

describe('formatClock', () => {
  const instant = Date.UTC(2013, 2, 15, 17, 55, 11); // Fri Mar 15 13:55:11 EDT 2013

  it('shows the time in the conference zone, not the machine zone', () => {
    expect(formatClock(instant, 'America/New_York', '24h', { locale: 'en-GB' })).toBe('13:55');
    expect(formatClock(instant, 'Europe/Berlin', '24h', { locale: 'en-GB' })).toBe('18:55');
    expect(formatClock(instant, 'Asia/Kolkata', '24h', { locale: 'en-GB' })).toBe('23:25');
  });

  it('follows a 12-hour clock when asked', () => {
    expect(formatClock(instant, 'America/New_York', '12h', { locale: 'en-US' })).toMatch(/^1:55\s?PM$/);
  });

  it('crosses a daylight-saving change correctly', () => {
    // US clocks went forward on 2013-03-10 at 02:00 local time.
    const beforeChange = Date.UTC(2013, 2, 10, 6, 30); // 01:30 EST
    const afterChange = Date.UTC(2013, 2, 10, 7, 30); // 03:30 EDT
    expect(formatClock(beforeChange, 'America/New_York', '24h', { locale: 'en-GB' })).toBe('01:30');
    expect(formatClock(afterChange, 'America/New_York', '24h', { locale: 'en-GB' })).toBe('03:30');
  });

  it('can include seconds', () => {
    expect(formatClock(instant, 'America/New_York', '24h', { locale: 'en-GB', withSeconds: true })).toBe('13:55:11');
  });
});

describe('formatElapsed', () => {
  const start = Date.UTC(2026, 10, 24, 9, 0, 0);
  it('shows minutes and seconds under an hour', () => {
    expect(formatElapsed(start + (12 * 60 + 5) * 1000, start)).toBe('+12:05');
    expect(formatElapsed(start + 5000, start)).toBe('+0:05');
  });
  it('shows hours past the first hour', () => {
    expect(formatElapsed(start + (3600 + 2 * 60 + 11) * 1000, start)).toBe('+1:02:11');
  });
  it('marks lines written before the start', () => {
    expect(formatElapsed(start - 30_000, start)).toBe('-0:30');
  });
});

describe('dayKey', () => {
  it('puts a late-evening line on the local day', () => {
    const lateEvening = Date.UTC(2026, 10, 25, 3, 0); // 22:00 on the 24th in New York
    expect(dayKey(lateEvening, 'America/New_York')).toBe('2026-11-24');
    expect(dayKey(lateEvening, 'UTC')).toBe('2026-11-25');
  });
});
