import { z } from 'zod';
import { exportActionModes, exportLayouts, exportPresets, exportStampModes } from '../../../core/export/options';
import { database } from './database';

/** Which sessions the dialog exports, relative to where the user is. */
export const exportScopeChoices = ['session', 'day', 'conference', 'sessions'] as const;
export type ExportScopeChoice = (typeof exportScopeChoices)[number];

/**
 * The dialog's last choices for one conference. Each field falls back to its
 * default on its own, so a choice stored by an older version never throws
 * the rest away.
 */
export const exportChoicesSchema = z.object({
  scope: z.enum(exportScopeChoices).catch('conference'),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  sessionIds: z.array(z.string().max(64)).max(10_000).catch([]),
  layout: z.enum(exportLayouts).catch('session'),
  preset: z.enum(exportPresets).catch('hugo'),
  stamps: z.enum(exportStampModes).catch('none'),
  actions: z.enum(exportActionModes).catch('open'),
  draft: z.boolean().catch(false),
  tags: z.array(z.string().max(100)).max(100).catch([]),
  /** The folder's path, shown in the dialog. */
  folder: z.string().max(4096).optional().catch(undefined),
  /** The layout Jekyll posts name (`post` on a stock site). */
  jekyllLayout: z.string().max(100).regex(/^[A-Za-z0-9_./-]*$/).catch('post'),
  /** How requests name that folder: the token main gave when it was chosen (a choice stored without one is chosen again). */
  folderToken: z.string().max(64).optional().catch(undefined),
});
export type ExportChoices = z.infer<typeof exportChoicesSchema>;

export const defaultExportChoices: ExportChoices = exportChoicesSchema.parse({});

function key(conferenceId: string): string {
  return `export:${conferenceId}`;
}

/** The choices last used to export this conference, or the defaults. */
export async function loadExportChoices(conferenceId: string): Promise<ExportChoices> {
  const row = await database().settings.get(key(conferenceId));
  const value: unknown = row?.value;
  return exportChoicesSchema.parse(value !== null && typeof value === 'object' ? value : {});
}

export async function saveExportChoices(conferenceId: string, choices: ExportChoices): Promise<void> {
  await database().settings.put({ key: key(conferenceId), value: exportChoicesSchema.parse(choices) });
}
