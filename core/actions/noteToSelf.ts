/**
 * Follow-ups written without a subject: terse notes to self built on verbs
 * of looking things up ("research X", "look at Y", "read up on Z", "check
 * out W"), reading or watching put off until later ("worth a watch", "needs
 * further exploration"), and judgements tied to the team's own use ("useful
 * for our workflow", "I can see us using this").
 */

/** Hedges a note may open with ("maybe look at…", "also check…"). */
const opener = '(?:(?:also|maybe|perhaps|definitely|def|then|and|still|probably|first|later|must|quickly|really|should|to do|todo)\\s+)*';

/** Verbs of looking things up, and what the reason calls them. */
const lookUpVerbs: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:look|dig|delve) (?:into|deeper into)\b/i, 'look into'],
  [/^look (?:at|over|through|for|up)\b/i, 'look at'],
  [/^read up (?:on|about)\b/i, 'read up on'],
  [/^(?:re-?)?search(?:es)? (?:for|on|in)\b/i, 'search for'],
  [/^research\b/i, 'research'],
  [/^(?:investigate|explore|evaluate)\b/i, 'look into'],
  [/^check (?:out|into|on)\b/i, 'check out'],
  [/^(?:check|verify|double-check|confirm)\b/i, 'check'],
  [/^google\b/i, 'look up'],
  [/^learn more (?:about|on)\b/i, 'read up on'],
  [/^(?:re-?)?read\b/i, 'read'],
  [/^(?:re-?)?watch\b(?! out)/i, 'watch'],
  [/^revisit\b/i, 'revisit'],
  [/^try(?: out)?\b/i, 'try'],
  [/^(?:test|play (?:with|around with))\b/i, 'try'],
];

/**
 * Broad verbs that speakers use for advice too ("read other people's code",
 * "try different approaches"): as a note to self they name something
 * particular — a link, a name, an identifier, code, the team — or say "later".
 */
const broadVerbs = new Set(['read', 'watch', 'try', 'check', 'test', 'look', 'play']);
const particular = /⟨link⟩|⟨title⟩|`|\b(?:we|us|our|later|tonight|tomorrow|afterwards)\b|\b[\p{L}\p{N}]*(?:\p{Ll}\p{Lu}|[._/][\p{L}])[\p{L}\p{N}._/-]*|(?<![.!?]\s)\b\p{Lu}[\p{L}]*/u;

export interface NoteFinding {
  /** What the reason says: "note to self: look into", "put off for later: worth a watch". */
  reason: string;
}

/** A clause that opens with a verb of looking something up. */
const openerStart = new RegExp(`^${opener}`, 'i');

export function noteToSelfOf(clause: string): NoteFinding | null {
  const match = openerStart.exec(clause);
  const rest = clause.slice(match?.[0].length ?? 0);
  for (const [pattern, name] of lookUpVerbs) {
    const verb = pattern.exec(rest);
    if (!verb) continue;
    const object = rest.slice(verb[0].length).trim();
    if (!/[\p{L}\p{N}⟨]/u.test(object)) return null;
    // "Research Software Engineer is a kind of…": the verb was the first word of a noun phrase.
    if (/^(?:\S+\s+){0,3}(?:is|are|was|were)\b/i.test(object) && !/^(?:if|whether|how|what|why|where|when|that|which)\b/i.test(object)) return null;
    const first = (verb[0].split(' ')[0] ?? '').toLowerCase().replace(/^re-?(read|watch)$/, '$1');
    // "check out X" is a look-up whatever X is; "look at", "try out" and the bare verbs need a particular object.
    if (!/^check (?:out|into|on)$/i.test(verb[0]) && broadVerbs.has(first) && !/^(?:out|into|on|up|if|whether|how|what|which|that)\b/i.test(object) && !particular.test(object)) return null;
    return { reason: `note to self: ${name}` };
  }
  return null;
}

const putOff: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bworth(?:while)?\s+(?:a|another|some|further|more|the|an?\s+\w+)?\s*(?:look|watch|read|try|listen|visit|exploration|investigation|research|reading|checking(?: out)?|exploring|investigating|looking (?:at|into)|trying|watching|reading up|a closer look|a deeper look)\b/i, 'worth a look'],
  [/\bworth(?:while)? (?:an? )?exercise\b|\bworthwhile (?:exercise|experiment|thing to (?:try|do))\b/i, 'worth trying'],
  [/\b(?:requires?|needs?|deserves?|merits?|warrants?)\s+(?:some\s+|more\s+|further\s+|a\s+(?:closer|deeper)\s+)+(?:research|exploration|investigation|reading|digging|thought|testing|looking into|look)\b/i, 'needs more research'],
  [/\bsomething (?:to|i want to|we should|i should) (?:look into|explore|investigate|research|try|read up on|keep an eye on|watch out for|think about|consider|dig into|follow)\b/i, 'something to look into'],
  [/\b(?:to (?:watch|read|try|rewatch) later|watch (?:it|this|the (?:talk|video|recording)) later|read (?:it|this) later)\b/i, 'to watch or read later'],
];

/** "not sure this was relevant for us", "probably not worth a look": a judgement turned down (a negation before it). */
const negated = /\b(?:not|never|no longer|hardly)\b|n't\b/i;

/** A negation earlier in the same comma-separated part of the clause. */
function negatedBefore(clause: string, index: number): boolean {
  return negated.test(clause.slice(0, index).split(',').pop() ?? '');
}

/** Reading, watching or research put off until later ("worth a watch", "requires more research"). */
export function putOffOf(clause: string): NoteFinding | null {
  for (const [pattern, name] of putOff) {
    const found = pattern.exec(clause);
    if (found && negatedBefore(clause, found.index)) continue;
    if (found) return { reason: `put off for later: ${name} ("${found[0].trim()}")` };
  }
  return null;
}

const modal = '(?:would|could|can|will|may|might|should|could\\s+probably|can\\s+probably|would\\s+probably)';
const teamUse: readonly RegExp[] = [
  new RegExp(`\\b(?:useful|helpful|handy|valuable|applicable|relevant|a good fit|perfect|great|ideal)\\s+(?:for|to|in)\\s+(?:us|our)\\b`, 'i'),
  new RegExp(`\\b${modal}\\s+(?:\\w+\\s+){0,2}(?:allow|let|help|enable)s?\\s+(?:us|me)\\s+(?:to\\s+)?\\w+`, 'i'),
  /\bsee (?:us|our team|myself|me) (?:using|adopting|trying|doing|running|applying)\b/i,
  new RegExp(`\\b${modal}\\s+(?:\\w+\\s+){0,2}(?:reduce|cut|lower|improve|simplify|speed up|save|fix|replace|solve)\\s+(?:\\w+\\s+){0,5}(?:our|my)\\s+\\w+`, 'i'),
  /\b(?:we|i) (?:could|can|might|should) (?:use|adopt|apply|borrow|steal) (?:this|that|it|these|those)\b/i,
];

/** A judgement tied to the note-taker's or team's own use: "this may be useful for our workflow". */
export function teamUseOf(clause: string): NoteFinding | null {
  for (const pattern of teamUse) {
    const found = pattern.exec(clause);
    if (found && negatedBefore(clause, found.index)) continue;
    // "…discussed where we could use it": a relative clause describes, it does not plan.
    if (found && /\b(?:where|what|which|that|how|whether|if)\s+$/i.test(clause.slice(0, found.index))) continue;
    if (found) return { reason: `for our own use: "${found[0].trim()}"` };
  }
  return null;
}
