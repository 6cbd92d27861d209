import type { z } from 'zod';
import { ipcContract, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from './contract';
import { fail, ok, UserFacingError, type Result } from './result';

/** The code behind each channel. Main and the test harness build one from the same services. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full. Free some space, then try again.',
  EDQUOT: 'the disk quota is used up. Free some space, then try again.',
  EACCES: 'Plenary may not write there. Check the folder’s permissions, then try again.',
  EPERM: 'Plenary may not write there. Check the folder’s permissions, then try again.',
  EROFS: 'the disk is read-only. Choose a folder on a disk Plenary can write to.',
  EEXIST: 'a file is in the way of a folder Plenary needs. Move that file away, then try again.',
  ENOTDIR: 'a file is in the way of a folder Plenary needs. Move that file away, then try again.',
  EISDIR: 'a folder is where Plenary expected a file. Move that folder away, then try again.',
  ENOENT: 'a file or folder it needs is missing. Check that the disk is connected, then try again.',
  EMFILE: 'too many files are open. Close some programs, then try again.',
  EIO: 'the disk reported an error. Check the disk, then try again.',
};

/** What went wrong, in words for the user: never the system's message, which quotes paths and file content. */
function plainReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return REASONS[code] ?? 'something unexpected went wrong. Try again; if it keeps happening, restart Plenary.';
}

/**
 * Validates a request against the contract and runs its handler. Anything
 * that does not fit is refused before any service sees it, with a message
 * the renderer can show as it is.
 */
export function createDispatcher(handlers: Handlers, log: (message: string, error?: unknown) => void = () => {}) {
  return async function dispatch(channelName: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isChannel(channelName)) {
      return fail('unknown-channel', 'Plenary received a request it does not know. Restart the app; if it happens again, report it.');
    }
    const spec = ipcContract[channelName];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return fail(
        'invalid-request',
        `Could not ${spec.action}: the request did not fit (${describeIssues(parsed.error)}). Nothing was changed.`,
      );
    }
    const handler = handlers[channelName] as (request: unknown) => Promise<unknown>;
    try {
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof UserFacingError) return fail(error.code, error.message);
      log(`IPC ${channelName} failed`, error);
      // The system's own words ("EEXIST: file already exists, mkdir '/x'") go to the log, never to the user.
      return fail('failed', `Could not ${spec.action}: ${plainReason(error)}`);
    }
  };
}

/** Channels that need Electron itself (the folder dialog, the file manager); main provides these, services the rest. */
export const mainOnlyChannels = ['showFolder', 'chooseFolder'] as const satisfies readonly Channel[];
export type MainOnlyChannel = (typeof mainOnlyChannels)[number];
export type ServiceHandlers = Omit<Handlers, MainOnlyChannel>;
export type MainHandlers = Pick<Handlers, MainOnlyChannel>;
