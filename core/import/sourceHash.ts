/** The text of a section as it is hashed: line ends, trailing spaces and blank runs do not count. */
export function normaliseSection(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** SHA-256 of a text, as lowercase hex (Web Crypto: the same in Node, Electron and the renderer). */
export async function sourceHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
