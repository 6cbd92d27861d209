import { database } from './database';

/** The bytes of one image, under the content name a document's image node holds. */
export interface AssetRow {
  asset: string;
  blob: Blob;
}

/** Keeps an image's bytes once; a second put of the same name changes nothing (same name, same bytes). */
export async function putAsset(asset: string, blob: Blob): Promise<void> {
  await database().transaction('rw', database().assets, async () => {
    if ((await database().assets.get(asset)) === undefined) await database().assets.put({ asset, blob });
  });
}

export async function getAssetBlob(asset: string): Promise<Blob | null> {
  return (await database().assets.get(asset))?.blob ?? null;
}

/** The names of every image kept locally, without reading their bytes. */
export async function localAssetNames(): Promise<string[]> {
  return (await database().assets.toCollection().primaryKeys()) as string[];
}
