/**
 * Headings that name the list below them as the writer's own to-dos: "Next
 * steps", "To do", "Actions for me", "Things to Google / Read", "Follow-ups",
 * "To read", "To watch". The whole heading must say so: a talk's heading that
 * merely contains the words ("Next steps for Django", "Why to-do apps fail",
 * "GitHub Actions") is an ordinary heading, and lines under an ordinary
 * heading are never action items because of it.
 */

/** What people list to do after a talk: "things to google", "to watch". */
const doings =
  '(?:google|read|re-?read|watch|re-?watch|try(?: out)?|do|check(?: out)?|look (?:at|into|up)|look up|research|explore|investigate|learn(?: more about)?|follow up(?: on)?|install|buy|listen to|play with|test|ask|remember)';
const doingList = `${doings}(?:\\s*(?:/|,|&|\\+|and|or)\\s*${doings})*`;
const audience = '(?:for (?:me|us|myself|the team|later)|later|after the (?:talk|conference|conf|event|trip)|when i get back)';

const todoHeading = new RegExp(
  `^(?:(?:my|our|personal)\\s+)?(?:` +
    [
      'actions? for me',
      'action items?',
      'action points?',
      'my actions?',
      'next steps?',
      'to-?dos?',
      'to do',
      'to-?do list',
      'follow[- ]?ups?',
      'homework',
      'take-?aways? for (?:me|us|the team)',
      'reading list',
      'watch ?list',
      `things (?:i want |i need |i'd like )?to ${doingList}`,
      `stuff to ${doingList}`,
      `to ${doingList}`,
      `${doings} later`,
    ].join('|') +
    `)(?:\\s+${audience})?$`,
  'i',
);

/** The heading's words: without numbering, emphasis, a trailing colon or emoji. */
function headingWords(heading: string): string {
  return heading
    .replace(/[*_`~]/g, '')
    .replace(/^\s*(?:#+\s*)?(?:\d+(?:\.\d+)*[.)]?\s+)?/, '')
    .replace(/[^\p{L}\p{N}/&+,'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when a heading announces the writer's own list of things to do. */
export function isTodoHeading(heading: string): boolean {
  // Every line under a heading asks about the same heading: remember the last answer.
  if (heading === last.heading) return last.answer;
  const words = headingWords(heading);
  last = { heading, answer: words !== '' && todoHeading.test(words) };
  return last.answer;
}

let last: { heading: string | null; answer: boolean } = { heading: null, answer: false };

/** "Django will add…", "The team plans to drop…": someone else's plan, listed under a talk's own "Next steps". */
const someoneElsesPlan = /^(?!(?:i|we|me|us)\b)[\p{L}\p{N}][\p{L}\p{N}.+#-]*(?:\s+[\p{L}\p{N}.+#-]+){0,3}\s+(?:will|shall|plans? to|is going to|are going to|intends? to|aims? to|wants? to)\b/iu;

/**
 * Whether a list item under a to-do heading is one of its to-dos: every item
 * with words in it, except a question (an open question is not a task) and a
 * statement of what someone else will do.
 */
export function isTodoListItem(text: string): boolean {
  const trimmed = text.trim();
  return /[\p{L}\p{N}]/u.test(trimmed) && !trimmed.endsWith('?') && !someoneElsesPlan.test(trimmed);
}
