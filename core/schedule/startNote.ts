import type { Conference } from '../model/conference';
import type { EditorStateJson, Session, SessionKind } from '../model/session';
import type { Template } from '../model/template';
import { instantiateTemplate } from '../templates/instantiate';
import type { JsonNode } from '../templates/jsonTree';

const lineTypes = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/**
 * The template a planned talk's note starts from: the conference's default
 * when it suits the talk's kind, else the first template made for that kind,
 * else the first talk template.
 */
export function templateForKind(kind: SessionKind, templates: readonly Template[], defaultTemplateId?: string): Template | null {
  const chosen = defaultTemplateId ? templates.find((template) => template.id === defaultTemplateId) : undefined;
  if (chosen && (!chosen.kind || chosen.kind === kind)) return chosen;
  return templates.find((template) => template.kind === kind) ?? templates.find((template) => template.kind === 'talk') ?? null;
}

function textNode(text: string): JsonNode {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 };
}

/**
 * The first document of a planned talk's note: its template filled with the
 * schedule's facts. The abstract goes where the template has `{{abstract}}`;
 * a template without one gets it as a quote under the header lines.
 */
export function plannedNoteDocument(template: Pick<Template, 'content'> | null, session: Session, conference: Pick<Conference, 'name' | 'timeZone'> | null, now = Date.now()): EditorStateJson {
  const base: EditorStateJson = template
    ? instantiateTemplate(template, session, conference, now)
    : { root: { type: 'root', children: [{ type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }], direction: null, format: '', indent: 0, version: 1 } };
  const abstract = session.abstract?.trim();
  const usesAbstract = template ? JSON.stringify(template.content).match(/\{\{\s*abstract\s*\}\}/i) !== null : false;
  if (!abstract || usesAbstract) return base;
  const children = base.root.children as JsonNode[];
  const quote: JsonNode = { type: 'quote', children: [textNode(abstract.replace(/\s+/g, ' '))], direction: null, format: '', indent: 0, version: 1 };
  // Under the title and the facts, before the first section of the template.
  const firstSection = children.findIndex((node, index) => index > 0 && node.type === 'heading');
  const at = firstSection === -1 ? Math.min(1, children.length) : firstSection;
  return { ...base, root: { ...base.root, children: [...children.slice(0, at), quote, ...children.slice(at)] } };
}

function isEmptyLine(node: JsonNode): boolean {
  const children = Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
  return children.every((child) => child.type === 'text' && typeof child.text === 'string' && child.text.trim() === '') && !children.some((child) => lineTypes.has(String(child.type)) || child.type === 'list');
}

/**
 * The index of the first empty line of a document, counted as the editor
 * counts lines (paragraphs, headings, quotes, list items, in document
 * order): where the caret goes when a note starts, so the first keystroke
 * is a note and not an edit of the title. The last line when none is empty.
 */
export function firstEmptyLineIndex(state: EditorStateJson): number {
  let index = 0;
  let found: number | null = null;
  const visit = (node: JsonNode) => {
    if (found !== null) return;
    if (lineTypes.has(String(node.type))) {
      if (isEmptyLine(node)) {
        found = index;
        return;
      }
      index++;
    }
    for (const child of Array.isArray(node.children) ? (node.children as JsonNode[]) : []) visit(child);
  };
  for (const block of state.root.children as JsonNode[]) visit(block);
  return found ?? Math.max(0, index - 1);
}
