import type { Conference } from '../model/conference';
import type { SessionRecord } from '../model/session';
import { documentLines } from './documentLines';

/** What search knows about a session, kept beside the index for filters and result titles. */
export interface SessionSummary {
  id: string;
  title: string;
  speakers: string[];
  tags: string[];
  conferenceId: string;
  conferenceName: string;
  year: number | null;
  openActions: number;
}

/** A line of notes as search keeps it: where it is, what it says, when it was written. */
export interface SourceLine {
  blockIndex: number;
  text: string;
  stamp: number | null;
}

/** Everything search indexes of a session: its summary and its non-empty lines. */
export interface SessionSource {
  summary: SessionSummary;
  lines: SourceLine[];
}

function yearOf(record: SessionRecord, conference: Conference | undefined): number | null {
  if (conference) return Number(conference.startDate.slice(0, 4));
  const instant = record.session.actualStart ?? record.session.scheduledStart;
  return instant === undefined ? null : new Date(instant).getUTCFullYear();
}

/** The source of a session's index entries (a tombstone still gets one; callers leave it out). */
export function sessionSource(record: SessionRecord, conference: Conference | undefined): SessionSource {
  const { session } = record;
  const lines = documentLines(record.document?.content);
  return {
    summary: {
      id: session.id,
      title: session.title,
      speakers: session.speakers,
      tags: session.tags,
      conferenceId: session.conferenceId,
      conferenceName: conference?.name ?? '',
      year: yearOf(record, conference),
      openActions: lines.filter((line) => line.openAction).length,
    },
    lines: lines.filter((line) => line.text.trim() !== '').map(({ blockIndex, text, stamp }) => ({ blockIndex, text, stamp })),
  };
}

/**
 * The piece of the index a session belongs to: its year (the conference's
 * start year, else the session's start), or "undated". Pieces are saved and
 * loaded one at a time, newest year first.
 */
export function pieceKeyOf(summary: SessionSummary): string {
  return summary.year === null || !Number.isFinite(summary.year) ? 'undated' : String(summary.year);
}
