import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveActionItems } from './derive';
import { ActionItemsByBlock } from './deriveByBlock';

const baseContext = { timeZone: 'Europe/Berlin', referenceTime: Date.parse('2026-11-24T09:00:00+01:00'), tags: ['conf'] };
const context = baseContext;

const phrases = [
  'TODO email the speaker',
  "I'll try that out later",
  'We need to grab that dataset!',
  'Redis as broker',
  'Should we adopt trunk-based development?',
  'follow up with @dana by Friday',
  'TODO email @lee tomorrow',
  'the slides are online',
  '',
];

function text(value: string) {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 };
}

type Block = Record<string, unknown>;

const blockArbitrary: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('paragraph'), phrase: fc.constantFrom(...phrases), stamp: fc.option(fc.nat(1000)) }),
  fc.record({ kind: fc.constant('heading'), phrase: fc.constantFrom('Actions for me', 'Questions', 'Notes'), stamp: fc.nat(1000) }),
  fc.record({
    kind: fc.constantFrom('check', 'bullet'),
    items: fc.array(fc.record({ phrase: fc.constantFrom(...phrases), id: fc.constantFrom(null, 'a1', 'a2', 'a3'), checked: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  }),
).map((spec): Block => {
  if (spec.kind === 'paragraph' || spec.kind === 'heading') {
    const { phrase, stamp } = spec as { phrase: string; stamp: number | null };
    return {
      type: spec.kind,
      ...(spec.kind === 'heading' ? { tag: 'h2' } : {}),
      children: phrase ? [text(phrase)] : [],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      // A line without a stamp (typed before the talk, imported) reads "tomorrow" from the reference time.
      ...(stamp === null ? {} : { $: { stamp: stamp + 1 } }),
    };
  }
  const { items } = spec as { items: { phrase: string; id: string | null; checked: boolean }[] };
  return {
    type: 'list',
    listType: spec.kind,
    start: 1,
    tag: 'ul',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: items.map((item, index) => ({
      type: 'listitem',
      value: index + 1,
      ...(spec.kind === 'check' ? { checked: item.checked } : {}),
      children: item.phrase ? [text(item.phrase)] : [],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      $: item.id && spec.kind === 'check' ? { stamp: 5, actionId: item.id } : { stamp: 5 },
    })),
  };
});

type Edit = { kind: 'replace' | 'insert' | 'delete'; at: number; block: Block };
const editArbitrary: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('replace', 'insert', 'delete'), at: fc.nat(), block: blockArbitrary });

describe('ActionItemsByBlock', () => {
  it('gives the rows deriveActionItems gives for the whole document, save after save', () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 12 }), fc.array(editArbitrary, { maxLength: 15 }), (initial, edits) => {
        let nextKey = 1;
        let document = initial.map((block) => ({ key: String(nextKey++), json: JSON.stringify(block) }));
        const derivation = new ActionItemsByBlock();
        let save = 0;
        const check = () => {
          // A session never started takes each save's instant as its reference time.
          const context = { ...baseContext, referenceTime: baseContext.referenceTime + 86_400_000 * save++ };
          const whole = { root: { type: 'root', children: document.map((block) => JSON.parse(block.json) as unknown) } };
          const texts = { keys: document.map((block) => block.key), blocks: document.map((block) => block.json) };
          expect(derivation.rows('s1', 'c1', texts, context)).toEqual(deriveActionItems('s1', 'c1', whole, context));
        };
        check();
        for (const edit of edits) {
          const at = document.length === 0 ? 0 : edit.at % (edit.kind === 'insert' ? document.length + 1 : document.length);
          const json = JSON.stringify(edit.block);
          if (edit.kind === 'insert' || document.length === 0) document = [...document.slice(0, at), { key: String(nextKey++), json }, ...document.slice(at)];
          else if (edit.kind === 'replace') document = document.map((block, index) => (index === at ? { key: block.key, json } : block));
          else document = document.filter((_, index) => index !== at);
          check();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a changed context again', () => {
    const derivation = new ActionItemsByBlock();
    const block = JSON.stringify({ type: 'paragraph', children: [text('email @dana tomorrow')], $: { stamp: Date.parse('2026-11-24T10:00:00Z') } });
    const texts = { keys: ['1'], blocks: [block] };
    const berlin = derivation.rows('s', 'c', texts, { ...context, tags: [] });
    const tokyo = derivation.rows('s', 'c', texts, { ...context, timeZone: 'Pacific/Kiritimati', tags: ['other'] });
    expect(berlin[0]?.tags).toEqual([]);
    expect(tokyo[0]?.tags).toEqual(['other']);
  });

  it('says which block is not JSON, and keeps what it held', () => {
    const derivation = new ActionItemsByBlock();
    const good = JSON.stringify({ type: 'paragraph', children: [text("I'll try that out later")] });
    expect(derivation.rows('s', 'c', { keys: ['1'], blocks: [good] }, context)).toHaveLength(1);
    expect(() => derivation.rows('s', 'c', { keys: ['1', '2'], blocks: [good, '{"type":'] }, context)).toThrow(/block 2 of the notes is not valid JSON/);
    expect(() => derivation.rows('s', 'c', { keys: ['1', '2'], blocks: [good, '[1]'] }, context)).toThrow(/block 2 of the notes is not a block/);
    expect(derivation.rows('s', 'c', { keys: ['1'], blocks: [good] }, context)).toHaveLength(1);
  });
});
