/**
 * Stamps are UTC instants (epoch ms). They are shown in the conference's time
 * zone, or as time elapsed since the session started.
 */
export type ClockFormat = 'auto' | '24h' | '12h';

// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone and format.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, clock: ClockFormat, withSeconds: boolean, locale?: string): Intl.DateTimeFormat {
  const key = `${timeZone}|${clock}|${withSeconds}|${locale ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // 24-hour clocks read best padded ("09:05"), 12-hour clocks not ("9:05 AM").
    const cycle = clock === 'auto' ? new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle : clock === '24h' ? 'h23' : 'h12';
    const twelveHour = cycle === 'h12' || cycle === 'h11';
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: twelveHour ? 'numeric' : '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
      ...(clock === 'auto' ? {} : { hourCycle: clock === '24h' ? 'h23' : 'h12' }),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Clock time of a stamp in a zone: "13:55" (or "1:55 PM" on a 12-hour clock). */
export function formatClock(
  stamp: number,
  timeZone: string,
  clock: ClockFormat = 'auto',
  options: { withSeconds?: boolean; locale?: string } = {},
): string {
  return formatterFor(timeZone, clock, options.withSeconds ?? false, options.locale).format(stamp);
}

/** Elapsed time since the session started: "+12:05", "+1:02:11", "-0:30" before the start. */
export function formatElapsed(stamp: number, sessionStart: number): string {
  const totalSeconds = Math.floor(Math.abs(stamp - sessionStart) / 1000);
  const sign = stamp < sessionStart ? '-' : '+';
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ("2026-11-24") of an instant in a zone. */
export function dayKey(stamp: number, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(stamp);
}
