import slugify from '@sindresorhus/slugify';
import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { UserFacingError } from '../ipc/result';
import { editorStateToMarkdown, markdownToEditorState } from '../markdown/convert';
import { sessionKinds } from '../model/session';
import type { Template } from '../model/template';
import type { TemplateDraft } from './instantiate';

/**
 * A template shared as a file: markdown with YAML front matter.
 *
 *     ---
 *     plenary-template: 1
 *     name: Talk with demo
 *     description: Key points, the demo, questions.
 *     kind: talk
 *     ---
 *
 *     # {{title}}
 *     …
 *
 * `plenary-template` is the format version; a file written by hand may leave
 * it out. Anything wrong with a file is reported in one sentence that says
 * what to fix, and nothing is imported.
 */
export const TEMPLATE_FILE_FORMAT = 1;
export const TEMPLATE_FILE_EXTENSION = '.template.md';
/** Far more than any template; a bigger file is not one. */
export const MAX_TEMPLATE_FILE_CHARS = 256 * 1024;

export const TEMPLATE_FILE_ERROR = 'template-file-invalid';

function problem(message: string): UserFacingError {
  return new UserFacingError(TEMPLATE_FILE_ERROR, message);
}

const example = 'For example:\n---\nname: My talk template\ndescription: What it is for\n---';

const frontMatterSchema = z.object({
  'plenary-template': z
    .number({ error: 'plenary-template must be a number, such as 1.' })
    .int('plenary-template must be a whole number, such as 1.')
    .optional(),
  name: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'The front matter has no name. Add a line such as "name: My talk template".'
          : 'The name in the front matter must be text, such as "name: My talk template".',
    })
    .trim()
    .min(1, 'The name in the front matter is empty. Give the template a name.')
    .max(120, 'The name in the front matter is longer than 120 characters. Shorten it.'),
  description: z
    .string({ error: 'The description in the front matter must be text.' })
    .max(500, 'The description in the front matter is longer than 500 characters. Shorten it.')
    .optional(),
  kind: z
    .enum(sessionKinds, { error: `The kind in the front matter must be one of: ${sessionKinds.join(', ')}. Fix it or remove the line.` })
    .optional(),
});

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (char === '\uFFFD' || (code < 32 && char !== '\n' && char !== '\r' && char !== '\t' && char !== '\f')) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.02;
}

interface SplitFile {
  yaml: string;
  /** Line number of the first YAML line in the file, for messages. */
  firstLine: number;
  body: string;
}

function splitFrontMatter(text: string): SplitFile {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  if ((lines[start] ?? '').trimEnd() !== '---') {
    throw problem(`The file has no front matter. A template file starts with its name between two "---" lines. ${example}`);
  }
  for (let end = start + 1; end < lines.length; end++) {
    const line = (lines[end] ?? '').trimEnd();
    if (line === '---' || line === '...') {
      return {
        yaml: lines.slice(start + 1, end).join('\n'),
        firstLine: start + 2,
        body: lines.slice(end + 1).join('\n'),
      };
    }
  }
  throw problem('The front matter is not closed. Add a line "---" after the name and description.');
}

function readYaml(split: SplitFile): unknown {
  const document = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const offset = Math.min(error.pos[0], split.yaml.length);
    const line = split.yaml.slice(0, offset).split('\n').length + split.firstLine - 1;
    const reason = error.message.split('\n')[0] ?? 'it cannot be read';
    throw problem(`The front matter is not valid YAML (line ${line}: ${reason}). Fix that line and import the file again.`);
  }
  return document.toJS();
}

/**
 * Reads a template file. Throws a UserFacingError (code
 * `template-file-invalid`) that says what to fix when the file is not a
 * template: not text, too big, no front matter, YAML that does not parse,
 * a missing or empty name, a wrong field, or no skeleton below the front
 * matter.
 */
export function parseTemplateFile(input: string): TemplateDraft {
  if (input.length > MAX_TEMPLATE_FILE_CHARS) {
    const kb = Math.ceil(input.length / 1024);
    throw problem(`The file is too big to be a template (${kb} KB; a template is at most ${MAX_TEMPLATE_FILE_CHARS / 1024} KB). Choose a template file exported from Plenary.`);
  }
  if (looksBinary(input)) {
    throw problem('The file is not text. Choose a markdown template file (ending in .md) exported from Plenary.');
  }
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(text);
  const data = readYaml(split);
  if (data === null || data === undefined) {
    throw problem(`The front matter is empty. Give at least the template's name. ${example}`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw problem(`The front matter must be "key: value" lines. ${example}`);
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    throw problem(parsed.error.issues[0]?.message ?? 'The front matter cannot be read.');
  }
  const version = parsed.data['plenary-template'];
  if (version !== undefined && version > TEMPLATE_FILE_FORMAT) {
    throw problem(`This template file was written by a newer version of Plenary (format ${version}). Update Plenary to import it.`);
  }
  if (split.body.trim() === '') {
    throw problem('The file has no skeleton below its front matter. Add the headings and lines the template should start with.');
  }
  let content: TemplateDraft['content'];
  try {
    content = markdownToEditorState(split.body, { assignActionIds: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw problem(`The skeleton below the front matter cannot be read as markdown (${detail}).`);
  }
  return {
    name: parsed.data.name,
    description: parsed.data.description?.trim() ?? '',
    ...(parsed.data.kind ? { kind: parsed.data.kind } : {}),
    content,
  };
}

/** A template as a file to share: YAML front matter, then its skeleton as markdown. */
export function templateToFile(template: Pick<Template, 'name' | 'description' | 'kind' | 'content'>): string {
  const data: Record<string, unknown> = { 'plenary-template': TEMPLATE_FILE_FORMAT, name: template.name };
  if (template.description !== '') data.description = template.description;
  if (template.kind) data.kind = template.kind;
  const yaml = stringify(data, { lineWidth: 0 });
  const body = editorStateToMarkdown(template.content);
  return `---\n${yaml}---\n\n${body}\n`;
}

/** The file name a template is exported under: "talk-with-demo.template.md". */
export function templateFileName(template: Pick<Template, 'name'>): string {
  const slug = slugify(template.name).slice(0, 80).replace(/-+$/, '');
  return `${slug === '' ? 'template' : slug}${TEMPLATE_FILE_EXTENSION}`;
}
