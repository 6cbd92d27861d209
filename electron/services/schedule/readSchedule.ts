import { ScheduleError } from '../../../core/schedule/errors';
import { parseSchedule } from '../../../core/schedule/parseSchedule';
import type { ParsedSchedule, ScheduleParseOptions } from '../../../core/schedule/types';
import { UserFacingError } from '../../../core/ipc/result';
import { errorCode } from '../errorCode';
import { looksBinary } from '../../../core/import/decodeNotes';
import { decodeText } from '../import/readImportFile';
import { fetchSchedule, MAX_SCHEDULE_BYTES, type FetchOptions } from './fetchSchedule';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Where a schedule comes from: a file on disk, text already read, or an https address the user gave. */
export type ScheduleInput = { path: string } | { name: string; text: string } | { url: string };

function parsed(text: string, name: string, options: ScheduleParseOptions): ParsedSchedule {
  try {
    return parseSchedule(text, name, options);
  } catch (error) {
    if (error instanceof ScheduleError) throw new UserFacingError('schedule-invalid', error.message);
    throw error;
  }
}

function notText(name: string): UserFacingError {
  return new UserFacingError('schedule-not-text', `${name} is not a text file, so it is not a schedule. Plenary reads pretalx/frab schedule.json, frab/pentabarf schedule.xml, iCalendar (.ics) and Sessionize "All data" JSON.`);
}

/** The schedule's text; a binary file is refused with a schedule's wording (decodeText speaks of notes). */
function textOf(name: string, bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw notText(name);
  return decodeText(name, bytes).text;
}

async function readScheduleFile(filePath: string): Promise<{ name: string; text: string }> {
  const name = path.basename(filePath);
  let info;
  try {
    info = await stat(filePath);
  } catch (error) {
    const code = errorCode(error);
    const reason = code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' || code === 'EPERM' ? 'Plenary may not read it' : `it could not be opened (${code ?? String(error)})`;
    throw new UserFacingError('schedule-unreadable', `${name} cannot be imported: ${reason}.`);
  }
  if (!info.isFile()) throw new UserFacingError('schedule-unreadable', `${name} cannot be imported: it is a folder, not a schedule file.`);
  if (info.size > MAX_SCHEDULE_BYTES) {
    throw new UserFacingError('schedule-too-large', `${name} is ${(info.size / 1024 / 1024).toFixed(1)} MB; that is not a schedule Plenary imports.`);
  }
  try {
    return { name, text: textOf(name, new Uint8Array(await readFile(filePath))) };
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError('schedule-unreadable', `${name} cannot be imported: it could not be read (${errorCode(error) ?? String(error)}).`);
  }
}

/** Reads and parses a schedule from a file, text or an https address; a bad one throws a UserFacingError naming it. */
export async function readSchedule(input: ScheduleInput, options: ScheduleParseOptions = {}, fetchOptions: FetchOptions = {}): Promise<ParsedSchedule> {
  if ('url' in input) {
    const { name, bytes } = await fetchSchedule(input.url, fetchOptions);
    return parsed(textOf(name, new Uint8Array(bytes)), name, options);
  }
  if ('path' in input) {
    const { name, text } = await readScheduleFile(input.path);
    return parsed(text, name, options);
  }
  if (new TextEncoder().encode(input.text).length > MAX_SCHEDULE_BYTES) {
    throw new UserFacingError('schedule-too-large', `${input.name} is larger than ${MAX_SCHEDULE_BYTES / 1024 / 1024} MB; that is not a schedule Plenary imports.`);
  }
  return parsed(input.text, input.name, options);
}
