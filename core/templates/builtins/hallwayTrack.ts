import type { BuiltinTemplateSource } from './builtinSource';

export const hallwayTrackTemplate: BuiltinTemplateSource = {
  id: 'builtin-hallway',
  name: 'Hallway track / meeting',
  description: 'Conversations between talks: the people met, the topics, and what to follow up on.',
  kind: 'hallway',
  markdown: `# {{title}}

**With:** {{speakers}}
**Where:** {{conference}}, {{date}}

## People met

- 

## Topics

- 

## Follow-ups

- [ ] 
`,
};
