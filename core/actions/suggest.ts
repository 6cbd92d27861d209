import { matchActionMarker } from './markers';

/**
 * Finds follow-ups in prose: lines the writer did not mark but that read as
 * something they mean to do. Rule-based, offline and explainable: every
 * suggestion names the rule that fired and the words that made it fire.
 *
 * What counts:
 * - first-person intentions: "I need to…", "I'll try…", "we should…",
 *   "I'd like to…", "we will need to…";
 * - the same without a subject, with a follow-up verb: "need to watch…",
 *   "must check out…", "gotta try…", "remember to email…", "note to self: …";
 * - "todo later", or a follow-up verb with "later" ("look at X later");
 * - asking, pinging or emailing someone by name ("Ping the platform team…");
 * - imperatives and short notes in lists under a heading such as "Actions
 *   for me", "Next steps", "To do", "Follow-ups", "Homework";
 * - lines starting with a marker (TODO, Action:, [ ]) that were not converted.
 * What does not: what a speaker said or did ("He showed us how…", "she said
 * we should…"), quotes, questions, the past ("we needed to", "should have"),
 * "you" advice, conditionals ("if we need to…"), habits ("every time I…"),
 * negations ("I don't need to…"), and a talk's own plan ("I'll talk about…").
 */
export type SuggestionRule = 'marker' | 'intention' | 'bare-intention' | 'later' | 'contact' | 'action-heading';

export interface LineContext {
  /** Text of the nearest heading above the line, if any. */
  heading: string | null;
  block: 'paragraph' | 'heading' | 'quote' | 'listitem';
}

export interface Suggestion {
  rule: SuggestionRule;
  /** Why, in words a user can read in the margin. */
  reason: string;
}

const adverbs =
  'really|definitely|totally|seriously|probably|surely|certainly|absolutely|also|still|just|actually|finally|maybe|perhaps|quickly|soon|then|now|def|defo|prob|totes|so|too|all|both|eventually|urgently|first|hopefully|later';
const adverbRun = `(?:(?:${adverbs})\\s+)*`;

/** Verbs of a talk's own plan: "I'll talk about…", "I plan to explain…" describe the talk, not a follow-up. */
const discourseVerbs = new Set([
  'talk', 'explain', 'say', 'share', 'cover', 'discuss', 'describe', 'show', 'present', 'mention', 'introduce',
  'demonstrate', 'demo', 'emphasize', 'emphasise', 'restate', 'outline', 'touch', 'conclude', 'summarize',
  'summarise', 'argue', 'walk', 'go', 'wrap', 'answer', 'illustrate', 'recap', 'elaborate',
]);

/** Verbs that do not name something to do. */
const stativeVerbs = new Set(['be', 'been', 'not', 'never', 'have', 'had', 'seem', 'know', 'say', 'feel']);

/** Verbs of follow-up work: what people leave a talk meaning to do. Used where there is no subject. */
const followUpVerbs = new Set([
  'try', 'watch', 'rewatch', 're-watch', 'read', 'reread', 're-read', 'check', 'look', 'email', 'e-mail', 'mail',
  'ping', 'message', 'dm', 'call', 'contact', 'ask', 'tell', 'talk', 'follow', 'reach', 'thank', 'send', 'share',
  'post', 'write', 'blog', 'tweet', 'submit', 'file', 'open', 'fix', 'update', 'install', 'set', 'setup', 'build',
  'play', 'learn', 'study', 'review', 'explore', 'investigate', 'research', 'evaluate', 'compare', 'benchmark',
  'test', 'experiment', 'prototype', 'port', 'migrate', 'upgrade', 'add', 'remove', 'replace', 'rewrite',
  'refactor', 'download', 'grab', 'get', 'buy', 'order', 'book', 'register', 'sign', 'join', 'subscribe', 'star',
  'bookmark', 'save', 'find', 'figure', 'dig', 'think', 'schedule', 'plan', 'organize', 'organise', 'prepare',
  'practice', 'practise', 'apply', 'borrow', 'steal', 'adopt', 'switch', 'move', 'catch', 'revisit', 'finish',
  'start', 'propose', 'contribute', 'report', 'document', 'record', 'note', 'introduce', 'invite', 'meet', 'visit',
  'attend', 'listen', 'skim', 'print', 'rate', 'give', 'fetch', 'pull', 'clone', 'fork', 'run', 'profile',
  'measure', 'sort', 'clean', 'draft', 'reply', 'respond', 'pitch', 'suggest', 'request', 'renew', 'pay',
  'reserve', 'remind', 'track', 'investigate', 'poke', 'tinker', 'hack', 'spike', 'trial', 'pilot', 'integrate',
  'enable', 'configure', 'deploy', 'automate', 'script', 'translate', 'summarize', 'summarise', 'collect',
  'gather', 'research', 'google', 'search', 'hunt', 'chase', 'nudge', 'verify', 'confirm', 'double-check', 'see',
]);

/** Verbs of reported speech: a clause with one of these tells what someone else said. */
const reportingPattern =
  /(?<!\bto )\b(?:said|says|told|tells|showed|argued|argues|suggested|suggests|recommended|recommends|claimed|mentioned|mentions|explained|explains|noted|insisted|insists|advised|advises|warned|warns|pointed out|points out|asked|asks|according to)\b/i;
const conditionalStart = /^(?:if|unless|whether|in case|when you|once you)\b/i;
const habitualStart = /^(?:every time|everytime|whenever|usually|always|often|sometimes|normally|typically)\b/i;
const laterCue =
  /\b(?:later|afterwards|after the (?:conf(?:erence)?|talk|event|trip)|when i get (?:back|home)|at some point|some ?day|this weekend|next week|tonight|tomorrow)\b/i;
const todoLater = /\b(?:todo|to-do|to do)\s+(?:later|list|item|after)\b|^(?:(?:def(?:initely)?|really|well)\s+)?worth (?:a (?:look|try|read|watch)|(?:checking|trying|reading|watching|looking)\b)/i;
const contactVerbs = /^(?:e-?mail|ping|message|dm|contact|follow up(?: with| w\/)?|reach out to|remind me|thank|ask|tell|talk to|meet (?:up )?with|intro(?:duce)? (?:me|myself) to)\s+(\S+)/i;
const finiteVerb =
  /\b(?:will|is|are|was|were|plans?|has|have|had|does|did|wants?|needs?|should|can|could|would|says|said|showed|shows|'s|’s)\b/i;
const actionHeading =
  /\b(?:actions?(?: items?)?(?: for me)?|next steps?|to-?dos?|to do|follow[- ]?ups?|homework|take-?aways for me|things to (?:try|do|read|watch|check(?: out)?)|to (?:read|watch|try|check)|my (?:to-?dos?|actions?|tasks?)|reading list|watch list|action points)\b/i;

/** First-person intentions; each pattern captures the subject, the modal (if any), the verb and the word after it. */
const firstPersonPatterns: readonly RegExp[] = [
  // I'll try… / we will prototype… / I shall read…
  new RegExp(`\\b(i|we)(?:'ll|\\s+will|\\s+shall)\\s+${adverbRun}()(?!need|have|want)([a-z-]+)(?:\\s+([a-z-]+))?`, 'i'),
  // I need to… / we should… / I'm going to… / I really want to… / we will need to…
  new RegExp(
    `\\b(i|we)(?:'m|'re|\\s+am|\\s+are|'ll|\\s+will)?\\s+${adverbRun}(need to|have to|got to|gotta|must remember to|must|should|ought to|want to|wanna|plan to|intend to|going to need to|going to have to|going to|gonna|mean to|hope to|aim to)\\s+${adverbRun}([a-z-]+)(?:\\s+([a-z-]+))?`,
    'i',
  ),
  // I'm hoping to… / we're planning to…
  new RegExp(`\\b(i|we)(?:'m|'re|\\s+am|\\s+are)\\s+${adverbRun}(hoping to|planning to|aiming to|intending to|meaning to|dying to|keen to|eager to)\\s+${adverbRun}([a-z-]+)(?:\\s+([a-z-]+))?`, 'i'),
  // let's try… / let us ask…
  new RegExp(`\\b(let's|let us)\\s+${adverbRun}()([a-z-]+)(?:\\s+([a-z-]+))?`, 'i'),
  // I'd like to… / we'd love to…
  new RegExp(`\\b(i|we)(?:'d|\\s+would)\\s+${adverbRun}(like to|love to|rather)\\s+${adverbRun}([a-z-]+)(?:\\s+([a-z-]+))?`, 'i'),
];

const bareIntention = new RegExp(
  `^${adverbRun}(need to|needs to|gotta|got to|have to|must remember to|must|should|want to|wanna|going to need to|going to have to|going to|gonna|ought to|remember to|don't forget to|do not forget to|note to self:?|reminder:?|to do:|would like to|'d like to|plan to)\\s+${adverbRun}([a-z-]+)`,
  'i',
);

const imperativeStart = new RegExp(`^${adverbRun}([a-z-]+)`, 'i');

function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes what is not the writer's own words: leading list bullets, time prefixes, asides' "#", emphasis, quotations. */
function ownWords(text: string): string {
  return text
    .replace(/^(?:[#>*•·+-]+\s*)+/, '')
    .replace(/^(?:\d{3,4}|\d{1,2}:\d{2}(?::\d{2})?)\s*:?\s+/, '')
    .replace(/^\(\d+\s*min\)\s*/i, '')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .replace(/"[^"]*"/g, ' … ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Clauses of a line: sentences, and parts split by dashes or semicolons. Questions are dropped. */
function clauses(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+|\s+(?:--|—|–)\s+|;\s+|\s+-\s+/);
  return parts.map((part) => part.trim()).filter((part) => part.length > 0 && !part.endsWith('?'));
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function firstPersonIntention(clause: string): Suggestion | null {
  for (const pattern of firstPersonPatterns) {
    const match = pattern.exec(clause);
    if (!match) continue;
    const before = clause.slice(0, match.index);
    // "that's what I plan to use", "the thing we should fix": a relative clause describes, it does not intend.
    if (/\b(?:what|which|that|who|whom|where|whether|if)\s*$/i.test(before)) continue;
    // "The recommendation: we need to…", "Her advice: we should…" report someone else's point.
    if (/\b(?:recommendation|advice|tip|lesson|takeaway|message|point|thesis|claim|moral|conclusion|slide)s?\s*:\s*$/i.test(before)) continue;
    let verb = (match[3] ?? '').toLowerCase();
    let next = (match[4] ?? '').toLowerCase();
    if (verb === 'be' && next.endsWith('ing')) {
      verb = next.replace(/ing$/, '');
      next = '';
    }
    if ((verb === 'start' || verb === 'begin') && (next === 'by' || next === 'with')) continue;
    // "talk to legal" is getting in touch; "talk about X" is a talk's plan.
    const contact = verb === 'talk' && (next === 'to' || next === 'with');
    if (!contact && (stativeVerbs.has(verb) || discourseVerbs.has(verb) || discourseVerbs.has(`${verb}e`))) continue;
    return { rule: 'intention', reason: `first-person intention: "${match[0].trim()}"` };
  }
  return null;
}

function bareIntentionOf(clause: string): Suggestion | null {
  const match = bareIntention.exec(clause);
  if (!match) return null;
  const verb = (match[2] ?? '').toLowerCase();
  if (!followUpVerbs.has(verb)) return null;
  return { rule: 'bare-intention', reason: `intention without a subject: "${match[0].trim()}"` };
}

function laterOf(clause: string): Suggestion | null {
  const todo = todoLater.exec(clause);
  if (todo) return { rule: 'later', reason: `marked "${todo[0]}"` };
  const verb = imperativeStart.exec(clause)?.[1]?.toLowerCase();
  if (!verb || !followUpVerbs.has(verb)) return null;
  const cue = laterCue.exec(clause);
  return cue ? { rule: 'later', reason: `"${verb}" with "${cue[0]}"` } : null;
}

function contactOf(clause: string): Suggestion | null {
  const match = contactVerbs.exec(clause);
  if (!match) return null;
  const object = match[2] ?? '';
  if (/^(?:your|you|it|them|this|that|these|those|him|her|us|people|users|everyone|yourself)$/i.test(object)) return null;
  // ask, tell and talk to are follow-ups only with a named person: "Ask Priya", "Tell @sam".
  if (/^(?:ask|tell|talk to)\b/i.test(match[0]) && !/^(?:@|\p{Lu})/u.test(object)) return null;
  return { rule: 'contact', reason: `getting in touch: "${match[0]}"` };
}

function underActionHeading(clause: string, context: LineContext): Suggestion | null {
  if (!context.heading || context.block === 'heading' || !actionHeading.test(context.heading)) return null;
  const verb = imperativeStart.exec(clause)?.[1]?.toLowerCase();
  const imperative = verb !== undefined && followUpVerbs.has(verb);
  // Under "Next steps" a talk may list its own plans ("Django will add…"): only imperatives and bare notes count.
  if (!imperative && (finiteVerb.test(clause) || wordCount(clause) > 10)) return null;
  return { rule: 'action-heading', reason: `listed under "${context.heading.trim()}"` };
}

/** True when a heading announces a list of things to do ("Actions for me", "Next steps", "To do", "Follow-ups"). */
export function isActionHeading(heading: string): boolean {
  return actionHeading.test(heading);
}

/** The suggestion for one line of notes, or null when it does not read as a follow-up. */
export function suggestFollowUp(text: string, context: LineContext): Suggestion | null {
  if (context.block === 'quote') return null;
  const line = normalise(text);
  const marker = matchActionMarker(line);
  if (marker) return { rule: 'marker', reason: `starts with "${line.slice(0, marker.length).trim()}"` };
  const own = ownWords(line);
  if (wordCount(own.replace(/…/g, '')) < 1) return null;
  for (const clause of clauses(own)) {
    if (conditionalStart.test(clause) || habitualStart.test(clause)) continue;
    if (reportingPattern.test(clause)) continue;
    if (/\byou(?:'re|'ll|'d)?\b/i.test(clause) && !/\b(?:i|we)\b/i.test(clause)) continue;
    const found =
      firstPersonIntention(clause) ??
      bareIntentionOf(clause) ??
      laterOf(clause) ??
      contactOf(clause) ??
      underActionHeading(clause, context);
    if (found) return found;
  }
  return null;
}
