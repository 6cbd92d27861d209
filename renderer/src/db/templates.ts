import type { Template } from '../../../core/model/template';
import { builtinTemplates } from '../../../core/templates/builtins';
import type { TemplateDraft } from '../../../core/templates/instantiate';
import {
  createUserTemplate,
  deleteUserTemplate,
  duplicateTemplate,
  updateUserTemplate,
  type TemplateChange,
} from '../../../core/templates/userTemplates';
import { database } from './database';

/** The user's own templates that are not deleted, by name. */
export async function listUserTemplates(): Promise<Template[]> {
  const all = await database().templates.orderBy('name').toArray();
  return all.filter((template) => !template.deleted);
}

export async function getUserTemplate(id: string): Promise<Template | undefined> {
  const template = await database().templates.get(id);
  return template && !template.deleted ? template : undefined;
}

export async function addUserTemplate(draft: TemplateDraft, now = Date.now()): Promise<Template> {
  const template = createUserTemplate(draft, now);
  await database().templates.add(template);
  return template;
}

/** A copy of any template (built-in or the user's) under a name no other template has. */
export async function duplicateUserTemplate(source: Template, now = Date.now()): Promise<Template> {
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const own = await listUserTemplates();
    const taken = [...builtinTemplates(), ...own].map((template) => template.name);
    const copy = duplicateTemplate(source, taken, now);
    await db.templates.add(copy);
    return copy;
  });
}

export async function changeUserTemplate(id: string, change: TemplateChange, now = Date.now()): Promise<Template> {
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const current = await db.templates.get(id);
    if (!current || current.deleted) throw new Error('That template no longer exists.');
    const updated = updateUserTemplate(current, change, now);
    await db.templates.put(updated);
    return updated;
  });
}

/** Deletes a user template, keeping its tombstone so the archive folder does not bring it back. */
export async function deleteUserTemplateById(id: string, now = Date.now()): Promise<Template> {
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const current = await db.templates.get(id);
    if (!current) throw new Error('That template no longer exists.');
    if (current.deleted) return current;
    const tombstone = deleteUserTemplate(current, now);
    await db.templates.put(tombstone);
    return tombstone;
  });
}

/** Brings back a template deleted by mistake (Undo): a new revision without the tombstone. */
export async function restoreUserTemplate(id: string, now = Date.now()): Promise<Template> {
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const current = await db.templates.get(id);
    if (!current) throw new Error('That template no longer exists.');
    if (!current.deleted) return current;
    const { deleted: _deleted, ...rest } = current;
    const restored: Template = { ...rest, revision: current.revision + 1, updatedAt: now };
    await db.templates.put(restored);
    return restored;
  });
}
