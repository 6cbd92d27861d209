import type { Clause } from './sentences';

/**
 * Signs that a clause gives someone else's words, not the note-taker's plan:
 * reported speech, advice addressed to the audience, a talk's abstract, an
 * example, a condition or a habit. Notes mostly record what a speaker said;
 * a follow-up is the exception, so any of these rules a clause out.
 */

/** Verbs of reported speech: a clause with one of these tells what someone else said. */
const reporting =
  /(?<!\bto )\b(?:said|says|told|tells|showed|shows|argued|argues|suggested|suggests|recommended|recommends|claimed|claims|mentioned|mentions|explained|explains|noted|insisted|insists|advised|advises|warned|warns|pointed out|points out|asked|asks|according to|announced|announces|promised|promises|stated|states|encouraged|encourages|urged|urges)\b/i;
const conditional = /^(?:if|unless|whether|in case|when you|once you|as long as)\b/i;
const habitual = /^(?:every time|everytime|whenever|usually|always|often|sometimes|normally|typically)\b/i;
const example = /^(?:for example|for instance|e\.g\.?|i\.e\.?|such as|like)\b/i;
/** "you", "your": the speaker talking to the audience ("you need to read the code", "ask yourself"). */
const addressed = /\b(?:you|your|yours|yourself|yourselves|you're|you'll|you'd|you've|y'all)\b/i;
/** The words before a colon that mark what follows as someone else's point. */
const reportedLabel =
  /\b(?:recommendations?|advice|tips?|lessons?(?: learned)?|takeaways?|messages?|points?|thesis|claims?|moral|conclusions?|slides?|observations?|answers?|responses?|replies|reply|quotes?|q ?& ?a|q|a|questions?|speaker|panel(?:ist)?s?|audience|abstract|bio|summary|quote of the day|goal|goals|motto|rule|rules|principles?|mantra)$/i;
/** "Jane Doe: I will…", "Panelist 2: we should…": a line given to a named speaker. */
const attributed = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$|^(?:speaker|panelist|panellist|presenter|moderator|host|guest)\s*\d*$/u;
/** Labels a note-taker puts before their own note ("Note: …", "Idea: …", "Me: …"). */
const ownLabel = /^(?:note|notes|note to self|idea|ideas|me|todo|to do|reminder|action|next|later|follow-?up|plan|for us|us|our team|team)$/i;
/** A talk's own abstract or plan: "In this talk, I'll…", "This session will…", "Today we'll…". */
const abstractStart =
  /^(?:in (?:this|today's|the) (?:talk|session|workshop|presentation|keynote|tutorial|panel|lecture|webinar|course|class|post|article|chapter|episode)|(?:this|the|my|our) (?:talk|session|workshop|presentation|keynote|tutorial|panel|lecture) (?:will|is going to|aims|covers|shows|explores)|today,? (?:i|we)(?:'ll| will| are going to|'re going to)|join (?:me|us)|attendees will|you will learn|you'll learn)\b/i;

export function isAbstract(own: string): boolean {
  return abstractStart.test(own);
}

/** True when the clause reads as someone else's words (or not as a plan at all). */
export function isSomeoneElses(clause: Clause): boolean {
  const { text } = clause;
  if (clause.question) return true;
  if (conditional.test(text) || habitual.test(text) || example.test(text)) return true;
  if (reporting.test(text) || addressed.test(text)) return true;
  if (clause.label !== null && !ownLabel.test(clause.label.trim())) {
    const label = clause.label.trim();
    if (reportedLabel.test(label)) return true;
    // "Caching: research NSCache" is a topic and a note; "Jane Doe: we will ship it" is Jane's.
    if (attributed.test(label) && /^(?:i|we)\b/i.test(text)) return true;
  }
  return false;
}
