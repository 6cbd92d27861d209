import { lstat, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assetExtension, imageProblem, isAssetRef, maxAssetBytes, sniffImageType } from '../../../core/assets/assetRef';
import { UserFacingError } from '../../../core/ipc/result';
import { atomicWrite } from '../archive/atomicWrite';
import { errorCode } from '../errorCode';
import { sha256 } from '../sha256';

/**
 * The images of the archive: `assets/<sha256>.<ext>`, one file per distinct
 * picture, written once and never changed (the name is the content). Every
 * name is checked against the pattern before a path is built from it, so no
 * request can reach a file outside the folder.
 */
export class AssetStore {
  readonly folder: string;

  constructor(archiveDir: string) {
    this.folder = join(archiveDir, 'assets');
  }

  /** The file of an asset; refuses any name that is not `<64 hex>.<png|jpg|gif|webp>`. */
  pathOf(asset: string): string {
    if (!isAssetRef(asset)) {
      throw new UserFacingError('invalid-asset', `"${asset.slice(0, 80)}" is not an image name Plenary writes. Nothing was read or written.`);
    }
    return join(this.folder, asset);
  }

  /**
   * Keeps `bytes` as `asset`, after checking what they are (magic bytes), how
   * large, and that their SHA-256 is the name. Returns false when the file is
   * already there with these bytes.
   */
  async write(asset: string, bytes: Uint8Array): Promise<boolean> {
    const target = this.pathOf(asset);
    const problem = imageProblem(bytes);
    if (problem !== null) throw new UserFacingError(bytes.byteLength > maxAssetBytes ? 'asset-too-large' : 'asset-not-image', problem);
    const type = sniffImageType(bytes);
    if (type !== assetExtension(asset)) {
      throw new UserFacingError(
        'asset-type-mismatch',
        `The image's bytes are ${type?.toUpperCase() ?? 'not an image'}, but its name says ${assetExtension(asset).toUpperCase()}. Nothing was written; add the image again.`,
      );
    }
    if (`${sha256(bytes)}.${type}` !== asset) {
      throw new UserFacingError(
        'asset-hash-mismatch',
        'The image arrived damaged (its content does not match its name). Nothing was written; add the image again.',
      );
    }
    if ((await this.readIfIntact(asset)) !== null) return false;
    await mkdir(this.folder, { recursive: true });
    await atomicWrite(target, bytes);
    return true;
  }

  /** The bytes of an asset; a clear error when it is missing or damaged. */
  async read(asset: string): Promise<Uint8Array> {
    const bytes = await this.readIfIntact(asset);
    if (bytes === null) {
      throw new UserFacingError(
        'asset-missing',
        `The image ${asset} is not in the archive's assets folder (or is damaged there). Copy it back from a backup of the archive, or add the picture again.`,
      );
    }
    return bytes;
  }

  /** Every asset name in the folder; other files (temporary ones, files put there by hand) are ignored. */
  async list(): Promise<string[]> {
    try {
      const dirents = await readdir(this.folder, { withFileTypes: true });
      return dirents.filter((dirent) => dirent.isFile() && isAssetRef(dirent.name)).map((dirent) => dirent.name);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  /** The file's bytes when it is a regular file (not a link) whose content matches its name, else null. */
  private async readIfIntact(asset: string): Promise<Uint8Array | null> {
    const path = this.pathOf(asset);
    try {
      const info = await lstat(path);
      if (!info.isFile() || info.size > maxAssetBytes) return null;
      const bytes = new Uint8Array(await readFile(path));
      return `${sha256(bytes)}.${assetExtension(asset)}` === asset ? bytes : null;
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
      throw error;
    }
  }
}
