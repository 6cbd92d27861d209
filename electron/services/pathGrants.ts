import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { pathTokenSchema } from '../../core/ipc/pathToken';
import { UserFacingError } from '../../core/ipc/result';

/** Kinds of paths the user can hand the app: a notes file (picked or dropped) or a folder (an export target). */
export type GrantKind = 'file' | 'folder';

/** How many remembered folders are kept; the oldest is forgotten first. */
export const MAX_REMEMBERED_FOLDERS = 200;
const MAX_FILE_GRANTS = 5_000;

const grantsFileSchema = z.object({
  version: z.literal(1),
  folders: z.array(z.object({ token: pathTokenSchema, path: z.string().min(1).max(4096) }).strict()).max(MAX_REMEMBERED_FOLDERS),
});

/**
 * The paths the page may name, and the only way it names them: main hands
 * out a token for each path the user chose (a folder in the system dialog, a
 * file picked or dropped on the window) and the page sends the token back.
 * A channel that reads or writes the disk turns the token into the path
 * here; a token main never handed out is refused, so a page that has been
 * taken over still cannot name /etc/passwd or a folder of its own choosing.
 *
 * Folders are remembered in `grantsFile` (in the app's own data folder,
 * never the archive, which sync tools share): the export folder kept in the
 * dialog's settings still works after a restart. Files are granted for this
 * run only.
 */
export class PathGrants {
  private readonly files = new Map<string, string>();
  private folders = new Map<string, string>();
  private loaded: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly grantsFile: string | null = null) {}

  /** A token for a file the user picked or dropped. */
  grantFile(filePath: string): string {
    const absolute = this.checkAbsolute(filePath);
    if (this.files.size >= MAX_FILE_GRANTS) this.files.delete(this.files.keys().next().value as string);
    const token = newToken();
    this.files.set(token, absolute);
    return token;
  }

  /** A token for a folder the user chose in the system dialog; the same folder keeps its token. */
  async grantFolder(folderPath: string): Promise<string> {
    const absolute = this.checkAbsolute(folderPath);
    await this.load();
    for (const [token, known] of this.folders) {
      if (known !== absolute) continue;
      // Most recently chosen last, so the oldest is the one forgotten.
      this.folders.delete(token);
      this.folders.set(token, known);
      await this.save();
      return token;
    }
    const token = newToken();
    this.folders.set(token, absolute);
    while (this.folders.size > MAX_REMEMBERED_FOLDERS) this.folders.delete(this.folders.keys().next().value as string);
    await this.save();
    return token;
  }

  /** The file a token stands for, or a refusal that says what to do. */
  file(token: string): string {
    const found = this.files.get(token);
    if (!found) {
      throw new UserFacingError('unknown-path', 'Plenary can only read files you chose or dropped on the window. Choose the file again.');
    }
    return found;
  }

  /** The folder a token stands for, or a refusal that says what to do. */
  async folder(token: string): Promise<string> {
    await this.load();
    const found = this.folders.get(token);
    if (!found) {
      throw new UserFacingError('unknown-path', 'Plenary can only use folders you chose with “Choose folder…”. Choose the folder again.');
    }
    return found;
  }

  private checkAbsolute(candidate: string): string {
    if (candidate.includes('\0') || !(path.isAbsolute(candidate) || path.win32.isAbsolute(candidate))) {
      throw new UserFacingError('invalid-path', 'Plenary needs the full path of what you chose. Choose it again.');
    }
    return path.resolve(candidate);
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      if (!this.grantsFile) return;
      const text = await readFile(this.grantsFile, 'utf8').catch(() => null);
      if (text === null) return;
      try {
        const parsed = grantsFileSchema.parse(JSON.parse(text.replace(/^\uFEFF/, '')));
        this.folders = new Map(parsed.folders.map((entry) => [entry.token, entry.path]));
      } catch {
        // A damaged list only means the folders must be chosen again.
        this.folders = new Map();
      }
    })();
    return this.loaded;
  }

  private save(): Promise<void> {
    const file = this.grantsFile;
    if (!file) return Promise.resolve();
    const body = JSON.stringify({ version: 1, folders: [...this.folders].map(([token, folder]) => ({ token, path: folder })) });
    this.saving = this.saving.then(async () => {
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, body);
      await rename(temp, file);
    });
    // Forgetting a folder is harmless (it is chosen again); a failed save must not fail the choice.
    return this.saving.catch(() => {});
  }
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}
