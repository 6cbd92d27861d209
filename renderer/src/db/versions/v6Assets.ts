import type { SchemaVersion } from './schemaVersion';

/**
 * Adds the table of image bytes, one row per picture keyed by its content
 * name (`<sha256>.<ext>`, the name a document's image node holds), the bytes
 * kept as a Blob so IndexedDB stores them apart from the row and the UI
 * shows them through a blob: URL without copying. Nothing to move: no
 * document held an image before this version.
 */
export const v6Assets: SchemaVersion = {
  version: 6,
  name: 'image assets',
  stores: {
    assets: 'asset',
  },
};
