import { deriveActionItems, type ActionItemRow } from '../../../core/actions/derive';
import type { ArchiveProblem } from '../../../core/model/archiveRecord';
import type { Conference } from '../../../core/model/conference';
import type { SessionRecord } from '../../../core/model/session';
import { ArchiveStore } from '../../services/archive/archiveStore';

/** The action items of the disk archive as `plenary actions` lists them. */
export interface ListedActionItem extends ActionItemRow {
  conferenceName: string;
  sessionTitle: string;
}

function sessionStart(record: SessionRecord): number {
  const { session, document } = record;
  return session.actualStart ?? session.scheduledStart ?? document?.updatedAt ?? session.updatedAt;
}

/** Every action item of the archive, ordered by conference start, session start, then line. */
export async function listArchiveActionItems(archiveDir: string): Promise<{ items: ListedActionItem[]; problems: ArchiveProblem[] }> {
  const { records, problems } = await new ArchiveStore(archiveDir).readAll();
  const conferences = new Map<string, Conference>();
  const sessions: SessionRecord[] = [];
  for (const record of records) {
    if (record.kind === 'conference' && !record.conference.deleted) conferences.set(record.conference.id, record.conference);
    if (record.kind === 'session' && !record.record.session.deleted && record.record.document) sessions.push(record.record);
  }
  const conferenceOrder = (id: string) => conferences.get(id)?.startDate ?? '9999';
  sessions.sort(
    (a, b) =>
      conferenceOrder(a.session.conferenceId).localeCompare(conferenceOrder(b.session.conferenceId)) ||
      a.session.conferenceId.localeCompare(b.session.conferenceId) ||
      sessionStart(a) - sessionStart(b) ||
      a.session.title.localeCompare(b.session.title),
  );
  const items: ListedActionItem[] = [];
  for (const record of sessions) {
    const { session, document } = record;
    if (!document) continue;
    const conference = conferences.get(session.conferenceId);
    const rows = deriveActionItems(session.id, session.conferenceId, document.content, {
      timeZone: conference?.timeZone ?? 'UTC',
      referenceTime: sessionStart(record),
      tags: [...session.tags, ...(conference?.tags ?? [])],
    });
    for (const row of rows) {
      items.push({ ...row, conferenceName: conference?.name ?? 'Unknown conference', sessionTitle: session.title });
    }
  }
  return { items, problems };
}

