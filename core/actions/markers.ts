/**
 * Which typed line becomes an action item. The editor turns a line into a
 * check-list item when its text starts with one of these markers; the
 * marker is removed and the rest of the line kept.
 *
 * - `[] `, `[ ] ` (the markdown task form, optionally after `- ` or `* `),
 *   `[x] ` for an item already done;
 * - `TODO` in capitals followed by a space or a colon ("TODO call Ana",
 *   "TODO: call Ana"); any capitalisation with a colon or a dash
 *   ("todo: …", "Todo - …");
 * - `Action:` or `Action item:` in any capitalisation, with the colon;
 * - `AI:` in capitals with the colon (an action item, in meeting-notes
 *   shorthand); typing it does not convert the line at once, since notes on
 *   artificial intelligence start lines that way too (see isBareMarker).
 *
 * A word that merely starts with the letters ("Todoist", "Actionable") or
 * "todo" in the middle of a sentence is not a marker.
 */
export type ActionMarkerKind = 'checkbox' | 'todo' | 'action';

export interface ActionMarker {
  kind: ActionMarkerKind;
  /** True for `[x] `: the item is already done. */
  checked: boolean;
  /** How many characters at the start of the line the marker takes (with its separator). */
  length: number;
  /** The line without the marker, trimmed. */
  text: string;
}

const patterns: ReadonlyArray<{ kind: ActionMarkerKind; pattern: RegExp }> = [
  { kind: 'checkbox', pattern: /^\s*(?:[-*+]\s+)?\[( ?|[xX])\]\s+/ },
  { kind: 'todo', pattern: /^\s*TODO(?::\s*|\s+)/ },
  { kind: 'todo', pattern: /^\s*to-?do\s*(?::|\s[-–—])\s*/i },
  { kind: 'action', pattern: /^\s*action(?:\s+item)?\s*:\s*/i },
  { kind: 'action', pattern: /^\s*AI:\s+/ },
];

/** The marker at the start of a line of text, or null when the line has none. */
export function matchActionMarker(line: string): ActionMarker | null {
  for (const { kind, pattern } of patterns) {
    const match = pattern.exec(line);
    if (!match) continue;
    const text = line.slice(match[0].length).trim();
    if (text === '') continue;
    const checked = kind === 'checkbox' && (match[1] ?? '').toLowerCase() === 'x';
    return { kind, checked, length: match[0].length, text };
  }
  return null;
}

/** A suggested line's item text: the line's text without a leading marker (the text its action row holds). */
export function withoutMarker(line: string): string {
  return matchActionMarker(line)?.text ?? line;
}

/**
 * True when the whole text of a line is a complete marker with its space
 * ("[] ", "[ ] ", "TODO ", "TODO: ", "Action: ") — the editor converts the
 * line at that moment, before any item text is typed.
 */
export function isBareMarker(text: string): boolean {
  return /^(?:\[ ?\] |\[[xX]\] |TODO:? )$/.test(text) || /^(?:to-?do|action(?: item)?): $/i.test(text);
}
