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

/** A system error by kind: the code the window can act on, and the words it shows. */
const REASONS: Record<string, [code: string, reason: string]> = {
  ENOSPC: ['disk-full', 'the disk is full. Free some space, then try again.'],
  EDQUOT: ['disk-full', 'the disk quota is used up. Free some space, then try again.'],
  EACCES: ['no-permission', 'Plenary may not write there. Check the folder’s permissions, then try again.'],
  EPERM: ['no-permission', 'Plenary may not write there. Check the folder’s permissions, then try again.'],
  EROFS: ['no-permission', 'the disk is read-only. Choose a folder on a disk Plenary can write to.'],
  EEXIST: ['in-the-way', 'a file is in the way of a folder Plenary needs. Move that file away, then try again.'],
  ENOTDIR: ['in-the-way', 'a file is in the way of a folder Plenary needs. Move that file away, then try again.'],
  EISDIR: ['in-the-way', 'a folder is where Plenary expected a file. Move that folder away, then try again.'],
  ENOENT: ['not-found', 'a file or folder it needs is missing. Check that the disk is connected, then try again.'],
  EBUSY: ['busy', 'another program is holding the files. Close it, wait a moment, then try again.'],
  EMFILE: ['busy', 'too many files are open. Close some programs, then try again.'],
  ENFILE: ['busy', 'too many files are open. Close some programs, then try again.'],
  EIO: ['failed', 'the disk reported an error. Check the disk, then try again.'],
};

/** What went wrong, by kind and in words for the user: never the system's message, which quotes paths and file content. */
function plainFailure(error: unknown): [code: string, reason: string] {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return REASONS[code] ?? ['failed', 'something unexpected went wrong. Try again; if it keeps happening, restart Plenary.'];
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
      const [code, reason] = plainFailure(error);
      return fail(code, `Could not ${spec.action}: ${reason}`);
    }
  };
}

/** Channels that need Electron itself (app information, the folder dialog, the file manager, the archive's place); main provides these, services the rest. */
export const mainOnlyChannels = ['appInfo', 'showFolder', 'chooseFolder', 'useArchiveFolder'] as const satisfies readonly Channel[];
export type MainOnlyChannel = (typeof mainOnlyChannels)[number];
export type ServiceHandlers = Omit<Handlers, MainOnlyChannel>;
export type MainHandlers = Pick<Handlers, MainOnlyChannel>;
