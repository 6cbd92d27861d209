import type { Session, SessionRecord } from '../model/session';
import { dayKey } from '../time/stamps';

/** Notes begun this long before a talk's slot, or going on this long after it, still belong to it. */
const SLACK_MS = 15 * 60_000;

function words(title: string): Set<string> {
  return new Set(
    title
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3 && !['the', 'and', 'for', 'with', 'talk', 'from'].includes(word)),
  );
}

/** How alike two titles are: the share of the shorter title's words found in the other (0 to 1). */
export function titleLikeness(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

/**
 * The planned talk that imported notes were taken in, or null: one whose
 * slot holds the notes' first stamp and whose title is at all alike, or the
 * only talk in that slot, or (with no times in the notes) one on the same
 * day whose title is clearly the same.
 */
export function matchPlannedTalk(
  notes: Pick<Session, 'title'> & { actualStart?: number | undefined; date?: string | null },
  planned: readonly Session[],
  timeZone: string,
): Session | null {
  let best: { session: Session; score: number } | null = null;
  const start = notes.actualStart;
  const inSlot = (session: Session) =>
    start !== undefined && session.scheduledStart !== undefined && session.scheduledEnd !== undefined && start >= session.scheduledStart - SLACK_MS && start <= session.scheduledEnd + SLACK_MS;
  const slotCount = planned.filter(inSlot).length;
  for (const session of planned) {
    const likeness = titleLikeness(notes.title, session.title);
    let score = 0;
    if (inSlot(session)) {
      if (likeness >= 0.2) score = 2 + likeness;
      else if (slotCount === 1) score = 1.5;
    } else if (start === undefined && likeness >= 0.6) {
      const day = notes.date ?? null;
      const sameDay = day === null || (session.scheduledStart !== undefined && dayKey(session.scheduledStart, timeZone) === day);
      if (sameDay) score = 1 + likeness;
    }
    if (score > 0 && (!best || score > best.score)) best = { session, score };
  }
  return best?.session ?? null;
}

/**
 * Puts imported notes into the planned talks they were taken in: a record
 * that matches a planned session without notes becomes that session (its
 * id, the schedule's title, speakers, room, times, abstract and link) with
 * the imported document and clock. Each planned talk takes one record.
 */
export function attachNotesToPlanned(records: readonly SessionRecord[], planned: readonly Session[], timeZone: string, dates: ReadonlyMap<SessionRecord, string | null> = new Map()): { records: SessionRecord[]; matched: number } {
  const free = planned.filter((session) => !session.deleted && session.sourceId !== undefined);
  let matched = 0;
  const out = records.map((record) => {
    const talk = matchPlannedTalk({ ...record.session, date: dates.get(record) ?? null }, free, timeZone);
    if (!talk) return record;
    free.splice(free.indexOf(talk), 1);
    matched++;
    const session: Session = {
      ...talk,
      tags: [...new Set([...talk.tags, ...record.session.tags])],
      ...(record.session.actualStart !== undefined ? { actualStart: record.session.actualStart } : {}),
      ...(record.session.actualEnd !== undefined ? { actualEnd: record.session.actualEnd } : {}),
      ...(record.session.sourceHash ? { sourceHash: record.session.sourceHash } : {}),
      revision: talk.revision + 1,
      updatedAt: record.session.updatedAt,
    };
    return { session, document: record.document ? { ...record.document, sessionId: talk.id, revision: session.revision } : null };
  });
  return { records: out, matched };
}
