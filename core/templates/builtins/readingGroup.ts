import type { BuiltinTemplateSource } from './builtinSource';

export const readingGroupTemplate: BuiltinTemplateSource = {
  id: 'builtin-reading-group',
  name: 'Reading group / discussion',
  description: 'A group discussing papers, articles or tools: what was discussed, the opinions, the follow-ups.',
  kind: 'reading-group',
  markdown: `# {{title}}

**Who was there:** {{speakers}}
**Where:** {{conference}}, {{room}}
**Date:** {{date}}

## What we discussed

### 

- Link: 
- What it is: 
- Where we could use it: 

## Opinions

- 

## Follow-ups

- [ ] 
- [ ] Find a subject for the next session
`,
};
