import { UserFacingError } from '../../../core/ipc/result';
import { ImportError } from '../../../core/import/errors';
import { isMarkdownFileName, planImport } from '../../../core/import/plan';
import type { ImportOptions } from '../../../core/import/types';
import type { FileImportPlan, ImportInput } from '../../../core/ipc/channels/import';
import type { AssetStore } from '../assets/assetStore';
import { importImages } from './importImages';
import { decodeText, MAX_IMPORT_BYTES, readImportFile } from './readImportFile';

/**
 * Plans the import of each file on its own: a file that cannot be read or
 * parsed gets its error and contributes nothing; the others are planned.
 * Images a markdown file shows from its own folder are kept in `assets`
 * (see importImages); without a store they stay text, with a warning.
 */
export async function planFiles(
  inputs: readonly ImportInput[],
  options: ImportOptions,
  assets: AssetStore | null = null,
  fileFor: (token: string) => string = () => {
    throw new UserFacingError('unknown-path', 'Plenary can only read files you chose or dropped on the window. Choose the file again.');
  },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<FileImportPlan[]> {
  const out: FileImportPlan[] = [];
  for (const input of inputs) {
    onProgress(out.length, inputs.length);
    let filePath: string | null = null;
    let name = 'name' in input ? input.name : 'The file';
    try {
      let read;
      if ('file' in input) {
        filePath = fileFor(input.file);
        name = filePath.replace(/^.*[\\/]/, '');
        read = await readImportFile(filePath);
      } else {
        if (new TextEncoder().encode(input.text).length > MAX_IMPORT_BYTES) {
          throw new UserFacingError('import-too-large', `${name} cannot be imported: notes files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported.`);
        }
        read = decodeText(name, new TextEncoder().encode(input.text));
      }
      const images = isMarkdownFileName(read.name)
        ? await importImages(read.text, filePath, assets)
        : { assets: new Map<string, string>(), warnings: [] };
      const plan = await planImport(read.text, read.name, { ...options, imageAsset: (src) => images.assets.get(src) ?? null });
      plan.warnings.push(...images.warnings);
      if (read.warning) plan.warnings.unshift(read.warning);
      out.push({ name, ok: true, plan });
    } catch (error) {
      if (error instanceof UserFacingError || error instanceof ImportError) out.push({ name, ok: false, error: error.message });
      else throw error;
    }
  }
  onProgress(out.length, inputs.length);
  return out;
}
