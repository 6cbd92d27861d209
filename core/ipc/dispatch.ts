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
      const detail = error instanceof Error ? error.message : String(error);
      return fail('failed', `Could not ${spec.action}: ${detail}`);
    }
  };
}

/** Channels that need Electron itself (dialogs, shell, app); main provides these, services the rest. */
export const mainOnlyChannels = ['appInfo', 'openExternal', 'showFolder', 'chooseFolder', 'useArchiveFolder'] as const satisfies readonly Channel[];
export type MainOnlyChannel = (typeof mainOnlyChannels)[number];
export type ServiceHandlers = Omit<Handlers, MainOnlyChannel>;
export type MainHandlers = Pick<Handlers, MainOnlyChannel>;
