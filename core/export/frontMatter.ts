import { stringify } from 'yaml';
import type { ExportPreset } from './options';

export interface FrontMatterFields {
  title: string;
  /** Already formatted for the preset. */
  date: string;
  slug: string;
  summary: string;
  tags: string[];
  conference: string;
  speakers: string[];
  draft: boolean;
}

/**
 * The YAML front matter of a post, between `---` lines. Written with the
 * `yaml` library in its YAML 1.1 flavour, so that strings Jekyll's YAML 1.1
 * parser would read as something else (`yes`, `no`, `on`, `1:30`, dates)
 * are quoted; what YAML 1.2 readers (Hugo) parse is then the same text.
 */
export function frontMatter(fields: FrontMatterFields, preset: ExportPreset): string {
  const data: Record<string, unknown> = { title: fields.title, date: fields.date };
  if (preset === 'jekyll') {
    // Jekyll has no draft field: an unpublished post is `published: false`.
    if (fields.draft) data['published'] = false;
  } else {
    data['draft'] = fields.draft;
  }
  data['slug'] = fields.slug;
  if (fields.summary !== '') data['summary'] = fields.summary;
  data['tags'] = fields.tags;
  data['conference'] = fields.conference;
  data['speakers'] = fields.speakers;
  // Notes are text, not templates: `{{` in them must not reach Liquid.
  if (preset === 'jekyll') data['render_with_liquid'] = false;
  const yaml = stringify(data, { version: '1.1', lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
