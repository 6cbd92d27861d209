import type { Channel, PlenaryBridge, RequestOf, ResponseOf } from '../../../core/ipc/contract';
import type { IpcError } from '../../../core/ipc/result';

declare global {
  interface Window {
    /** The typed bridge to the main process, exposed by the preload (one method per channel). */
    plenary?: PlenaryBridge;
  }
}

/** An IPC call that answered with an error; its message is written for the user. */
export class BridgeError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'BridgeError';
  }
}

export function bridge(): PlenaryBridge {
  const plenary = window.plenary;
  if (!plenary) throw new BridgeError({ code: 'no-bridge', message: 'Plenary could not reach its main process. Restart the app.' });
  return plenary;
}

/** Calls a channel and returns its value, or throws a BridgeError carrying the message to show. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const method = bridge()[channel] as unknown as (request: RequestOf<C>) => ReturnType<PlenaryBridge[C]>;
  const result = await method(request);
  if (!result.ok) throw new BridgeError(result.error);
  return result.value as ResponseOf<C>;
}

/**
 * Main's token for a file the user picked or dropped, to import it from disk
 * (with the images beside it); null where the bridge cannot name files (the
 * end-to-end harness) or for a file that is not a notes file on disk.
 */
export async function fileToken(file: File): Promise<string | null> {
  try {
    return (await window.plenary?.tokenForFile?.(file)) ?? null;
  } catch {
    return null;
  }
}
