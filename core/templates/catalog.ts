import type { SessionKind } from '../model/session';
import type { Template } from '../model/template';
import { builtinTemplates, isBuiltinTemplateId } from './builtins';

export interface CatalogEntry {
  template: Template;
  builtin: boolean;
  /** The conference's default template for new sessions. */
  isDefault: boolean;
  /** A built-in the user hid; listed only when hidden ones are asked for. */
  hidden: boolean;
}

export interface CatalogOptions {
  userTemplates: readonly Template[];
  /** settings.hiddenTemplateIds */
  hiddenTemplateIds?: readonly string[];
  /** conference.defaultTemplateId */
  defaultTemplateId?: string | undefined;
  /** What the user typed in the picker. */
  query?: string;
  /** The kind of the session being created: templates made for it come first. */
  kind?: SessionKind | undefined;
  /** The Templates screen lists hidden built-ins too (to show them again). */
  includeHidden?: boolean;
}

/** Lower case, accents removed, so "cafe" finds "Café". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function wordStarts(text: string, token: string): boolean {
  return text.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(token));
}

/**
 * How well a template matches what was typed; null when it does not. Every
 * word typed must appear in the name or the description; the name counts far
 * more than the description, and the start of a word more than its middle.
 */
export function matchScore(template: Pick<Template, 'name' | 'description'>, query: string): number | null {
  const tokens = fold(query).split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 0;
  const name = fold(template.name);
  const description = fold(template.description);
  let score = name.startsWith(tokens.join(' ')) ? 200 : 0;
  for (const token of tokens) {
    if (name.startsWith(token)) score += 100;
    else if (wordStarts(name, token)) score += 60;
    else if (name.includes(token)) score += 30;
    else if (wordStarts(description, token)) score += 10;
    else if (description.includes(token)) score += 5;
    else return null;
  }
  return score;
}

/**
 * The templates the picker offers, best first: the conference's default,
 * then those made for the session's kind, then the user's own (by name), then
 * the built-ins in their fixed order. With a query, only matching templates
 * are listed, the default still first and the rest by how well they match.
 */
export function templateCatalog(options: CatalogOptions): CatalogEntry[] {
  const hidden = new Set(options.hiddenTemplateIds ?? []);
  const byName = (a: Template, b: Template) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
  const own = options.userTemplates.filter((template) => !template.deleted && !isBuiltinTemplateId(template.id)).sort(byName);
  const entries: CatalogEntry[] = [
    ...own.map((template) => ({ template, builtin: false, isDefault: false, hidden: false })),
    ...builtinTemplates().map((template) => ({ template, builtin: true, isDefault: false, hidden: hidden.has(template.id) })),
  ].map((entry) => ({ ...entry, isDefault: entry.template.id === options.defaultTemplateId }));

  // A hidden built-in that a conference uses as its default is still offered there.
  const visible = entries.filter((entry) => !entry.hidden || entry.isDefault || options.includeHidden);
  const scored = visible
    .map((entry, order) => ({ entry, order, score: matchScore(entry.template, options.query ?? '') }))
    .filter((item): item is { entry: CatalogEntry; order: number; score: number } => item.score !== null);
  const kindRank = (entry: CatalogEntry) => (options.kind !== undefined && entry.template.kind === options.kind ? 0 : 1);
  scored.sort(
    (a, b) =>
      Number(b.entry.isDefault) - Number(a.entry.isDefault) ||
      b.score - a.score ||
      kindRank(a.entry) - kindRank(b.entry) ||
      a.order - b.order,
  );
  return scored.map((item) => item.entry);
}

/** A template by id, built-in or the user's own (not deleted); undefined when there is none. */
export function findTemplate(id: string | undefined, userTemplates: readonly Template[]): Template | undefined {
  if (id === undefined) return undefined;
  return (
    builtinTemplates().find((template) => template.id === id) ??
    userTemplates.find((template) => template.id === id && !template.deleted)
  );
}
