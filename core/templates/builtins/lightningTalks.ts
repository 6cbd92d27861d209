import type { BuiltinTemplateSource } from './builtinSource';

export const lightningTalksTemplate: BuiltinTemplateSource = {
  id: 'builtin-lightning',
  name: 'Lightning talks',
  description: 'One block per talk, each with its own title and time; "Next lightning talk" adds the next block.',
  kind: 'lightning',
  markdown: `# {{title}}

**Conference:** {{conference}}, {{date}}
**Room:** {{room}}

## Talk 1: 

## Follow-ups

- [ ] 
`,
};
