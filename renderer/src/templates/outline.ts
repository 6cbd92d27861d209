import type { Template } from '../../../core/model/template';
import { blocksOf, textOf } from '../../../core/templates/jsonTree';

/** The headings of a template, as a short preview: "Key points · Quotes · Questions". */
export function templateOutline(template: Pick<Template, 'content'>, limit = 8): string {
  const headings = blocksOf(template.content)
    .filter((block) => block.type === 'heading')
    .map((block) => textOf(block).trim())
    .filter((text) => text !== '' && !/^\{\{.*\}\}$/.test(text));
  const shown = headings.slice(0, limit).join(' · ');
  return headings.length > limit ? `${shown} · …` : shown;
}
