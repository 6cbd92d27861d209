/** Random ids for records. Web Crypto is available in Node 20, Electron and Chromium alike. */
export function newId(): string {
  return crypto.randomUUID();
}

/** A short id (8 hex characters), used where a human may see it: file-name collisions, anchors. */
export function shortId(): string {
  return newId().replace(/-/g, '').slice(0, 8);
}
