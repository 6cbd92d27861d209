import { z } from 'zod';
import { stampDisplayModes } from './session';

export const settingsSchema = z.object({
  /** Default gutter mode for sessions that have not chosen one. */
  stampDisplay: z.enum(stampDisplayModes).default('clock'),
  /** Seconds subtracted when stamping: people write a few seconds after something is said. */
  stampLagSeconds: z.number().int().min(0).max(600).default(0),
  /** Whether lines typed while the session is not live are stamped. */
  stampWhenNotLive: z.boolean().default(true),
  /** 'auto' follows the locale; '24h' or '12h' force a clock. */
  clockFormat: z.enum(['auto', '24h', '12h']).default('auto'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Built-in templates the user chose to hide from the picker. */
  hiddenTemplateIds: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
