import { describe, expect, it } from 'vitest';
import { joinDocumentText } from '../editor/documentText';
import { DocumentBlocks } from './documentBlocks';
import { blockHash } from './documentChunks';

const head = '{"root":{"children":';
const tail = ',"type":"root"}}';
const block = (text: string) => JSON.stringify({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('DocumentBlocks', () => {
  it('puts a document together from a whole save and then from changed blocks only', () => {
    const documents = new DocumentBlocks();
    const first = documents.apply('s1', { head, tail, keys: ['a', 'b'], changed: { a: block('one'), b: block('two') }, whole: true });
    expect(first && JSON.parse(joinDocumentText(first))).toEqual({ root: { children: [JSON.parse(block('one')), JSON.parse(block('two'))], type: 'root' } });
    // b changed, c is new, a is unchanged and not sent; the order is the save's.
    const second = documents.apply('s1', { head, tail, keys: ['c', 'a', 'b'], changed: { b: block('two!'), c: block('zero') }, whole: false });
    expect(second?.blocks).toEqual([block('zero'), block('one'), block('two!')]);
    // Each block's hash comes with it, for cutting the document into chunks.
    expect(second?.hashes).toEqual(second?.blocks.map(blockHash));
    // A removed block is forgotten: a later save cannot bring it back without its text.
    expect(documents.apply('s1', { head, tail, keys: ['a'], changed: {}, whole: false })?.blocks).toEqual([block('one')]);
    expect(documents.apply('s1', { head, tail, keys: ['a', 'b'], changed: {}, whole: false })).toBeNull();
  });

  it('asks for a whole save when it holds nothing of the session, or forgot it after a failed save', () => {
    const documents = new DocumentBlocks();
    expect(documents.apply('s2', { head, tail, keys: ['a'], changed: {}, whole: false })).toBeNull();
    documents.apply('s2', { head, tail, keys: ['a'], changed: { a: block('one') }, whole: true });
    documents.forget('s2');
    expect(documents.apply('s2', { head, tail, keys: ['a'], changed: {}, whole: false })).toBeNull();
  });

  it('does not take a key named like an object property for a block it holds', () => {
    const documents = new DocumentBlocks();
    documents.apply('s3', { head, tail, keys: ['a'], changed: { a: block('one') }, whole: true });
    expect(documents.apply('s3', { head, tail, keys: ['toString'], changed: {}, whole: false })).toBeNull();
  });
});
