import { ZodError } from 'zod';

/** The first problem with a form, as a sentence for the user. */
export function formError(error: unknown): string {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return issue ? issue.message : 'Some fields do not fit.';
  }
  return error instanceof Error ? error.message : String(error);
}
