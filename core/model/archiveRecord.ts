import { z } from 'zod';
import { conferenceSchema } from './conference';
import { sessionRecordSchema } from './session';
import { templateSchema } from './template';

export const archiveKinds = ['conference', 'session', 'template'] as const;
export type ArchiveKind = (typeof archiveKinds)[number];

/** One record of the durable archive, as it crosses IPC and as it is validated from disk. */
export const archiveRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('conference'), conference: conferenceSchema }),
  z.object({ kind: z.literal('session'), record: sessionRecordSchema }),
  z.object({ kind: z.literal('template'), template: templateSchema }),
]);
export type ArchiveRecord = z.infer<typeof archiveRecordSchema>;

/** The id and revision of one record, enough to reconcile without reading documents. */
export interface ArchiveEntry {
  kind: ArchiveKind;
  id: string;
  revision: number;
  deleted: boolean;
}

/** A file in the archive folder that could not be read; it is kept as it is, never deleted. */
export interface ArchiveProblem {
  file: string;
  message: string;
}

export function archiveRecordId(record: ArchiveRecord): string {
  switch (record.kind) {
    case 'conference':
      return record.conference.id;
    case 'session':
      return record.record.session.id;
    case 'template':
      return record.template.id;
  }
}

export function archiveRecordRevision(record: ArchiveRecord): number {
  switch (record.kind) {
    case 'conference':
      return record.conference.revision;
    case 'session':
      return record.record.session.revision;
    case 'template':
      return record.template.revision;
  }
}
