/** A file that cannot be imported; the message names the file and says why, and nothing from it is imported. */
export class ImportError extends Error {
  constructor(
    readonly fileName: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileName} cannot be imported: ${reason}.`, options);
    this.name = 'ImportError';
  }
}
