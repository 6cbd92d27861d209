import { describe, expect, it } from 'vitest';
import { mergeDocuments } from './mergeDocuments';

const line = (text: string, stamp: number) => ({
  type: 'paragraph',
  $: { stamp },
  children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
const item = (text: string, actionId: string, checked = false) => ({
  type: 'listitem',
  checked,
  value: 1,
  $: { actionId, stamp: 5 },
  children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  direction: null,
  format: '',
  indent: 0,
  version: 1,
});
const list = (...items: unknown[]) => ({ type: 'list', listType: 'check', tag: 'ul', start: 1, $: { stamp: 4 }, children: items, direction: null, format: '', indent: 0, version: 1 });
const doc = (...children: unknown[]) => ({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } });
const texts = (content: unknown) =>
  JSON.stringify(content)
    .match(/"text":"[^"]*"/g)
    ?.map((match) => match.slice(8, -1));

describe('mergeDocuments', () => {
  it('keeps the lines each side typed apart, each at its place', () => {
    const base = [line('intro', 1), line('slide 2', 2)];
    const laptop = doc(...base, line('typed on the laptop', 3));
    const phone = doc(line('intro', 1), line('phone aside', 2.5), line('slide 2', 2));
    const merged = mergeDocuments(laptop, phone);
    expect(texts(merged.content)).toEqual(['intro', 'phone aside', 'slide 2', 'typed on the laptop']);
    expect(merged).toMatchObject({ added: 1, differing: 0 });
  });

  it("merges action items by id, keeps the winner's text of a line both changed, and counts it", () => {
    const winner = doc(line('edited here', 1), list(item('email speaker', 'a1', true)));
    const other = doc(line('edited there', 1), list(item('email speaker', 'a1'), item('read the paper', 'a2')));
    const merged = mergeDocuments(winner, other);
    expect(texts(merged.content)).toEqual(['edited here', 'email speaker', 'read the paper']);
    expect(merged).toMatchObject({ added: 1, differing: 2 });
  });

  it('changes nothing when both are the same', () => {
    const same = doc(line('one', 1), line('two', 2));
    expect(mergeDocuments(same, structuredClone(same))).toEqual({ content: same, added: 0, differing: 0 });
  });
});
