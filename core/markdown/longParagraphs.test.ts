import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToEditorState } from './convert';

// Lines of every kind the reader knows, so pieces meet lists, quotes, code and hard breaks.
const lineKinds = [
  'plain words here',
  'more **bold** and *italic* text',
  'a [link](https://example.com) inside',
  'ends with a hard break  ',
  'ends with a backslash\\',
  '  indented continuation',
  '',
  '   ',
  '# A heading',
  '> a quote',
  '- a bullet',
  '- [ ] a task',
  '1. numbered',
  '```',
  '```ts',
  '``` inline ```',
  '![slide](slide.png)',
  '\ttabbed',
  '**',
];

function withoutKeys(state: unknown): string {
  return JSON.stringify(state, (key, value) => (key === 'actionId' || key === '$' ? undefined : value));
}

describe('long paragraphs read in pieces', () => {
  it('give the same document as reading them whole, for any mix of lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lineKinds), { minLength: 1, maxLength: 60 }), (lines) => {
        const markdown = lines.join('\n');
        const whole = markdownToEditorState(markdown, { paragraphPieceLines: Number.POSITIVE_INFINITY, assignActionIds: false });
        const pieces = markdownToEditorState(markdown, { paragraphPieceLines: 2, assignActionIds: false });
        expect(withoutKeys(pieces)).toBe(withoutKeys(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('read a paragraph of 16,000 lines in time linear in its length', () => {
    const paragraph = (n: number) => Array.from({ length: n }, (_, i) => `line ${i} of one long paragraph`).join('\n');
    const timed = (n: number) => {
      const start = performance.now();
      const state = markdownToEditorState(paragraph(n));
      expect(state.root.children).toHaveLength(1);
      return performance.now() - start;
    };
    timed(500);
    const small = timed(2_000);
    const large = timed(16_000);
    // Eight times the lines; a reader that is n² takes 64 times as long.
    expect(large / small).toBeLessThan(24);
  }, 120_000);
});
