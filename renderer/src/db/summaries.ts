import type { Conference } from '../../../core/model/conference';
import { listConferences } from './conferences';
import { database } from './database';

/**
 * The number of open (explicit, not done) action items of each of these
 * conferences, by conference id: index counts, no rows read. (Here and not
 * in ./actionItems, whose document edits bring the editor's code along.)
 */
export async function countOpenActionItems(conferenceIds: readonly string[]): Promise<Map<string, number>> {
  const table = database().actionItems;
  const counts = await Promise.all(conferenceIds.map((id) => table.where('openIn').equals(id).count()));
  return new Map(conferenceIds.map((id, index) => [id, counts[index] ?? 0]));
}

export interface ConferenceSummary {
  conference: Conference;
  sessionCount: number;
  /** Check-list items not yet done in the conference's sessions. */
  openActionCount: number;
}

/**
 * Conferences newest first, each with what the home screen shows about it.
 * Sessions and open action items are counted from indexes (see
 * versions/v5IndexedCounts.ts), never read: this is the first screen, and
 * reading 10,000 session rows and every check-list item kept it waiting.
 */
export async function listConferenceSummaries(): Promise<ConferenceSummary[]> {
  const db = database();
  return db.transaction('r', [db.conferences, db.sessions, db.deletedSessions, db.actionItems], async () => {
    const [conferences, deleted] = await Promise.all([listConferences(), db.deletedSessions.toArray()]);
    const deletedCounts = new Map<string, number>();
    for (const row of deleted) deletedCounts.set(row.conferenceId, (deletedCounts.get(row.conferenceId) ?? 0) + 1);
    const [totals, openActions] = await Promise.all([
      Promise.all(conferences.map((conference) => db.sessions.where('conferenceId').equals(conference.id).count())),
      countOpenActionItems(conferences.map((conference) => conference.id)),
    ]);
    return conferences.map((conference, index) => ({
      conference,
      sessionCount: (totals[index] ?? 0) - (deletedCounts.get(conference.id) ?? 0),
      openActionCount: openActions.get(conference.id) ?? 0,
    }));
  });
}
