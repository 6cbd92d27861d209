import type { BuiltinTemplateSource } from './builtinSource';

export const liveBlogTemplate: BuiltinTemplateSource = {
  id: 'builtin-liveblog',
  name: 'Conference day live blog',
  description: 'A post updated through the day: entries newest first, each with its time. Add each one at the top.',
  kind: 'liveblog',
  markdown: `# {{title}}

Updated through the day at {{conference}}, {{date}}. Newest entries first.

## Entries
`,
};
