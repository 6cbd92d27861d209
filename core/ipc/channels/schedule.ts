import { z } from 'zod';
import type { ParsedSchedule } from '../../schedule/types';
import { isValidTimeZone } from '../../time/zones';
import { channel } from '../channel';

// The window never names a path (a picked or dropped file is read by the window itself, and sent as text), so a
// page that has been taken over cannot have main read a file of its choosing; the command line reads files directly.
const scheduleInput = z.union([
  /** Text read by the window from a file the user picked or dropped; the name is for messages. */
  z.object({ name: z.string().min(1).max(300), text: z.string().max(20 * 1024 * 1024) }).strict(),
  /** An https address the user typed: main downloads it, only then. */
  z.object({ url: z.string().min(1).max(2000) }).strict(),
]);
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const scheduleChannels = {
  /** Reads and checks a schedule (a file, text, or an https address) and answers what it holds; writes nothing. */
  scheduleRead: channel<{ schedule: ParsedSchedule }>()(
    z
      .object({
        source: scheduleInput,
        /** The zone of times the file gives without one (Sessionize). */
        timeZone: z.string().refine(isValidTimeZone, 'Use an IANA time zone such as Europe/Berlin.').optional(),
        conferenceName: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    'read the schedule',
  ),
};
