import { describe, expect, it } from 'vitest';
import { editorStateToMarkdown, markdownToEditorState } from '../../markdown/convert';
import { sessionKinds } from '../../model/session';
import { templateSchema } from '../../model/template';
import { blocksOf, textOf } from '../jsonTree';
import { normalizeDocument } from '../normalize';
import { placeholderNames, placeholdersIn } from '../placeholders';
import { builtinTemplate, builtinTemplates, builtinTemplateSources, isBuiltinTemplateId } from './index';

describe('built-in templates', () => {
  it('are the eight kinds of notes people take, with stable unique ids', () => {
    expect(builtinTemplateSources.map((source) => source.name)).toEqual([
      'Talk',
      'Panel',
      'Lightning talks',
      'Workshop / tutorial',
      'Reading group / discussion',
      'Hallway track / meeting',
      'Conference day live blog',
      'Talk proposal (CFP)',
    ]);
    const ids = builtinTemplateSources.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isBuiltinTemplateId(id)).toBe(true);
    expect(isBuiltinTemplateId('user-1')).toBe(false);
    expect(builtinTemplate('builtin-talk')?.name).toBe('Talk');
  });

  for (const template of builtinTemplates()) {
    describe(template.name, () => {
      it('is a valid template record with a short description and a session kind', () => {
        expect(templateSchema.parse(template)).toBeTruthy();
        expect(template.description.length).toBeGreaterThan(20);
        expect(template.description.length).toBeLessThanOrEqual(120);
        expect(sessionKinds).toContain(template.kind);
      });

      it('is a document the editor reads, unchanged', () => {
        expect(normalizeDocument(template.content)).toEqual(template.content);
        expect(blocksOf(template.content).length).toBeGreaterThan(1);
      });

      it('survives a markdown round trip', () => {
        const markdown = editorStateToMarkdown(template.content);
        const again = markdownToEditorState(markdown, { assignActionIds: false });
        expect(again).toEqual(template.content);
        expect(editorStateToMarkdown(again)).toBe(markdown);
      });

      it('uses only placeholders that are filled', () => {
        for (const name of placeholdersIn(template.content)) expect(placeholderNames).toContain(name);
      });

      it('holds no stamps and no action ids', () => {
        const json = JSON.stringify(template.content);
        expect(json).not.toContain('"stamp"');
        expect(json).not.toContain('"actionId"');
      });
    });
  }

  it('gives the talk the sections people write under', () => {
    const talk = builtinTemplate('builtin-talk');
    const headings = blocksOf(talk!.content).filter((block) => block.type === 'heading').map(textOf);
    expect(headings).toEqual(['Key points', 'Quotes', 'Questions', 'Action items', 'Links / more reading']);
    // The session's facts are in its header, not label lines in the notes.
    expect(blocksOf(talk!.content).map(textOf).join('\n')).not.toMatch(/Speakers:|Conference:|Room:|Link:/);
  });

  it('gives the proposal the sections of a call for papers, with minutes per outline section', () => {
    const cfp = builtinTemplate('builtin-cfp');
    const markdown = editorStateToMarkdown(cfp!.content);
    const top = blocksOf(cfp!.content).filter((block) => block.type === 'heading' && block.tag === 'h1').map(textOf);
    expect(top).toEqual(['Status', 'Title', 'Duration', 'Description', 'Who and Why (Audience)', 'Outline', 'Additional notes']);
    expect(markdown).toMatch(/### Introduction \(2 min\)/);
    expect(markdown).toMatch(/- \(5 min\) Q&A/);
  });

  it('starts the lightning talks with the first talk block', () => {
    const lightning = builtinTemplate('builtin-lightning');
    expect(blocksOf(lightning!.content).map(textOf)).toContain('Talk 1: ');
  });
});
