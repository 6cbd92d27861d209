import { BridgeError } from '../bridge/plenary';

/** A failed export as the dialog shows it: what happened, and what the user can do about it. */
export interface ExportFailure {
  message: string;
  hint: string;
}

const hints: Array<[RegExp, string]> = [
  [/\b(EACCES|EPERM|EROFS)\b/, 'Plenary may not write there. Choose a folder you can write to (inside your home folder, for example), then export again.'],
  [/\bENOSPC\b/, 'The disk is full. Free some space, then export again.'],
  [/\b(ENOTDIR|EEXIST)\b/, 'A file stands where a folder should be. Choose a folder, not a file, then export again.'],
  [/\bENOENT\b/, 'The folder is no longer there. Choose it again, then export again.'],
  [/\b(EBUSY|EMFILE|ENFILE)\b/, 'Another program is holding the files. Close it, wait a moment, then export again.'],
];

/** Main names a failed disk operation by its kind (core/ipc/dispatch.ts), never by the system's text. */
const hintsByCode: Record<string, string> = {
  'no-permission': hints[0]![1],
  'disk-full': hints[1]![1],
  'in-the-way': hints[2]![1],
  'not-found': hints[3]![1],
  busy: hints[4]![1],
};

/** Turns what an export threw into a message and a next step; the message is kept as the main process wrote it. */
export function describeExportFailure(error: unknown, hint?: string): ExportFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (hint) return { message, hint };
  if (error instanceof BridgeError && error.error.code === 'no-bridge') return { message, hint: 'Restart Plenary; your notes are saved.' };
  const byCode = error instanceof BridgeError ? hintsByCode[error.error.code] : undefined;
  if (byCode) return { message, hint: byCode };
  for (const [pattern, text] of hints) if (pattern.test(message)) return { message, hint: text };
  return { message, hint: 'Check that the export folder exists and that you may write to it, or choose another folder, then export again.' };
}
