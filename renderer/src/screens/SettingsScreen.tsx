import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { stampDisplayModes } from '../../../core/model/session';
import { defaultSettings, type Settings } from '../../../core/model/settings';
import { notifyError } from '../app/notices';
import { loadSettings, saveSettings } from '../db/settings';
import { ArchiveFolderSettings } from './ArchiveFolderSettings';

const stampModeLabels = { clock: 'Clock time (13:55)', elapsed: 'Time since the talk started (+12:05)', hidden: 'Hidden' } as const;
const clockLabels = { auto: 'As the system shows it', '24h': '24-hour (13:55)', '12h': '12-hour (1:55 PM)' } as const;
const themeLabels = { system: 'Follow the system', light: 'Light', dark: 'Dark' } as const;

function change(patch: Partial<Settings>) {
  saveSettings(patch).catch(notifyError);
}

/** Preferences, saved as they are changed. */
export function SettingsScreen() {
  const settings = useLiveQuery(loadSettings, []) ?? defaultSettings;
  const ids = { mode: useId(), clock: useId(), theme: useId(), lag: useId(), lagHint: useId(), notLive: useId() };
  return (
    <main className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">Settings</h1>
      </header>
      <form className="form settings-form" onSubmit={(event) => event.preventDefault()}>
        <h2 className="settings-heading">Stamps</h2>
        <div className="field">
          <label htmlFor={ids.mode}>Show stamps as</label>
          <select id={ids.mode} value={settings.stampDisplay} onChange={(event) => change({ stampDisplay: event.target.value as Settings['stampDisplay'] })}>
            {stampDisplayModes.map((mode) => (
              <option key={mode} value={mode}>
                {stampModeLabels[mode]}
              </option>
            ))}
          </select>
          <p className="field-hint">Each session can choose its own; this is the default.</p>
        </div>
        <div className="field">
          <label htmlFor={ids.clock}>Clock</label>
          <select id={ids.clock} value={settings.clockFormat} onChange={(event) => change({ clockFormat: event.target.value as Settings['clockFormat'] })}>
            {(['auto', '24h', '12h'] as const).map((format) => (
              <option key={format} value={format}>
                {clockLabels[format]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.lag}>Lag (seconds)</label>
          <input
            id={ids.lag}
            type="number"
            min={0}
            max={600}
            step={1}
            value={settings.stampLagSeconds}
            aria-describedby={ids.lagHint}
            onChange={(event) => {
              const value = Math.round(Number(event.target.value));
              if (Number.isFinite(value) && value >= 0 && value <= 600) change({ stampLagSeconds: value });
            }}
          />
          <p id={ids.lagHint} className="field-hint">
            Subtracted from every new stamp: you write a few seconds after something is said.
          </p>
        </div>
        <div className="field field-checkbox">
          <input id={ids.notLive} type="checkbox" checked={settings.stampWhenNotLive} onChange={(event) => change({ stampWhenNotLive: event.target.checked })} />
          <label htmlFor={ids.notLive}>Stamp lines written while a talk is not live</label>
        </div>
        <h2 className="settings-heading">Appearance</h2>
        <div className="field">
          <label htmlFor={ids.theme}>Theme</label>
          <select id={ids.theme} value={settings.theme} onChange={(event) => change({ theme: event.target.value as Settings['theme'] })}>
            {(['system', 'light', 'dark'] as const).map((theme) => (
              <option key={theme} value={theme}>
                {themeLabels[theme]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ArchiveFolderSettings />
    </main>
  );
}
