import type { z } from 'zod';

/**
 * One IPC channel: a zod schema for the request (validated in main before any
 * service runs) and the response type (a phantom, for the types only).
 */
export interface ChannelSpec<Request extends z.ZodType, Response> {
  request: Request;
  /** Words for error messages: "save a session". */
  action: string;
  /** Only the type of this field matters. */
  response?: Response;
}

export function channel<Response>() {
  return <Request extends z.ZodType>(request: Request, action: string): ChannelSpec<Request, Response> => ({
    request,
    action,
  });
}
