import { defaultSettings, settingsSchema, type Settings } from '../../../core/model/settings';
import { database } from './database';

const SETTINGS_KEY = 'settings';

/** The user's settings; anything missing or unreadable falls back to the default. */
export async function loadSettings(): Promise<Settings> {
  const row = await database().settings.get(SETTINGS_KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = database();
  return db.transaction('rw', db.settings, async () => {
    const current = await loadSettings();
    const next = settingsSchema.parse({ ...current, ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}
