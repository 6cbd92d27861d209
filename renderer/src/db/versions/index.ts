import type { SchemaVersion } from './schemaVersion';
import { v1Initial } from './v1Initial';
import { v2Templates } from './v2Templates';
import { v3ActionItems } from './v3ActionItems';
import { v4SearchIndex } from './v4SearchIndex';
import { v5IndexedCounts } from './v5IndexedCounts';
import { v6Assets } from './v6Assets';
import { v7StoredInParts } from './v7StoredInParts';
import { v8SearchPieces } from './v8SearchPieces';

/** Every schema version, oldest first. Add new ones at the end; never edit a released one. */
export const schemaVersions: readonly SchemaVersion[] = [v1Initial, v2Templates, v3ActionItems, v4SearchIndex, v5IndexedCounts, v6Assets, v7StoredInParts, v8SearchPieces];
