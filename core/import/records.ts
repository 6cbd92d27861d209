import type { Conference } from '../model/conference';
import { newId } from '../model/ids';
import type { SessionRecord } from '../model/session';
import type { ImportPlan, PlannedSession } from './types';

/** Splits a plan's sessions into those to create and those already imported (same source hash). */
export function partitionDuplicates(
  sessions: readonly PlannedSession[],
  knownHashes: ReadonlySet<string>,
): { create: PlannedSession[]; duplicates: PlannedSession[] } {
  const create: PlannedSession[] = [];
  const duplicates: PlannedSession[] = [];
  const seen = new Set(knownHashes);
  for (const session of sessions) {
    if (seen.has(session.sourceHash)) {
      duplicates.push(session);
    } else {
      seen.add(session.sourceHash);
      create.push(session);
    }
  }
  return { create, duplicates };
}

/** A new conference record from a plan's conference; dates fall back to `today` when the file had none. */
export function conferenceFromPlan(plan: ImportPlan, today: string, now = Date.now()): Conference {
  const start = plan.conference.startDate ?? today;
  return {
    id: newId(),
    name: plan.conference.name,
    location: '',
    startDate: start,
    endDate: plan.conference.endDate ?? start,
    timeZone: plan.conference.timeZone,
    url: '',
    tags: plan.conference.tags,
    revision: 1,
    updatedAt: now,
  };
}

/** The session record (metadata and document) that stores a planned session. */
export function sessionRecordFromPlan(planned: PlannedSession, conferenceId: string, now = Date.now()): SessionRecord {
  const id = newId();
  const stamps = planned.stamps;
  return {
    session: {
      id,
      conferenceId,
      title: planned.title,
      speakers: planned.speakers,
      room: '',
      track: '',
      kind: planned.kind,
      url: '',
      tags: planned.tags,
      ...(planned.actualStart !== null ? { actualStart: planned.actualStart } : {}),
      ...(stamps.length > 1 ? { actualEnd: Math.max(...stamps) } : {}),
      sourceHash: planned.sourceHash,
      revision: 1,
      updatedAt: now,
    },
    document: { sessionId: id, content: planned.document, revision: 1, updatedAt: now },
  };
}
