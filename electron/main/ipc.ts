import { ipcMain } from 'electron';
import { createDispatcher, type Handlers } from '../../core/ipc/dispatch';
import { GRANT_FILE_CHANNEL, INVOKE_CHANNEL } from '../../core/ipc/contract';
import { fail } from '../../core/ipc/result';
import { grantNotesFile } from '../services/import/grantNotesFile';
import type { PathGrants } from '../services/pathGrants';
import { isTrustedSender } from './appOrigin';

/**
 * The one IPC entry point. Order of checks: the sending frame must show the
 * app's own page (plenary://app); then the dispatcher checks the channel name
 * and validates the payload with the channel's zod schema; only then does a
 * handler run. Every answer is a Result, never a thrown error.
 */
export function registerIpc(handlers: Handlers, grants: PathGrants): void {
  const dispatch = createDispatcher(handlers, (message, error) => console.error(message, error));
  ipcMain.handle(INVOKE_CHANNEL, async (event, channelName: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      console.warn(`Refused IPC ${String(channelName)} from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return fail('forbidden-sender', 'This request did not come from a Plenary window and was refused.');
    }
    return dispatch(channelName, payload);
  });
  // The preload's one other request: a token for the path of a file the user picked or dropped.
  ipcMain.handle(GRANT_FILE_CHANNEL, async (event, filePath: unknown) => (isTrustedSender(event.senderFrame?.url) ? grantNotesFile(grants, filePath) : null));
}
