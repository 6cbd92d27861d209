import { ZodError } from 'zod';

/** What each form field is called in a sentence. */
const fieldNames: Record<string, string> = {
  name: 'The name',
  title: 'The title',
  location: 'The location',
  room: 'The room',
  track: 'The track',
  speakers: "A speaker's name",
  tags: 'A tag',
  url: 'The link',
  timeZone: 'The time zone',
  startDate: 'The first day',
  endDate: 'The last day',
  description: 'The description',
};

/** Zod's own wording ("Too big: expected string to have <=200 characters") is not for people. */
function isLibraryWording(message: string): boolean {
  return /^(Too big|Too small|Invalid|Expected)/.test(message);
}

/** The first problem with a form, as a sentence for the user that says what to do. */
export function formError(error: unknown): string {
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    if (!issue) return 'Some fields do not fit.';
    if (!isLibraryWording(issue.message)) return issue.message;
    const key = issue.path.find((part): part is string => typeof part === 'string') ?? '';
    const field = fieldNames[key] ?? 'A field';
    if (issue.code === 'too_big' && issue.origin === 'string') return `${field} is too long: keep it to ${String(issue.maximum)} characters.`;
    if (issue.code === 'too_big') return `${field} has too many entries: keep it to ${String(issue.maximum)}.`;
    if (issue.code === 'too_small') return `${field} is missing: fill it in.`;
    return `${field} does not look right: check it and try again.`;
  }
  return error instanceof Error ? error.message : String(error);
}
