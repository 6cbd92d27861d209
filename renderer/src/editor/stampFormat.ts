import type { StampDisplayMode } from '../../../core/model/session';
import { formatClock, formatElapsed, type ClockFormat } from '../../../core/time/stamps';

export interface StampView {
  mode: StampDisplayMode;
  timeZone: string;
  clock: ClockFormat;
  /** The live clock's start; elapsed mode falls back to clock time without it. */
  sessionStart: number | undefined;
}

/** What the gutter shows for a stamp, or null when stamps are hidden. */
export function stampLabel(stamp: number, view: StampView): string | null {
  if (view.mode === 'hidden') return null;
  if (view.mode === 'elapsed' && view.sessionStart !== undefined) return formatElapsed(stamp, view.sessionStart);
  return formatClock(stamp, view.timeZone, view.clock);
}
