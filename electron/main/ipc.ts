import { ipcMain } from 'electron';
import { createDispatcher, type Handlers } from '../../core/ipc/dispatch';
import { INVOKE_CHANNEL } from '../../core/ipc/contract';
import { fail } from '../../core/ipc/result';
import { isTrustedSender } from './appOrigin';

/**
 * The one IPC entry point. Order of checks: the sending frame must show the
 * app's own page (plenary://app); then the dispatcher checks the channel name
 * and validates the payload with the channel's zod schema; only then does a
 * handler run. Every answer is a Result, never a thrown error.
 */
export function registerIpc(handlers: Handlers): void {
  const dispatch = createDispatcher(handlers, (message, error) => console.error(message, error));
  ipcMain.handle(INVOKE_CHANNEL, async (event, channelName: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      console.warn(`Refused IPC ${String(channelName)} from ${event.senderFrame?.url ?? 'a closed frame'}`);
      return fail('forbidden-sender', 'This request did not come from a Plenary window and was refused.');
    }
    return dispatch(channelName, payload);
  });
}
