/** Random ids for records. Web Crypto is available in Node 20, Electron and Chromium alike. */
export function newId(): string {
  return crypto.randomUUID();
}
