import { describe, expect, it } from 'vitest';
import { Typist } from '../export/__fixtures__/typist';
import type { EditorStateJson } from '../model/session';
import { builtinTemplate } from '../templates/builtins';
import { instantiateTemplate } from '../templates/instantiate';
import { walk, type JsonNode } from '../templates/jsonTree';

const T0 = Date.UTC(2026, 5, 10, 7, 30);

function talkDocument(): EditorStateJson {
  const template = builtinTemplate('builtin-talk');
  if (!template) throw new Error('no talk template');
  return instantiateTemplate(template, { title: 'Queues', speakers: ['Mira'], room: 'A', track: '', url: '', scheduledStart: T0 }, { name: 'Conf', timeZone: 'UTC' }, T0);
}

/** Each line of a document: its text and whether it still carries the template's mark. */
function lines(state: EditorStateJson): { type: string; text: string; fromTemplate: boolean }[] {
  const out: { type: string; text: string; fromTemplate: boolean }[] = [];
  walk(state.root as JsonNode, (node) => {
    if (!['paragraph', 'heading', 'quote', 'listitem'].includes(String(node.type))) return;
    const text = (Array.isArray(node.children) ? (node.children as JsonNode[]) : [])
      .filter((child) => child.type === 'text')
      .map((child) => String(child.text))
      .join('');
    const state = node['$'] as Record<string, unknown> | undefined;
    out.push({ type: String(node.type), text, fromTemplate: state?.['fromTemplate'] === true });
  });
  return out;
}

describe('the template mark', () => {
  it('is on every line a template inserts', () => {
    const all = lines(talkDocument());
    expect(all.length).toBeGreaterThan(8);
    expect(all.every((line) => line.fromTemplate)).toBe(true);
  });

  it('goes from a line as soon as the user types in it, and only from that line', () => {
    const typed = new Typist(talkDocument(), T0).after('Key points').type('Backpressure beats bigger queues.').document();
    const all = lines(typed);
    expect(all.filter((line) => !line.fromTemplate)).toEqual([{ type: 'listitem', text: 'Backpressure beats bigger queues.', fromTemplate: false }]);
    expect(all.find((line) => line.text === 'Key points')?.fromTemplate).toBe(true);
  });

  it('is not carried to a new line made with Enter', () => {
    const typist = new Typist(talkDocument(), T0).after('Quotes').type('x');
    expect(lines(typist.document()).find((line) => line.type === 'quote')?.fromTemplate).toBe(false);
    const entered = new Typist(talkDocument(), T0).after('Key points').type('one\ntwo').document();
    expect(lines(entered).filter((line) => line.type === 'listitem' && line.text !== '').map((line) => [line.text, line.fromTemplate])).toEqual([
      ['one', false],
      ['two', false],
    ]);
  });

  it('stays when a document is loaded and the editor starts', () => {
    const loaded = new Typist(talkDocument(), T0).document();
    expect(lines(loaded).every((line) => line.fromTemplate)).toBe(true);
  });
});
