import { imageProblem, imageTypes, sniffImageType, assetMimeType } from '../../../core/assets/assetRef';
import type { ImageData } from '../../../core/editor/imageNode';
import { notify } from '../app/notices';
import { call } from '../bridge/plenary';
import { getAssetBlob, localAssetNames, putAsset } from '../db/assets';
import { base64ToBytes, bytesToBase64 } from './base64';

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function pixelSize(blob: Blob): Promise<{ width: number | null; height: number | null }> {
  try {
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    // The bytes start like an image but do not decode: kept all the same, drawn as the browser can.
    return { width: null, height: null };
  }
}

/** Sends an image to the archive folder; the local copy is already kept, so a failure is told, not thrown. */
async function archiveImage(asset: string, bytes: Uint8Array): Promise<void> {
  try {
    await call('assetWrite', { asset, data: bytesToBase64(bytes) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    notify(`The image is kept on this computer but was not written to the archive folder: ${detail} Plenary tries again on the next start.`, 'error');
  }
}

/**
 * Keeps a picture (a pasted, dropped or chosen file) once: checks it is a
 * PNG, JPEG, GIF or WebP image under 20 MB from its bytes, names it by its
 * SHA-256, stores it in the local database, and sends it to the archive
 * folder. Returns what an image node holds; throws an Error whose message
 * says what to do when the file cannot be kept.
 */
export async function keepImage(file: Blob, altText = ''): Promise<ImageData> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = imageProblem(bytes);
  if (problem !== null) throw new Error(problem);
  const type = sniffImageType(bytes) ?? 'png';
  const asset = `${await sha256Hex(bytes)}.${type}`;
  const blob = new Blob([bytes], { type: imageTypes[type] });
  const size = await pixelSize(blob);
  await putAsset(asset, blob);
  void archiveImage(asset, bytes);
  return { asset, altText, ...size };
}

const pending = new Map<string, Promise<Blob | null>>();

/**
 * The bytes of an image: from the local database, else from the archive
 * folder (a window restored on another computer has the documents but not
 * yet the pictures), which are then kept locally. Null when neither has it.
 */
export function loadImage(asset: string): Promise<Blob | null> {
  const running = pending.get(asset);
  if (running) return running;
  const loading = (async () => {
    const local = await getAssetBlob(asset);
    if (local) return local;
    try {
      const { data } = await call('assetRead', { asset });
      const blob = new Blob([base64ToBytes(data)], { type: assetMimeType(asset) });
      await putAsset(asset, blob);
      return blob;
    } catch {
      return null;
    }
  })().finally(() => pending.delete(asset));
  pending.set(asset, loading);
  return loading;
}

/** Sends to the archive folder every image only this window holds (a new or emptied folder). Returns how many. */
export async function archiveLocalImages(): Promise<number> {
  const onDisk = new Set((await call('assetIndex', {})).assets);
  let sent = 0;
  for (const asset of await localAssetNames()) {
    if (onDisk.has(asset)) continue;
    const blob = await getAssetBlob(asset);
    if (!blob) continue;
    await call('assetWrite', { asset, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) });
    sent++;
  }
  return sent;
}
