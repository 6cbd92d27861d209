import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinDocumentText } from '../editor/documentText';
import { chunkBlocks } from './documentChunks';

const head = '{"root":{"children":';
const tail = ',"type":"root"}}';
const block = (text: string, stamp: number) =>
  JSON.stringify({ type: 'paragraph', children: [{ type: 'text', text, format: 0 }], textFormat: 0, $: { stamp } });

/** A day of notes: 5,000 lines of varied length, each stamped a few seconds after the one before. */
function notes(count: number): string[] {
  const words = ['latency', 'the speaker', 'p99', 'queue', 'we tried', 'ask about', 'TODO', 'Kafka', 'retries', 'the demo'];
  return Array.from({ length: count }, (_, index) => block(Array.from({ length: 3 + ((index * 7) % 40) }, (_, word) => words[(index + word * 3) % words.length]).join(' '), 1_700_000_000_000 + index * 4_000));
}

function newChunks(before: readonly string[], after: readonly string[]): number {
  const old = new Set(before);
  return after.filter((chunk) => !old.has(chunk)).length;
}

describe('cutting a document into chunks', () => {
  it('gives back exactly the document, in chunks none of which is empty or over the size limits', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 600 }), (texts) => {
        const blocks = texts.map((text, index) => block(text, index));
        const chunks = chunkBlocks(blocks);
        expect(JSON.parse(joinDocumentText({ head, blocks: chunks, tail }))).toEqual(JSON.parse(`${head}[${blocks.join(',')}]${tail}`));
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect((JSON.parse(`[${chunk}]`) as unknown[]).length).toBeLessThanOrEqual(128);
        }
      }),
    );
  });

  it('cuts 5,000 lines into a couple of hundred chunks', () => {
    const chunks = chunkBlocks(notes(5000));
    expect(chunks.length).toBeGreaterThan(40);
    expect(chunks.length).toBeLessThan(400);
  });

  it('changes only the chunk or two around a line typed into, added or deleted, wherever it is', () => {
    const blocks = notes(5000);
    const before = chunkBlocks(blocks);
    const counts: number[] = [];
    for (let at = 17; at < blocks.length; at += 97) {
      const typedInto = blocks.with(at, block('latency went up after the deploy, ask about it', 1_700_000_000_000 + at * 4_000));
      const inserted = [...blocks.slice(0, at), block('a new line', 1_800_000_000_000), ...blocks.slice(at)];
      const deleted = [...blocks.slice(0, at), ...blocks.slice(at + 1)];
      for (const after of [typedInto, inserted, deleted]) counts.push(newChunks(before, chunkBlocks(after)));
    }
    // A change moves the ends of the chunks only up to the next block that always ends one.
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeLessThan(1.5);
  });
});
