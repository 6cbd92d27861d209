import type { BuiltinTemplateSource } from './builtinSource';

export const workshopTemplate: BuiltinTemplateSource = {
  id: 'builtin-workshop',
  name: 'Workshop / tutorial',
  description: 'Hands-on sessions: setup, the steps followed, exercises, and the problems hit on the way.',
  kind: 'workshop',
  markdown: `# {{title}}

**Instructors:** {{speakers}}
**Conference:** {{conference}}, {{date}}
**Room:** {{room}}
**Materials:** {{url}}

## Setup

- Requirements: 
- Installed: 

## Steps

1. 

## Exercises

### Exercise 1

- 

## Problems hit

- Problem: 
    - Fix: 

## Action items

- [ ] 
`,
};
