import type { SchemaVersion } from './schemaVersion';

/** The first schema: conferences, sessions (metadata only), their documents, and settings. */
export const v1Initial: SchemaVersion = {
  version: 1,
  name: 'initial',
  stores: {
    conferences: 'id, startDate, name',
    sessions: 'id, conferenceId, [conferenceId+scheduledStart], updatedAt',
    documents: 'sessionId',
    settings: 'key',
  },
};
