import { calendarDay } from '../../../core/export/dates';
import type { ExportOptions } from '../../../core/export/options';
import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import type { ExportChoices } from '../db/exportChoices';

/** When a session happened, as far as its metadata says: its live clock, else its schedule. */
export function sessionStartOf(session: Session): number | undefined {
  return session.actualStart ?? session.scheduledStart;
}

/** The day of a session in the conference's zone; a session never started counts on the first day. */
export function sessionDay(session: Session, conference: Conference): string {
  const start = sessionStartOf(session);
  return start === undefined ? conference.startDate : calendarDay(start, conference.timeZone);
}

function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Every day the dialog offers: the conference's dates and any day a session happened outside them, in order. */
export function conferenceDays(conference: Conference, sessions: readonly Session[]): string[] {
  const days = new Set<string>();
  for (let day = conference.startDate; day <= conference.endDate && days.size < 366; day = nextDay(day)) days.add(day);
  for (const session of sessions) days.add(sessionDay(session, conference));
  return [...days].sort();
}

/** "Day 2 · 2026-09-09", numbered from the conference's first day like the posts are. */
export function dayLabel(conference: Conference, day: string): string {
  const diff = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${conference.startDate}T00:00:00Z`)) / 86_400_000);
  return diff >= 0 ? `Day ${diff + 1} · ${day}` : day;
}

/** Splits "conference notes, python" into tags. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

export interface ScopeContext {
  conference: Conference;
  /** The session shown when the dialog opened, if it belongs to this conference. */
  currentSessionId?: string;
  /** The sessions of the conference that still exist. */
  sessions: readonly Session[];
}

/**
 * The options of an export from the dialog's choices, or a message saying
 * what is missing; the scope is always inside the conference.
 */
export function toExportOptions(choices: ExportChoices, context: ScopeContext): { options: ExportOptions } | { problem: string } {
  const { conference, currentSessionId, sessions } = context;
  let scope: ExportOptions['scope'];
  switch (choices.scope) {
    case 'session':
      if (!currentSessionId) return { problem: 'Open a session of this conference to export it alone, or choose another scope.' };
      scope = { kind: 'sessions', sessionIds: [currentSessionId] };
      break;
    case 'day': {
      const day = choices.day ?? conference.startDate;
      scope = { kind: 'day', conferenceId: conference.id, day };
      break;
    }
    case 'conference':
      scope = { kind: 'conference', conferenceId: conference.id };
      break;
    case 'sessions': {
      const known = new Set(sessions.map((session) => session.id));
      const sessionIds = choices.sessionIds.filter((id) => known.has(id));
      if (sessionIds.length === 0) return { problem: 'Tick at least one session to export.' };
      scope = { kind: 'sessions', sessionIds };
      break;
    }
  }
  if (!/^[A-Za-z0-9_./-]*$/.test(choices.jekyllLayout)) {
    return { problem: 'The Jekyll layout is the name of a file in your site’s _layouts folder, like post: letters, digits, - and _ only.' };
  }
  return {
    options: {
      preset: choices.preset,
      layout: choices.layout,
      stamps: choices.stamps,
      actions: choices.actions,
      draft: choices.draft,
      tags: choices.tags,
      scope,
      includeEmpty: false,
      jekyllLayout: choices.jekyllLayout,
    },
  };
}
