/**
 * How a line of notes is cut into the pieces a follow-up is judged on: the
 * writer's own words (no bullets, time prefixes, emphasis or quotations),
 * then sentences, and within a sentence the parts split off by dashes,
 * semicolons, colons and parentheses. A paragraph that holds one plan among
 * reported facts is judged piece by piece, so the plan is found and the
 * facts around it do not count against it.
 */

export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes what is not the writer's own words: leading list bullets, time prefixes, asides' "#", emphasis, quotations, link targets. */
export function ownWords(text: string): string {
  return text
    .replace(/^(?:[#>*•·+-]+\s*)+/, '')
    .replace(/^(?:\d{3,4}|\d{1,2}:\d{2}(?::\d{2})?)\s*:?\s+/, '')
    .replace(/^\(\d+\s*min\)\s*/i, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1 ⟨link⟩')
    .replace(/<?https?:\/\/\S+?>?(?=[\s),;]|$)/g, '⟨link⟩')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    // Quoted words are someone else's; a quoted title ("Check "X" report") still names a thing.
    .replace(/"[^"]*"/g, ' ⟨title⟩ ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviation = /(?:^|[^a-z])(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|mr|mrs|ms|dr|prof|st|no|fig)\.$/i;

/** Sentences of a text, split after . ! ? followed by a space (not after an abbreviation). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]+(?=\s+|$)/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    // Only the last few characters can hold the abbreviation; testing the whole sentence would cost its length each time.
    if (abbreviation.test(text.slice(Math.max(start, end - 8), end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((sentence) => sentence.length > 0);
}

export interface Clause {
  text: string;
  /** The sentence it belongs to ends with a question mark. */
  question: boolean;
  /** It was written in parentheses. */
  aside: boolean;
  /** The words before a colon that introduces it ("Her advice: …", "Q&A: …"), when it follows one. */
  label: string | null;
}

/** The clauses of a line's own words, each sentence split at dashes, semicolons, colons and parentheses. */
export function clauses(own: string): Clause[] {
  const out: Clause[] = [];
  for (const sentence of sentences(own)) {
    const question = sentence.endsWith('?');
    // Parenthesised asides are clauses of their own: "thl-cmk (search on the exchange)".
    const asides: string[] = [];
    const main = sentence.replace(/\(([^()]*)\)/g, (_whole, inner: string) => {
      // "(and maybe should)" belongs to the clause around it.
      if (/^(?:and|or|but|maybe|probably|perhaps)\b/i.test(inner.trim())) return ` ${inner} `;
      asides.push(inner);
      return ' ';
    }).replace(/\s+([.,;:!?])/g, '$1');
    // Everything after "X: " in a sentence is introduced by X ("The answer from the Q&A: …, we will…").
    let previous: string | null = null;
    let label: string | null = null;
    // A comma before a new first-person clause starts a clause of its own: "…mentioned in slides, maybe we should…".
    // "If we…, we should…", "For example, we will…": the clause after the comma belongs to the opener.
    const subordinate = /^(?:if|when|whenever|once|as soon as|unless|because|since|while|although|though|after|before|until|for example|for instance|e\.g\.)/i.test(main.trim());
    const cut = subordinate ? main : main.replace(/,\s+(?=(?:(?:maybe|perhaps|probably|so|but|and|then|also)\s+)?(?:i|we)(?:'ll|'d|'m|'re)?\s)/gi, '; ');
    for (const part of cut.split(/(\s+(?:--|—|–|->|=>)\s+|;\s+|:\s+|\s+-\s+)/)) {
      if (/^(?:\s+(?:--|—|–|->|=>|-)\s+|;\s+|:\s+)$/.test(part)) {
        if (part.startsWith(':') && label === null) label = previous;
        continue;
      }
      const text = part.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      out.push({ text, question, aside: false, label });
      previous = text;
    }
    for (const aside of asides) {
      const text = aside.replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, question, aside: true, label: null });
    }
  }
  return out;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
