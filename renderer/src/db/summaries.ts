import type { Conference } from '../../../core/model/conference';
import { countOpenActionItemsByConference } from './actionItems';
import { listConferences } from './conferences';
import { database } from './database';

export interface ConferenceSummary {
  conference: Conference;
  sessionCount: number;
  /** Check-list items not yet done in the conference's sessions. */
  openActionCount: number;
}

/** Conferences newest first, each with what the home screen shows about it. */
export async function listConferenceSummaries(): Promise<ConferenceSummary[]> {
  const [conferences, openActions] = await Promise.all([listConferences(), countOpenActionItemsByConference()]);
  const counts = new Map<string, number>();
  await database().sessions.each((session) => {
    if (!session.deleted) counts.set(session.conferenceId, (counts.get(session.conferenceId) ?? 0) + 1);
  });
  return conferences.map((conference) => ({
    conference,
    sessionCount: counts.get(conference.id) ?? 0,
    openActionCount: openActions.get(conference.id) ?? 0,
  }));
}
