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
  /** Jekyll only: the page layout the post names (`post`); empty for none. */
  layout?: string;
}

/** Lone surrogates cannot be written as UTF-8; they become U+FFFD here rather than in the file. */
export function toWellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function wellFormed(fields: FrontMatterFields): FrontMatterFields {
  const text = toWellFormed;
  return {
    ...fields,
    title: text(fields.title),
    summary: text(fields.summary),
    conference: text(fields.conference),
    tags: fields.tags.map(text),
    speakers: fields.speakers.map(text),
  };
}

/**
 * The YAML front matter of a post, between `---` lines. Written with the
 * `yaml` library, every string double-quoted: YAML 1.1 readers (Jekyll) and
 * YAML 1.2 readers (Hugo) disagree about plain scalars such as `yes`, `0o17`
 * or `1:30`, but read a quoted string the same way.
 */
export function frontMatter(input: FrontMatterFields, preset: ExportPreset): string {
  const fields = wellFormed(input);
  const data: Record<string, unknown> = { title: fields.title, date: fields.date };
  // Jekyll applies no layout unless one is named: a stock `jekyll new` site renders such a post without its header.
  if (preset === 'jekyll' && fields.layout) data['layout'] = fields.layout;
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
  // Each string on one line, with \n escapes: yaml 2.9 writes a multi-line double-quoted
  // string whose line holds only a space ("a\n \nb") so that it reads back with a backslash.
  const yaml = stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  });
  return `---\n${yaml}---\n`;
}
