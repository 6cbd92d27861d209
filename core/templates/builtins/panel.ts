import type { BuiltinTemplateSource } from './builtinSource';

export const panelTemplate: BuiltinTemplateSource = {
  id: 'builtin-panel',
  name: 'Panel',
  description: 'Panelists and their positions, the topics discussed, questions from the audience.',
  kind: 'panel',
  markdown: `# {{title}}

**Panelists:** {{speakers}}
**Moderator:** 
**Conference:** {{conference}}, {{date}}
**Room:** {{room}}

## Panelists

- 

## Topics

### 

- 

## Q&A

- Q: 
    - A: 

## Takeaways

- 

## Action items

- [ ] 
`,
};
