import type { SessionKind } from '../model/session';

/**
 * The session kind a schedule's type or format label stands for ("Workshop",
 * "Lightning Talks", "Panel discussion", "BoF"). Anything else is a talk.
 */
export function kindFromLabel(...labels: ReadonlyArray<string | null | undefined>): SessionKind {
  const text = labels.filter(Boolean).join(' ').toLowerCase();
  if (/lightning|\blt\b|5[- ]?min/.test(text)) return 'lightning';
  if (/workshop|tutorial|hands[- ]on|lab\b/.test(text)) return 'workshop';
  if (/panel|round ?table|fireside/.test(text)) return 'panel';
  if (/meetup|meet-up|\bbof\b|birds of a feather|self[- ]organi[sz]ed/.test(text)) return 'meetup';
  return 'talk';
}
