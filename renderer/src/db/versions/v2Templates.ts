import type { SchemaVersion } from './schemaVersion';

/**
 * Adds the user's templates (built-ins live in code). Nothing to move: a
 * database from version 1 gets an empty table, and every record it already
 * holds stays as it was.
 */
export const v2Templates: SchemaVersion = {
  version: 2,
  name: 'templates',
  stores: {
    templates: 'id, name, updatedAt',
  },
};
