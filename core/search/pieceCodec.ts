import type { PieceData } from './indexPiece';
import type { SessionSummary } from './sessionSource';

/**
 * The stored form of an index piece: one gzip stream holding a small JSON
 * header (the sessions, the words, the lines' text) and the piece's typed
 * arrays as they are in memory, entry numbers in postings and stamps kept as
 * differences so they compress to a byte or two. Reading it is a native
 * decompression, one JSON parse of the piece's strings and views on the
 * arrays: no object per posting is ever made.
 */
const FORMAT = 1;

interface Header {
  format: number;
  key: string;
  sessions: SessionSummary[];
  terms: string[];
  texts: string[];
  entries: number;
  postings: number;
}

type Layout = Array<[name: keyof Sections, bytesPer: number, count: number]>;

interface Sections {
  entrySession: Uint32Array;
  entryBlock: Int32Array;
  entryStamp: Float64Array;
  fieldLength: Uint16Array;
  postStart: Uint32Array;
  postEntry: Uint32Array;
  postField: Uint8Array;
  postFreq: Uint8Array;
}

function layout(entries: number, terms: number, postings: number, fieldLengths: number): Layout {
  return [
    ['entryStamp', 8, entries],
    ['entrySession', 4, entries],
    ['entryBlock', 4, entries],
    ['postStart', 4, terms + 1],
    ['postEntry', 4, postings],
    ['fieldLength', 2, fieldLengths],
    ['postField', 1, postings],
    ['postFreq', 1, postings],
  ];
}

const align8 = (offset: number) => Math.ceil(offset / 8) * 8;

async function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Response(stream).arrayBuffer();
}

/** Stamps as the difference from the stamp before (NaN for a line without one). */
function stampDeltas(stamps: Float64Array): Float64Array {
  const out = new Float64Array(stamps.length);
  let previous = 0;
  stamps.forEach((stamp, index) => {
    if (Number.isNaN(stamp)) {
      out[index] = NaN;
      return;
    }
    out[index] = stamp - previous;
    previous = stamp;
  });
  return out;
}

function stampsFromDeltas(deltas: Float64Array): Float64Array {
  const out = new Float64Array(deltas.length);
  let previous = 0;
  deltas.forEach((delta, index) => {
    if (Number.isNaN(delta)) {
      out[index] = NaN;
      return;
    }
    previous += delta;
    out[index] = previous;
  });
  return out;
}

/** Postings' entry numbers as the difference from the posting before within the same word. */
function entryDeltas(entries: Uint32Array, starts: Uint32Array, undo: boolean): Uint32Array {
  const out = new Uint32Array(entries.length);
  for (let term = 0; term + 1 < starts.length; term++) {
    let previous = 0;
    for (let at = starts[term] ?? 0; at < (starts[term + 1] ?? 0); at++) {
      const value = entries[at] ?? 0;
      if (undo) {
        previous += value;
        out[at] = previous;
      } else {
        out[at] = value - previous;
        previous = value;
      }
    }
  }
  return out;
}

export async function encodePiece(data: PieceData): Promise<Uint8Array> {
  const header: Header = {
    format: FORMAT,
    key: data.key,
    sessions: data.sessions,
    terms: data.terms,
    texts: data.entryText,
    entries: data.entrySession.length,
    postings: data.postEntry.length,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sections: Sections = {
    entrySession: data.entrySession,
    entryBlock: data.entryBlock,
    entryStamp: stampDeltas(data.entryStamp),
    fieldLength: data.fieldLength,
    postStart: data.postStart,
    postEntry: entryDeltas(data.postEntry, data.postStart, false),
    postField: data.postField,
    postFreq: data.postFreq,
  };
  const parts = layout(header.entries, data.terms.length, header.postings, data.fieldLength.length);
  let size = align8(4 + headerBytes.length);
  for (const [, bytesPer, count] of parts) size = align8(size + bytesPer * count);
  const buffer = new ArrayBuffer(size);
  const bytes = new Uint8Array(buffer);
  new DataView(buffer).setUint32(0, headerBytes.length, true);
  bytes.set(headerBytes, 4);
  let offset = align8(4 + headerBytes.length);
  for (const [name, bytesPer, count] of parts) {
    const array = sections[name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, bytesPer * count), offset);
    offset = align8(offset + bytesPer * count);
  }
  return new Uint8Array(await through(bytes, new CompressionStream('gzip')));
}

/** Reads a stored piece; throws if it is not one (the index is then built again). */
export async function decodePiece(stored: Uint8Array): Promise<PieceData> {
  const buffer = await through(stored, new DecompressionStream('gzip'));
  const bytes = new Uint8Array(buffer);
  const headerLength = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header;
  if (header.format !== FORMAT || !Array.isArray(header.terms) || !Array.isArray(header.sessions) || !Array.isArray(header.texts)) {
    throw new Error('The saved search index is from another version; it will be built again.');
  }
  const parts = layout(header.entries, header.terms.length, header.postings, header.entries * 5);
  const views: Partial<Sections> = {};
  let offset = align8(4 + headerLength);
  const kinds = { 8: Float64Array, 4: Uint32Array, 2: Uint16Array, 1: Uint8Array } as const;
  for (const [name, bytesPer, count] of parts) {
    if (offset + bytesPer * count > buffer.byteLength) throw new Error('The saved search index is cut short; it will be built again.');
    const Kind = name === 'entryBlock' ? Int32Array : kinds[bytesPer as 8 | 4 | 2 | 1];
    // A copy, so the decompressed bytes (half of them the header's text, already parsed) can be freed.
    (views as Record<string, unknown>)[name] = new Kind(buffer, offset, count).slice();
    offset = align8(offset + bytesPer * count);
  }
  const sections = views as Sections;
  return {
    key: header.key,
    sessions: header.sessions,
    terms: header.terms,
    entryText: header.texts,
    entrySession: sections.entrySession,
    entryBlock: sections.entryBlock,
    entryStamp: stampsFromDeltas(sections.entryStamp),
    fieldLength: sections.fieldLength,
    postStart: sections.postStart,
    postEntry: entryDeltas(sections.postEntry, sections.postStart, true),
    postField: sections.postField,
    postFreq: sections.postFreq,
  };
}
