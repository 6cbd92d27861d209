import { z } from 'zod';

export const exportPresets = ['hugo', 'jekyll', 'plain'] as const;
export type ExportPreset = (typeof exportPresets)[number];

export const exportLayouts = ['session', 'day', 'conference', 'liveblog'] as const;
export type ExportLayout = (typeof exportLayouts)[number];

/** How each block's stamp is written: not at all, `13:55 `, `**13:55** `, `[+04:10] `, or a time line before the block. */
export const exportStampModes = ['none', 'clock', 'bold', 'elapsed', 'line'] as const;
export type ExportStampMode = (typeof exportStampModes)[number];

/** Which action items get a section of their own: the open ones, all, or none. */
export const exportActionModes = ['open', 'all', 'none'] as const;
export type ExportActionMode = (typeof exportActionModes)[number];

const id = z.string().min(1).max(64);

/** What to export: everything, one conference, one day of it, or chosen sessions. */
export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('conference'), conferenceId: id }),
  z.object({ kind: z.literal('day'), conferenceId: id, day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ kind: z.literal('sessions'), sessionIds: z.array(id).min(1).max(100_000) }),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

/** The choices of an export, shared by the dialog, the IPC channels and the command line. */
export const exportOptionsSchema = z.object({
  preset: z.enum(exportPresets),
  layout: z.enum(exportLayouts),
  stamps: z.enum(exportStampModes).default('none'),
  actions: z.enum(exportActionModes).default('open'),
  draft: z.boolean().default(false),
  /** A summary written by the user; without one, the first lines of the notes are used. */
  summary: z.string().max(2000).optional(),
  /** Tags added to every post, beside the conference's and sessions' own. */
  tags: z.array(z.string().max(100)).max(100).default([]),
  scope: exportScopeSchema.default({ kind: 'all' }),
  /** Write sessions with nothing in them to publish too (by default they are skipped and listed). */
  includeEmpty: z.boolean().default(false),
  /** The layout Jekyll posts name in their front matter (`post`, as `jekyll new` sites have it); empty for none. */
  jekyllLayout: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9_./-]*$/, 'A Jekyll layout is a file name in _layouts, like post.')
    .default('post'),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;
