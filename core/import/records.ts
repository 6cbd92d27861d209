import type { Conference } from '../model/conference';
import { newId } from '../model/ids';
import type { SessionRecord } from '../model/session';
import { markdownToEditorState } from '../markdown/convert';
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

/** What storing a plan comes to: the conference (new, widened or as it was), the session records, the duplicates skipped. */
export interface ImportRecords {
  conference: Conference;
  /** True when the conference is new and must be written. */
  conferenceIsNew: boolean;
  /** True when an existing conference's dates were widened to cover the sessions (a new revision to write). */
  conferenceChanged: boolean;
  sessions: SessionRecord[];
  duplicates: PlannedSession[];
}

/** Widens a conference's dates to cover `days`; the same object when they already do. */
export function widenConference(conference: Conference, days: readonly string[], now = Date.now()): Conference {
  const sorted = [conference.startDate, conference.endDate, ...days].sort();
  const start = sorted[0] ?? conference.startDate;
  const end = sorted[sorted.length - 1] ?? conference.endDate;
  if (start === conference.startDate && end === conference.endDate) return conference;
  return { ...conference, startDate: start, endDate: end, revision: conference.revision + 1, updatedAt: now };
}

/**
 * The records that store a plan: into `existing` when given (its dates
 * widened if needed), else into a new conference made from the plan.
 * Sessions whose source hash is in `knownHashes` are left out as duplicates.
 * The app's import preview and `plenary import` both store plans this way.
 */
export function recordsForImport(
  plan: ImportPlan,
  options: { existing: Conference | null; knownHashes: ReadonlySet<string>; today: string; now?: number },
): ImportRecords {
  const now = options.now ?? Date.now();
  const { create, duplicates } = partitionDuplicates(plan.sessions, options.knownHashes);
  const days = create.map((session) => session.date).filter((day): day is string => day !== null);
  let conference: Conference;
  let conferenceChanged = false;
  if (options.existing) {
    conference = widenConference(options.existing, days, now);
    conferenceChanged = conference !== options.existing;
  } else {
    conference = conferenceFromPlan(plan, options.today, now);
  }
  return {
    conference,
    conferenceIsNew: options.existing === null,
    conferenceChanged,
    sessions: create.map((session) => sessionRecordFromPlan(session, conference.id, now)),
    duplicates,
  };
}

/**
 * Keeps a piece the importer left out: its text is appended, as markdown, to
 * the end of the session it belongs to, and it leaves the left-out list.
 */
export function keepLeftOutPiece(plan: ImportPlan, pieceIndex: number): ImportPlan {
  const piece = plan.leftOut[pieceIndex];
  const target = piece ? plan.sessions[piece.sessionIndex] : undefined;
  if (!piece || !target) return plan;
  const kept = markdownToEditorState(piece.text.split('\n').join('\n\n'));
  const session: PlannedSession = {
    ...target,
    markdown: `${target.markdown}\n\n${piece.text}`,
    document: { ...target.document, root: { ...target.document.root, children: [...target.document.root.children, ...kept.root.children] } },
  };
  return {
    ...plan,
    sessions: plan.sessions.map((candidate, index) => (index === piece.sessionIndex ? session : candidate)),
    leftOut: plan.leftOut.filter((_, index) => index !== pieceIndex),
  };
}
