/** The `code` of a Node system error (`ENOENT`, `EPERM`, …), or undefined for anything else thrown. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
