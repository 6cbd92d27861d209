import { newId } from '../model/ids';
import { nextRevision } from '../model/revision';
import { templateSchema, type Template } from '../model/template';
import { isBuiltinTemplateId } from './builtins';
import { cloneState } from './jsonTree';
import type { TemplateDraft } from './instantiate';

/**
 * The user's own templates: made from scratch, from a session, from a file or
 * from another template. Each change is a new revision, so the copy in the
 * disk archive and the one in the app reconcile like every other record.
 */
export function createUserTemplate(draft: TemplateDraft, now = Date.now()): Template {
  return templateSchema.parse({
    id: newId(),
    name: draft.name,
    description: draft.description,
    ...(draft.kind ? { kind: draft.kind } : {}),
    ...(draft.basedOn ? { basedOn: draft.basedOn } : {}),
    content: cloneState(draft.content),
    revision: 1,
    updatedAt: now,
  });
}

/** A name for a copy that no other template has: "Talk (copy)", "Talk (copy 2)", … */
export function copyName(name: string, taken: readonly string[]): string {
  const base = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const used = new Set(taken.map((existing) => existing.toLocaleLowerCase()));
  for (let number = 1; ; number++) {
    const candidate = number === 1 ? `${base} (copy)` : `${base} (copy ${number})`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate.slice(0, 120);
  }
}

/**
 * A new user template with the content of `source`. A copy of a built-in is
 * "based on" it; a copy of a user template keeps what that one was based on.
 */
export function duplicateTemplate(source: Template, taken: readonly string[], now = Date.now()): Template {
  const basedOn = isBuiltinTemplateId(source.id) ? source.id : source.basedOn;
  return createUserTemplate(
    {
      name: copyName(source.name, taken),
      description: source.description,
      ...(source.kind ? { kind: source.kind } : {}),
      ...(basedOn ? { basedOn } : {}),
      content: source.content,
    },
    now,
  );
}

export type TemplateChange = Partial<Pick<Template, 'name' | 'description' | 'kind' | 'content'>>;

/** The next revision of a user template with some fields changed; built-ins cannot be changed. */
export function updateUserTemplate(template: Template, change: TemplateChange, now = Date.now()): Template {
  if (isBuiltinTemplateId(template.id)) throw new Error('Built-in templates cannot be changed; duplicate one to make your own.');
  return templateSchema.parse({ ...nextRevision(template, now), ...change });
}

/** The tombstone of a deleted user template: kept so the disk copy does not bring it back. */
export function deleteUserTemplate(template: Template, now = Date.now()): Template {
  if (isBuiltinTemplateId(template.id)) throw new Error('Built-in templates cannot be deleted; hide them instead.');
  return { ...nextRevision(template, now), deleted: true };
}

/** settings.hiddenTemplateIds after hiding or showing a built-in. */
export function setTemplateHidden(hiddenIds: readonly string[], id: string, hidden: boolean): string[] {
  const rest = hiddenIds.filter((existing) => existing !== id);
  return hidden && isBuiltinTemplateId(id) ? [...rest, id] : rest;
}
