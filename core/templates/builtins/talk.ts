import type { BuiltinTemplateSource } from './builtinSource';

export const talkTemplate: BuiltinTemplateSource = {
  id: 'builtin-talk',
  name: 'Talk',
  description: 'One speaker or a few: key points, quotes, questions, action items and links.',
  kind: 'talk',
  // The title, speakers, room and link are in the session's header and details: the notes start with what is said.
  markdown: `## Key points

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
