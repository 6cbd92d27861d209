import type { Conference } from '../../../core/model/conference';
import { listConferences } from './conferences';
import { database } from './database';

export interface ConferenceSummary {
  conference: Conference;
  sessionCount: number;
}

/** Conferences newest first, each with what the home screen shows about it. */
export async function listConferenceSummaries(): Promise<ConferenceSummary[]> {
  const conferences = await listConferences();
  const counts = new Map<string, number>();
  await database().sessions.each((session) => {
    if (!session.deleted) counts.set(session.conferenceId, (counts.get(session.conferenceId) ?? 0) + 1);
  });
  return conferences.map((conference) => ({ conference, sessionCount: counts.get(conference.id) ?? 0 }));
}
