import type { Template } from '../../../core/model/template';
import { MAX_TEMPLATE_FILE_CHARS, parseTemplateFile, templateFileName, templateToFile } from '../../../core/templates/templateFile';
import type { TemplateDraft } from '../../../core/templates/instantiate';

/** Saves a template as a markdown file through the browser's download (a save dialog in the app). */
export function downloadTemplate(template: Template): void {
  const blob = new Blob([templateToFile(template)], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = templateFileName(template);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads a template file the user picked. A file far bigger than any template
 * is refused before it is read; everything else is checked by
 * parseTemplateFile, whose errors say what to fix.
 */
export async function readTemplateFile(file: File): Promise<TemplateDraft> {
  if (file.size > MAX_TEMPLATE_FILE_CHARS * 4) {
    const kb = Math.ceil(file.size / 1024);
    throw new Error(`“${file.name}” is too big to be a template (${kb} KB; a template is at most ${MAX_TEMPLATE_FILE_CHARS / 1024} KB). Choose a template file exported from Plenary.`);
  }
  const text = await file.text();
  try {
    return parseTemplateFile(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`“${file.name}” was not imported. ${message}`, { cause: error });
  }
}
