import type { StampWriter } from '../markdown/stampTransformers';
import { clockTime, elapsedLabel } from './dates';
import type { ExportStampMode } from './options';

/** How stamps are written for a mode; `undefined` leaves them out. */
export function stampWriterFor(mode: ExportStampMode, timeZone: string, sessionStart: number): StampWriter | undefined {
  switch (mode) {
    case 'none':
      return undefined;
    case 'clock':
      return { placement: 'prefix', render: (stamp) => `${clockTime(stamp, timeZone)} ` };
    case 'bold':
      return { placement: 'prefix', render: (stamp) => `**${clockTime(stamp, timeZone)}** ` };
    case 'elapsed':
      return { placement: 'prefix', render: (stamp) => `[${elapsedLabel(stamp, sessionStart)}] ` };
    case 'line':
      return { placement: 'line', render: (stamp) => `*${clockTime(stamp, timeZone)}*` };
  }
}

/** A live blog always shows the time of each entry: as a line, plain, or (by default) bold. */
export function liveblogWriter(mode: ExportStampMode, timeZone: string): StampWriter {
  if (mode === 'line' || mode === 'clock') return stampWriterFor(mode, timeZone, 0) as StampWriter;
  return stampWriterFor('bold', timeZone, 0) as StampWriter;
}
