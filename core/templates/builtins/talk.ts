import type { BuiltinTemplateSource } from './builtinSource';

export const talkTemplate: BuiltinTemplateSource = {
  id: 'builtin-talk',
  name: 'Talk',
  description: 'One speaker or a few: key points, quotes, questions, action items and links.',
  kind: 'talk',
  markdown: `# {{title}}

**Speakers:** {{speakers}}
**Conference:** {{conference}}, {{date}}
**Room:** {{room}}
**Link:** {{url}}

## Key points

- 

## Quotes

> 

## Questions

- 

## Action items

- [ ] 

## Links / more reading

- 
`,
};
