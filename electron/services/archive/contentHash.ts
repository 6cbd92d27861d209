import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { sha256 } from '../sha256';

/** JSON with every object's keys in order, so one record always gives one text whoever built it. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a record holds, as the SHA-256 of its canonical JSON. Beside the
 * revision it tells two versions apart that carry the same revision number
 * (two devices, or the command line and the app, each moved 11 to 12), and
 * it names the versions a file has held (its history) so a stale copy can be
 * told from a version the file never saw.
 */
export function contentHash(record: ArchiveRecord): string {
  return sha256(canonicalJson(record));
}
