import { describe, expect, it } from 'vitest';
import { decodeNotes, decodingWarning } from './decodeNotes';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = endian === 'le' ? code & 0xff : code >> 8;
    out[3 + i * 2] = endian === 'le' ? code >> 8 : code & 0xff;
  }
  return out;
}

describe('decodeNotes', () => {
  it('keeps a UTF-8 file whose last character is cut in half as UTF-8, and says which line', () => {
    const whole = utf8('Café talk\nNotes on caches\nLast words é');
    const decoded = decodeNotes(whole.subarray(0, whole.length - 1));
    expect(decoded?.encoding).toBe('utf-8');
    expect(decoded?.text.split('\n').slice(0, 2)).toEqual(['Café talk', 'Notes on caches']);
    expect(decoded?.text.endsWith('Last words �')).toBe(true);
    expect(decoded?.badLines).toEqual([3]);
    expect(decodingWarning('talk.txt', decoded!)).toBe(
      'talk.txt has bytes that are not UTF-8 on line 3; they are shown as “�”. Check those lines in the preview, or save the file as UTF-8 and import it again.',
    );
  });

  it('reports each line with a stray byte in a UTF-8 file', () => {
    const bytes = new Uint8Array([...utf8('Zürich\n'), 0xe9, ...utf8('t\nok\n'), 0xff, ...utf8('\nfine')]);
    expect(decodeNotes(bytes)).toMatchObject({ encoding: 'utf-8', badLines: [2, 4] });
  });

  it('reads UTF-16 with its BOM, either byte order', () => {
    for (const endian of ['le', 'be'] as const) {
      expect(decodeNotes(utf16('Vortrag über Caches\r\nin München', endian))).toEqual({ text: 'Vortrag über Caches\r\nin München', encoding: `utf-16${endian}`, badLines: [] });
    }
  });

  it('drops a UTF-8 BOM, reads Latin-1 only when nothing is UTF-8, and refuses binary', () => {
    expect(decodeNotes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Talk')]))).toEqual({ text: '# Talk', encoding: 'utf-8', badLines: [] });
    const latin1 = new Uint8Array([...'Vortrag '].map((c) => c.charCodeAt(0)).concat([0xfc], [...'ber'].map((c) => c.charCodeAt(0))));
    expect(decodeNotes(latin1)).toEqual({ text: 'Vortrag über', encoding: 'latin-1', badLines: [] });
    expect(decodeNotes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBeNull();
  });
});
