import { conferenceSchema, type Conference } from '../../../core/model/conference';
import { newId } from '../../../core/model/ids';
import { nextRevision } from '../../../core/model/revision';
import { database } from './database';

export type ConferenceInput = Pick<Conference, 'name' | 'location' | 'startDate' | 'endDate' | 'timeZone'> &
  Partial<Pick<Conference, 'url' | 'tags' | 'defaultTemplateId'>>;

/** Conferences that are not deleted, newest first. */
export async function listConferences(): Promise<Conference[]> {
  const all = await database().conferences.orderBy('startDate').reverse().toArray();
  return all.filter((conference) => !conference.deleted);
}

export async function getConference(id: string): Promise<Conference | undefined> {
  const conference = await database().conferences.get(id);
  return conference && !conference.deleted ? conference : undefined;
}

/** Validates and stores a new conference; throws the schema's message when the input does not fit. */
export async function createConference(input: ConferenceInput, now = Date.now()): Promise<Conference> {
  const conference = conferenceSchema.parse({ ...input, id: newId(), revision: 1, updatedAt: now });
  await database().conferences.add(conference);
  return conference;
}

export async function updateConference(id: string, patch: Partial<ConferenceInput>): Promise<Conference> {
  return database().transaction('rw', database().conferences, async () => {
    const current = await database().conferences.get(id);
    if (!current || current.deleted) throw new Error('That conference no longer exists.');
    const updated = conferenceSchema.parse(nextRevision({ ...current, ...patch }));
    await database().conferences.put(updated);
    return updated;
  });
}
