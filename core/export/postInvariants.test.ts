import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinTemplateSources } from '../templates/builtins';

/**
 * Reads every golden post (core/export/__golden__) as its reader would and
 * finds nothing a blogger would have to clean by hand before publishing.
 */
const goldenRoot = join(dirname(fileURLToPath(import.meta.url)), '__golden__');
const posts = readdirSync(goldenRoot, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => {
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const [, yaml = '', ...rest] = text.split(/^---$/m);
    return { file: file.slice(goldenRoot.length + 1), front: parse(yaml) as Record<string, unknown>, body: rest.join('---') };
  });

// The labels the built-in templates lay out ("Speakers", "Room", …), read from the templates themselves.
const templateLabels = [...new Set(builtinTemplateSources.flatMap((source) => [...source.markdown.matchAll(/\*\*([^*\n]+):\*\*/g)].map((match) => match[1] ?? '')))];

/** The text of a markdown line as it reads: markers, emphasis and escapes removed. */
function reads(line: string): string {
  return line
    .replace(/^\s*(#{1,6}\s|>\s?|[-*+]\s(\[[ x]\]\s)?|\d+\.\s)*/, '')
    .replace(/[*_`]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

describe('every exported post', () => {
  it('was found', () => {
    expect(posts.length).toBeGreaterThan(60);
    expect(templateLabels).toEqual(expect.arrayContaining(['Panelists', 'Moderator', 'Room', 'Instructors', 'Materials']));
  });

  for (const post of posts) {
    it(post.file, () => {
      const lines = post.body.split('\n');
      const problems: string[] = [];
      for (const line of lines) {
        if (/^#{1,6}\s*$/.test(line)) problems.push(`empty heading: "${line}"`);
        if (/^\s*([-*+]|\d+\.)(\s+\[[ x]\])?\s*$/.test(line)) problems.push(`empty list item: "${line}"`);
        if (/^>\s*$/.test(line)) problems.push(`empty quote: "${line}"`);
        if (/^\s*([-*+]\s+)?(\*\*[^*]+:\*\*|[^:*]{1,40}:)\s*$/.test(line) && !/^\s*(#|`)/.test(line)) problems.push(`empty label: "${line}"`);
        if (/\*0?0:00\*/.test(line)) problems.push(`a midnight nobody wrote: "${line}"`);
        if (/^#{1,6}\s.*\*\*\d\d:\d\d\*\*/.test(line)) problems.push(`a time inside a heading: "${line}"`);
      }
      const title = String(post.front['title']);
      const repeats = lines.filter((line) => reads(line).toLowerCase() === title.toLowerCase());
      // Plain markdown has no front matter a site shows: there, and only there, the title is the one H1.
      const plain = !post.file.includes('content/') && !post.file.includes('_posts/');
      expect(repeats, 'body lines repeating the title').toEqual(plain ? [`# ${repeats[0]?.slice(2) ?? ''}`] : []);
      if (plain) expect(lines.filter((line) => /^# /.test(line))).toHaveLength(1);
      const summary = String(post.front['summary'] ?? '');
      for (const label of templateLabels) if (summary.includes(`${label}:`)) problems.push(`summary holds the label "${label}:"`);
      if (/\|/.test(summary)) problems.push('summary holds table syntax');
      // One action-item section per session: per post in the session layout and the live blog, per `## session` in a day or conference post.
      const actionSections = lines.filter((line) => /^#{1,6} (Action items|Follow-ups)$/.test(line)).length;
      const grouped = /-(day|conference)\//.test(post.file);
      const sessions = grouped ? lines.filter((line) => /^## /.test(line)).length : 1;
      if (actionSections > sessions) problems.push(`${actionSections} action-item sections for ${sessions} session(s)`);
      // A heading with nothing under it before the next heading of its level or above.
      const headings = lines.map((line, index) => ({ index, level: /^(#{1,6}) /.exec(line)?.[1]?.length ?? 0 })).filter((h) => h.level > 0);
      // Headings step down one level at a time (a reader's outline, and the theme's sizes, skip nothing).
      for (const [i, heading] of headings.entries()) {
        const before = headings[i - 1];
        if (before && heading.level > before.level + 1) problems.push(`heading level skipped: "${lines[heading.index] ?? ''}"`);
      }
      for (const [i, heading] of headings.entries()) {
        const next = headings.slice(i + 1).find((other) => other.level <= heading.level)?.index ?? lines.length;
        const nested = headings[i + 1];
        const end = nested && nested.index < next ? nested.index : next;
        const under = lines.slice(heading.index + 1, end).some((line) => line.trim() !== '');
        const hasSubsection = nested !== undefined && nested.index < next && nested.level > heading.level;
        if (!under && !hasSubsection) problems.push(`heading with nothing under it: "${lines[heading.index] ?? ''}"`);
      }
      expect(problems).toEqual([]);
    });
  }
});
