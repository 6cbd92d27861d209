import { markdownToEditorState } from '../../markdown/convert';
import type { Template } from '../../model/template';
import type { BuiltinTemplateSource } from './builtinSource';
import { hallwayTrackTemplate } from './hallwayTrack';
import { lightningTalksTemplate } from './lightningTalks';
import { liveBlogTemplate } from './liveBlog';
import { panelTemplate } from './panel';
import { readingGroupTemplate } from './readingGroup';
import { talkTemplate } from './talk';
import { talkProposalTemplate } from './talkProposal';
import { workshopTemplate } from './workshop';

/** The built-in templates, in the order the picker shows them. */
export const builtinTemplateSources: readonly BuiltinTemplateSource[] = [
  talkTemplate,
  panelTemplate,
  lightningTalksTemplate,
  workshopTemplate,
  readingGroupTemplate,
  hallwayTrackTemplate,
  liveBlogTemplate,
  talkProposalTemplate,
];

export function isBuiltinTemplateId(id: string): boolean {
  return builtinTemplateSources.some((source) => source.id === id);
}

/** A built-in template as a record; revision 0, never stored, never deleted. */
export function builtinTemplateFromSource(source: BuiltinTemplateSource): Template {
  return {
    id: source.id,
    name: source.name,
    description: source.description,
    kind: source.kind,
    content: markdownToEditorState(source.markdown, { assignActionIds: false }),
    revision: 0,
    updatedAt: 0,
  };
}

let cached: readonly Template[] | null = null;

/** The built-in templates with their documents, read from markdown once. Treat them as read-only. */
export function builtinTemplates(): readonly Template[] {
  cached ??= Object.freeze(builtinTemplateSources.map(builtinTemplateFromSource));
  return cached;
}

export function builtinTemplate(id: string): Template | undefined {
  return builtinTemplates().find((template) => template.id === id);
}
