import { z } from 'zod';
import { revisionFields } from './revision';
import { editorStateJsonSchema, sessionKinds } from './session';

/**
 * A named skeleton for a new session's document. Built-in templates live in
 * code; user templates are stored like every other record.
 */
export const templateSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, 'Give the template a name.').max(120),
  description: z.string().max(500).default(''),
  /** The kind of session this template suits best; used to suggest it. */
  kind: z.enum(sessionKinds).optional(),
  /** The built-in template this one was based on, if any. */
  basedOn: z.string().max(64).optional(),
  content: editorStateJsonSchema,
  ...revisionFields,
});
export type Template = z.infer<typeof templateSchema>;
