/** Every IPC call answers with a result, never a thrown error, so the renderer can always show what went wrong. */
export interface IpcError {
  /** Stable, machine-readable: 'invalid-request', 'unknown-channel', 'forbidden-sender', 'failed', or a service's own. */
  code: string;
  /** A sentence for the user that says what happened and what to do. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/** An error a service throws on purpose; its message is shown to the user as it is. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
