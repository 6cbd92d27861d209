import { z } from 'zod';
import { revisionFields } from './revision';

export const sessionKinds = [
  'talk',
  'panel',
  'lightning',
  'workshop',
  'meetup',
  'reading-group',
  'hallway',
  'liveblog',
  'proposal',
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const stampDisplayModes = ['clock', 'elapsed', 'hidden'] as const;
export type StampDisplayMode = (typeof stampDisplayModes)[number];

const epochMs = z.number().int().nonnegative();

/** Session metadata. Its document is stored beside it (see SessionDocument), so lists stay light. */
export const sessionSchema = z.object({
  id: z.string().min(1).max(64),
  conferenceId: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'Give the session a title.').max(300),
  speakers: z.array(z.string().max(200)).max(50).default([]),
  room: z.string().max(200).default(''),
  track: z.string().max(200).default(''),
  kind: z.enum(sessionKinds).default('talk'),
  url: z.string().max(2000).default(''),
  tags: z.array(z.string().max(100)).max(100).default([]),
  scheduledStart: epochMs.optional(),
  scheduledEnd: epochMs.optional(),
  /** The live clock: when the talk actually started and ended. */
  actualStart: epochMs.optional(),
  actualEnd: epochMs.optional(),
  templateId: z.string().max(64).optional(),
  /** SHA-256 of the file section a session was imported from; a second import of the same text is skipped. */
  sourceHash: z.string().max(128).optional(),
  /** The schedule's id for this talk (guid, UID): a re-import of the schedule finds the session by it. */
  sourceId: z.string().max(300).optional(),
  /** The schedule's abstract of the talk. */
  abstract: z.string().max(20_000).optional(),
  /** The talk left the schedule after notes were taken in it: kept, and shown as cancelled. */
  cancelled: z.boolean().optional(),
  /** One of the user's own picks from the schedule. */
  starred: z.boolean().optional(),
  /** Per-session override of the stamp gutter; falls back to the setting. */
  stampDisplay: z.enum(stampDisplayModes).optional(),
  ...revisionFields,
});
export type Session = z.infer<typeof sessionSchema>;

/**
 * A serialized Lexical editor state. Validated structurally here (a root with
 * children); node-level validation happens when Lexical parses it.
 */
export const editorStateJsonSchema = z
  .object({
    root: z
      .object({
        type: z.literal('root'),
        children: z.array(z.record(z.string(), z.unknown())),
      })
      .passthrough(),
  })
  .passthrough();
export type EditorStateJson = z.infer<typeof editorStateJsonSchema>;

export const sessionDocumentSchema = z.object({
  sessionId: z.string().min(1).max(64),
  content: editorStateJsonSchema,
  revision: revisionFields.revision,
  updatedAt: z.number().int().nonnegative(),
});
export type SessionDocument = z.infer<typeof sessionDocumentSchema>;

/** What the disk archive keeps per session: metadata and document in one file. */
export const sessionRecordSchema = z.object({
  session: sessionSchema,
  document: sessionDocumentSchema.nullable(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export function emptyEditorState(): EditorStateJson {
  return {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' },
      ],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    },
  };
}
