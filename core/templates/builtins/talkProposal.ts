import type { BuiltinTemplateSource } from './builtinSource';

export const talkProposalTemplate: BuiltinTemplateSource = {
  id: 'builtin-cfp',
  name: 'Talk proposal (CFP)',
  description: 'Write your own proposal: status, title, duration, description, audience, a timed outline, notes.',
  kind: 'proposal',
  markdown: `# Status

Draft

# Title

{{title}}

# Duration

I prefer a 30 minute slot

# Description

# Who and Why (Audience)

# Outline

### Introduction (2 min)

- (2 min) About me: 

### The problem (8 min)

- (4 min) 
- (4 min) 

### The solution (10 min)

- (5 min) 
- (5 min) 

### Wrapping up (10 min)

- (3 min) Summary of lessons
- (2 min) 
- (5 min) Q&A

# Additional notes

- [ ] Have a concrete question in mind
- [ ] Have a technical solution planned out
`,
};
