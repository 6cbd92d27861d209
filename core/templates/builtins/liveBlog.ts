import type { BuiltinTemplateSource } from './builtinSource';

export const liveBlogTemplate: BuiltinTemplateSource = {
  id: 'builtin-liveblog',
  name: 'Conference day live blog',
  description: 'A post updated through the day: entries newest first, each with its time. Add each one at the top.',
  kind: 'liveblog',
  // The editor opens an empty line under "Entries" to write the first entry on (markdown has no empty paragraph).
  markdown: `Updated through the day at {{conference}}, {{date}}. Newest entries first.

## Entries
`,
};
