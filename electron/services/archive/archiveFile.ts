import { z } from 'zod';
import {
  archiveRecordId,
  archiveRecordRevision,
  archiveRecordSchema,
  type ArchiveEntry,
  type ArchiveKind,
  type ArchiveRecord,
} from '../../../core/model/archiveRecord';
import { contentHash } from './contentHash';

export const ARCHIVE_FORMAT = 'plenary-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

/** How many earlier versions a file names in its history: enough to recognise any stale copy a window or device still sends. */
export const HISTORY_LENGTH = 64;

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
const versionSchema = z.object({ revision: z.number().int().nonnegative(), hash: hashSchema });
export type RecordVersion = z.infer<typeof versionSchema>;

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().positive(),
  savedAt: z.string().min(1).max(64),
  // Files written before content hashes existed have neither; their hash is computed when read.
  contentHash: hashSchema.optional(),
  history: z.array(versionSchema).max(HISTORY_LENGTH).optional(),
});

/** What one file turned out to hold: a record, or the reason it cannot be used. */
export type DecodedFile =
  | { ok: true; record: ArchiveRecord; entry: ArchiveEntry; /** The versions the file held before this one, oldest first. */ history: RecordVersion[] }
  | { ok: false; reason: string; /** Written by a newer Plenary: updating the app is the fix. */ newerFormat?: boolean };

/** The file's text. `hash` and `history` say which version this is and which the file held before (see contentHash). */
export function encodeArchiveFile(record: ArchiveRecord, savedAt: Date, versions: { hash?: string; history?: readonly RecordVersion[] } = {}): string {
  const file = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    savedAt: savedAt.toISOString(),
    contentHash: versions.hash ?? contentHash(record),
    history: versions.history?.slice(-HISTORY_LENGTH) ?? [],
    ...record,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function entryOf(record: ArchiveRecord): ArchiveEntry {
  const deleted =
    record.kind === 'conference'
      ? record.conference.deleted
      : record.kind === 'session'
        ? record.record.session.deleted
        : record.template.deleted;
  return { kind: record.kind, id: archiveRecordId(record), revision: archiveRecordRevision(record), deleted: deleted === true };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the text of one archive file, expected to hold the record `id` of
 * `kind` (its folder and name say so). Never throws: anything wrong comes back
 * as a reason, phrased to follow the file's name in a sentence.
 */
export function decodeArchiveFile(text: string, kind: ArchiveKind, id: string): DecodedFile {
  let value: unknown;
  try {
    // A BOM, as some editors on Windows put before JSON, is not part of the record.
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    // Never the parser's own words: they quote the file's text, which may be another file's (a link) and private.
    const at = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    return { ok: false, reason: `is not valid JSON${at ? ` (the problem is near character ${at})` : ''}` };
  }
  if (!isPlainObject(value) || value.format !== ARCHIVE_FORMAT) {
    return { ok: false, reason: `is not a Plenary archive file (it has no "format": "${ARCHIVE_FORMAT}")` };
  }
  const header = headerSchema.safeParse(value);
  if (!header.success) {
    return { ok: false, reason: `has a damaged header (${describeIssues(header.error)})` };
  }
  if (header.data.formatVersion > ARCHIVE_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `was written by a newer version of Plenary (archive format ${header.data.formatVersion}; this version reads format ${ARCHIVE_FORMAT_VERSION})`,
      newerFormat: true,
    };
  }
  const parsed = archiveRecordSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, reason: `does not hold a valid record (${describeIssues(parsed.error)})` };
  }
  const record = parsed.data;
  if (record.kind !== kind) {
    return { ok: false, reason: `holds a ${record.kind} record, but it sits in the folder for ${kind} records` };
  }
  const recordId = archiveRecordId(record);
  if (recordId !== id) {
    return { ok: false, reason: `holds the record "${recordId}", but its file name says "${id}"` };
  }
  // The header's contentHash is not trusted (a file edited by hand holds something else now): writers compute it again.
  return { ok: true, record, entry: entryOf(record), history: header.data.history ?? [] };
}
