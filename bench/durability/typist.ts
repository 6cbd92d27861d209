/** Typing at a steady pace with the editor's save cadence, as the durability runs drive it. */

/** One keystroke every this many milliseconds: about 100 words a minute. */
export const KEYSTROKE_MS = 60;
/** The editor's autosave: after this pause, and at least this often while typing (renderer/src/editor/plugins/AutosavePlugin.tsx). */
export const IDLE_SAVE_MS = 300;
export const MAX_SAVE_INTERVAL_MS = 1000;

/** Milliseconds of typing between the last keystroke kept and the kill: what the kill cost. */
export function typingLostMs(keystrokeTimes: readonly number[], kept: number, killedAt: number): number {
  if (kept >= keystrokeTimes.length) return 0;
  const firstLost = keystrokeTimes[kept] as number;
  return Math.max(0, killedAt - firstLost);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** The text typed: a phrase repeated, so any prefix is recognisable. */
export function typedText(length: number): string {
  const phrase = 'the speaker says latency budgets beat averages; ';
  return phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length);
}
