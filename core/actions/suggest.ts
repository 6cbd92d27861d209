import { matchActionMarker } from './markers';
import { noteToSelfOf, putOffOf, teamUseOf } from './noteToSelf';
import { clauses, normalise, ownWords, wordCount } from './sentences';
import { isAbstract, isSomeoneElses } from './speakerCues';
import { isTodoHeading, isTodoListItem } from './todoHeadings';

/**
 * Finds follow-ups in notes: lines the writer did not mark but that read as
 * something they mean to do. Rule-based, offline and explainable: every
 * suggestion names the rule that fired, in words the user sees.
 *
 * A line is judged sentence by sentence, and each sentence clause by clause
 * (./sentences), so one plan among reported facts is found. A clause that
 * reads as someone else's words is passed over (./speakerCues): reported
 * speech, advice to "you", examples, conditions, habits, questions, quoted
 * text, a talk's abstract ("In this talk, I'll…").
 *
 * What counts:
 * - a first-person plan of the writer or their team: "I will sign up…",
 *   "maybe we should contact…", "I might try…", "we'd like to…";
 * - the same without a subject: "need to think about…", "must check out…";
 * - a note to self opening with a verb of looking things up: "research X",
 *   "look at Y", "read up on Z", "check out W" (./noteToSelf);
 * - reading or watching put off: "worth a watch", "needs more research";
 * - a judgement tied to the team's own use: "useful for our workflow";
 * - a follow-up verb with "later" ("look at X later"), "todo later";
 * - getting in touch with someone by name ("Ping the platform team…");
 * - a list item under a to-do heading ("Next steps", "Things to read");
 * - a line starting with a marker (TODO, Action:, [ ]) that was not converted.
 * An ordinary heading never makes the lines under it follow-ups.
 */
export type SuggestionRule =
  | 'marker'
  | 'todo-heading'
  | 'first-person'
  | 'bare-intention'
  | 'note-to-self'
  | 'put-off'
  | 'own-use'
  | 'later'
  | 'contact';

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
  'examine', 'dive', 'begin', 'help', 'focus', 'highlight', 'see', 'imagine', 'pretend', 'assume', 'suppose',
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

const laterCue =
  /\b(?:later|afterwards|after the (?:conf(?:erence)?|talk|event|trip)|when i get (?:back|home)|at some point|some ?day|this weekend|next week|tonight|tomorrow)\b/i;
const todoLater = /\b(?:todo|to-do|to do)\s+(?:later|list|item|after)\b|^(?:(?:def(?:initely)?|really|well)\s+)?worth (?:a (?:look|try|read|watch)|(?:checking|trying|reading|watching|looking)\b)/i;
const contactVerbs = /^(?:e-?mail|ping|message|dm|contact|follow up(?: with| w\/)?|reach out to|remind me|thank|ask|tell|talk to|meet (?:up )?with|intro(?:duce)? (?:me|myself) to)\s+(\S+)/i;

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
  // I might try… / we could look into…
  new RegExp(`\\b(i|we)\\s+${adverbRun}(might|may|could)\\s+${adverbRun}(try|look|check|consider|explore|investigate|adopt|contact|reach|ask|sign|test)\\b(?:\\s+([a-z-]+))?`, 'i'),
  // I'd like to… / we'd love to…
  new RegExp(`\\b(i|we)(?:'d|\\s+would)\\s+${adverbRun}(like to|love to|rather)\\s+${adverbRun}([a-z-]+)(?:\\s+([a-z-]+))?`, 'i'),
];

const bareIntention = new RegExp(
  `^${adverbRun}(need to|needs to|gotta|got to|have to|must remember to|must|should|want to|wanna|going to need to|going to have to|going to|gonna|ought to|remember to|don't forget to|do not forget to|note to self:?|reminder:?|to do:|would like to|'d like to|plan to)\\s+${adverbRun}([a-z-]+)`,
  'i',
);

const imperativeStart = new RegExp(`^${adverbRun}([a-z-]+)`, 'i');

function firstPersonIntention(text: string): Suggestion | null {
  // "we can (and maybe should) put…" plans what "should" plans.
  const clause = text.replace(/\b(?:can|could)\s+(?:and|or)\s+((?:maybe|probably|perhaps)\s+)?(should|must)\b/gi, '$1$2');
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
    // The words as written: "can (and maybe should)" was read as "maybe should" inside the match.
    const written = text.slice(match.index, match.index + match[0].length + (text.length - clause.length));
    return { rule: 'first-person', reason: `first-person plan: "${written.trim()}"` };
  }
  return null;
}

function bareIntentionOf(clause: string): Suggestion | null {
  const match = bareIntention.exec(clause);
  if (!match) return null;
  const verb = (match[2] ?? '').toLowerCase();
  if (!followUpVerbs.has(verb)) return null;
  return { rule: 'bare-intention', reason: `note to self: "${match[0].trim()}"` };
}

function laterOf(clause: string): Suggestion | null {
  const todo = todoLater.exec(clause);
  if (todo) return { rule: 'later', reason: `put off for later: "${todo[0]}"` };
  const verb = imperativeStart.exec(clause)?.[1]?.toLowerCase();
  if (!verb || !followUpVerbs.has(verb)) return null;
  const cue = laterCue.exec(clause);
  return cue ? { rule: 'later', reason: `put off for later: "${verb}" … "${cue[0]}"` } : null;
}

function contactOf(clause: string): Suggestion | null {
  const match = contactVerbs.exec(clause);
  if (!match) return null;
  const object = match[1] ?? '';
  if (/^(?:your|you|it|them|this|that|these|those|him|her|us|people|users|everyone|yourself)$/i.test(object)) return null;
  // ask, tell and talk to are follow-ups only with a named person: "Ask Priya", "Tell @sam".
  if (/^(?:ask|tell|talk to)\b/i.test(match[0]) && !/^(?:@|\p{Lu})/u.test(object)) return null;
  return { rule: 'contact', reason: `getting in touch: "${match[0]}"` };
}

/** True when a heading announces a list of things to do ("Actions for me", "Next steps", "To do", "Follow-ups"). */
export function isActionHeading(heading: string): boolean {
  return isTodoHeading(heading);
}

function clauseSuggestion(clause: string): Suggestion | null {
  const found = firstPersonIntention(clause) ?? bareIntentionOf(clause) ?? laterOf(clause) ?? contactOf(clause);
  if (found) return found;
  const note = noteToSelfOf(clause);
  if (note) return { rule: 'note-to-self', reason: note.reason };
  const putOff = putOffOf(clause);
  if (putOff) return { rule: 'put-off', reason: putOff.reason };
  const use = teamUseOf(clause);
  return use ? { rule: 'own-use', reason: use.reason } : null;
}

/**
 * Every word some rule below needs somewhere in its clause: a line with none
 * of them cannot be suggested, so most lines of notes are passed over with
 * one scan instead of being cut into clauses.
 */
const mayFire = new RegExp(
  `\\b(?:${[
    // first person, team, own use
    "i|we|let|us|our|me|my|myself",
    // intentions without a subject
    "need|needs|gotta|got|have|must|should|want|wanna|going|gonna|ought|remember|don't|do|note|reminder|would|plan",
    // later, put off
    'todo|to-do|worth|worthwhile|requires?|deserves?|merits?|warrants?|something|later|afterwards|after|when|some|someday|this|next|tonight|tomorrow',
    // getting in touch
    'e-?mail|ping|message|dm|contact|follow|reach|remind|thank|ask|tell|talk|meet|intro|introduce',
    // looking things up
    're-?read|read|re-?watch|watch|look|dig|delve|re-?search(?:es)?|research|searche?s?|investigate|explore|evaluate|check|verify|double-check|confirm|google|learn|revisit|try|test|play',
  ].join('|')})\\b|'d\\b`,
  'i',
);

/** The suggestion for one line of notes, or null when it does not read as a follow-up. */
export function suggestFollowUp(text: string, context: LineContext): Suggestion | null {
  if (context.block === 'quote') return null;
  const line = normalise(text);
  const marker = matchActionMarker(line);
  if (marker) return { rule: 'marker', reason: `starts with "${line.slice(0, marker.length).trim()}"` };
  if (context.block === 'heading') return null;
  if (context.block === 'listitem' && context.heading !== null && isTodoHeading(context.heading) && isTodoListItem(line)) {
    return { rule: 'todo-heading', reason: `listed under "${context.heading.trim()}"` };
  }
  if (!mayFire.test(line)) return null;
  const own = ownWords(line);
  if (wordCount(own.replace(/…|⟨\w+⟩/g, '')) < 1 || isAbstract(own)) return null;
  for (const clause of clauses(own)) {
    if (isSomeoneElses(clause)) continue;
    const found = clauseSuggestion(clause.text);
    if (found) return { rule: found.rule, reason: found.reason.replace(/\s*⟨\w+⟩/g, ' …').replace(/\s+/g, ' ') };
  }
  return null;
}
