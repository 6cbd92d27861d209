import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import type { FetchOptions } from './fetchSchedule';
import { readSchedule } from './readSchedule';

type ScheduleHandlers = Pick<ServiceHandlers, 'scheduleRead'>;

/**
 * Schedules: read a file, text or an https address and answer what it holds.
 * Nothing is written here; the window plans the import against its store,
 * shows the preview, and stores what the user accepts like any other record.
 */
export function createScheduleHandlers(fetchOptions: FetchOptions = {}): ScheduleHandlers {
  return {
    scheduleRead: async ({ source, timeZone, conferenceName }) => ({
      schedule: await readSchedule(source, { ...(timeZone ? { fallbackTimeZone: timeZone } : {}), ...(conferenceName ? { conferenceName } : {}) }, fetchOptions),
    }),
  };
}
