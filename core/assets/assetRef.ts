import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { z } from 'zod';

/**
 * An image is kept by its content: `<sha256 hex>.<ext>`. A document holds
 * only this name; the bytes live once in the local store and once in the
 * archive's `assets/` folder, whatever the number of notes showing them.
 */
export const imageTypes = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;

export type ImageExtension = keyof typeof imageTypes;

export const assetRefPattern = /^[0-9a-f]{64}\.(png|jpg|gif|webp)$/;

export const assetRefSchema = z.string().regex(assetRefPattern, 'An asset is named <sha256>.<png|jpg|gif|webp>.');

/** 20 MB: a photo of a slide is a few MB; anything larger is most likely not meant. */
export const maxAssetBytes = 20 * 1024 * 1024;

export function isAssetRef(value: unknown): boolean {
  return typeof value === 'string' && assetRefPattern.test(value);
}

export function assetExtension(ref: string): ImageExtension {
  return ref.slice(ref.lastIndexOf('.') + 1) as ImageExtension;
}

export function assetMimeType(ref: string): string {
  return imageTypes[assetExtension(ref)];
}

/**
 * The image type of some bytes, read from their first bytes (magic numbers),
 * never from a file name: a renamed text file is not an image.
 */
export function sniffImageType(bytes: Uint8Array): ImageExtension | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) {
    return 'webp';
  }
  return null;
}

/** Why some bytes cannot be kept as an image, or null when they can. */
export function imageProblem(bytes: Uint8Array): string | null {
  if (bytes.byteLength > maxAssetBytes) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    return `The image is ${mb} MB; images up to 20 MB can be added. Make it smaller (crop or export it at a lower size) and add it again.`;
  }
  if (sniffImageType(bytes) === null) {
    return 'This file is not a PNG, JPEG, GIF or WebP image. Save it in one of these formats and add it again.';
  }
  return null;
}

/** The name an image's bytes are kept under, or a message saying why they cannot be kept. */
export function assetRefFor(bytes: Uint8Array): { ok: true; asset: string } | { ok: false; message: string } {
  const problem = imageProblem(bytes);
  if (problem !== null) return { ok: false, message: problem };
  return { ok: true, asset: `${bytesToHex(sha256(bytes))}.${sniffImageType(bytes)}` };
}
