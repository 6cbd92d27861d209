import { z } from 'zod';
import type { ImportPlan } from '../../import/types';
import { isValidTimeZone } from '../../time/zones';
import { channel } from '../channel';
import { pathTokenSchema } from '../pathToken';

const importInput = z.union([
  /** A file on disk the user picked or dropped, by the token main gave for it. */
  z.object({ file: pathTokenSchema }).strict(),
  /** Text already read (pasted, or read by the renderer); the name decides markdown or text. */
  z.object({ name: z.string().min(1).max(300), text: z.string().max(6_000_000) }).strict(),
]);
const cancelKey = z.string().min(1).max(64).optional();

export type ImportInput = z.infer<typeof importInput>;

/** The plan for one file, or why it cannot be imported. */
export type FileImportPlan = { name: string; ok: true; plan: ImportPlan } | { name: string; ok: false; error: string };

export const importChannels = {
  /** Reads files and says what importing them would create; writes nothing. */
  importPlan: channel<{ files: FileImportPlan[] }>()(
    z
      .object({
        files: z.array(importInput).min(1).max(1000),
        conferenceName: z.string().trim().max(200).optional(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-24.').optional(),
        timeZone: z.string().refine(isValidTimeZone, 'Use an IANA time zone such as Europe/Berlin.').optional(),
        /** Lets `importCancel` stop this plan while it runs. */
        cancelKey,
      })
      .strict(),
    'read the files to import',
  ),
  /** Stops the `importPlan` started with this key (its answer is then `import-cancelled`); false when none was running. */
  importCancel: channel<{ cancelled: boolean }>()(z.object({ cancelKey: cancelKey.unwrap() }).strict(), 'cancel the import'),
};
