import { useId } from 'react';
import type { ExportActionMode, ExportLayout, ExportPreset, ExportStampMode } from '../../../core/export/options';
import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import { formatClock } from '../../../core/time/stamps';
import type { ExportChoices, ExportScopeChoice } from '../db/exportChoices';
import { dayLabel, parseTags, sessionDay, sessionStartOf } from './exportScope';

const scopeLabels: Record<ExportScopeChoice, string> = {
  session: 'This session',
  day: 'A conference day',
  conference: 'The whole conference',
  sessions: 'Chosen sessions',
};
const layoutLabels: Record<ExportLayout, string> = {
  session: 'One post per session',
  day: 'One post per day, a section per session',
  conference: 'One post for the conference',
  liveblog: 'A live blog per day, newest entry first',
};
const presetLabels: Record<ExportPreset, string> = {
  hugo: 'Hugo (content/posts/)',
  jekyll: 'Jekyll (_posts/)',
  plain: 'Plain markdown',
};
const stampLabels: Record<ExportStampMode, string> = {
  none: 'No times',
  clock: '13:55 before each line',
  bold: '**13:55** in bold before each line',
  elapsed: '[+04:10] elapsed since the start',
  line: 'A time line before each block',
};
const actionLabels: Record<ExportActionMode, string> = {
  open: 'Open items',
  all: 'All items, ticked ones too',
  none: 'No action items section',
};

function Select<T extends string>(props: { label: string; value: T; options: Record<T, string>; onChange: (value: T) => void; name: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {(Object.keys(props.options) as T[]).map((value) => (
          <option key={value} value={value}>
            {props.options[value]}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ExportChoicesFormProps {
  choices: ExportChoices;
  onChange: (patch: Partial<ExportChoices>) => void;
  conference: Conference;
  sessions: readonly Session[];
  days: readonly string[];
  currentSession?: Session;
  tagsText: string;
  onTagsText: (text: string) => void;
  onChooseFolder: () => void;
}

/** The export's choices: what, how it is laid out, what goes in, and where. */
export function ExportChoicesForm(props: ExportChoicesFormProps) {
  const { choices, onChange, conference, sessions, days, currentSession } = props;
  const ids = { day: useId(), folder: useId(), folderHint: useId(), tags: useId(), tagsHint: useId(), jekyllLayout: useId(), jekyllLayoutHint: useId() };
  const selected = new Set(choices.sessionIds);

  return (
    <>
      <fieldset className="export-fieldset">
        <legend>Sessions to export</legend>
        <div className="export-scopes">
          {(Object.keys(scopeLabels) as ExportScopeChoice[]).map((scope) => (
            <label key={scope} className="field-checkbox">
              <input
                type="radio"
                name="export-scope"
                value={scope}
                checked={choices.scope === scope}
                disabled={scope === 'session' && !currentSession}
                onChange={() => onChange({ scope })}
              />
              {scope === 'session' && currentSession ? `This session: ${currentSession.title}` : scopeLabels[scope]}
            </label>
          ))}
        </div>
        {choices.scope === 'day' && (
          <div className="field">
            <label htmlFor={ids.day}>Day</label>
            <select id={ids.day} value={choices.day ?? days[0] ?? ''} onChange={(event) => onChange({ day: event.target.value })}>
              {days.map((day) => (
                <option key={day} value={day}>
                  {dayLabel(conference, day)} ({sessions.filter((session) => sessionDay(session, conference) === day).length} sessions)
                </option>
              ))}
            </select>
          </div>
        )}
        {choices.scope === 'sessions' && (
          <ul className="export-session-list" aria-label="Sessions">
            {sessions.length === 0 && <li>This conference has no sessions yet.</li>}
            {sessions.map((session) => {
              const start = sessionStartOf(session);
              return (
                <li key={session.id}>
                  <label className="field-checkbox">
                    <input
                      type="checkbox"
                      checked={selected.has(session.id)}
                      onChange={(event) => {
                        const next = new Set(selected);
                        if (event.target.checked) next.add(session.id);
                        else next.delete(session.id);
                        onChange({ sessionIds: sessions.map((s) => s.id).filter((id) => next.has(id)) });
                      }}
                    />
                    <span>{session.title}</span>
                    <span className="export-session-meta">
                      {dayLabel(conference, sessionDay(session, conference))}
                      {start !== undefined ? `, ${formatClock(start, conference.timeZone)}` : ', not started'}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <div className="field-row">
        <Select name="layout" label="Layout" value={choices.layout} options={layoutLabels} onChange={(layout) => onChange({ layout })} />
        <Select name="preset" label="Preset" value={choices.preset} options={presetLabels} onChange={(preset) => onChange({ preset })} />
        <Select name="stamps" label="Times of lines" value={choices.stamps} options={stampLabels} onChange={(stamps) => onChange({ stamps })} />
        <Select name="actions" label="Action items" value={choices.actions} options={actionLabels} onChange={(actions) => onChange({ actions })} />
      </div>

      {choices.preset === 'jekyll' && (
        <div className="field">
          <label htmlFor={ids.jekyllLayout}>Jekyll layout</label>
          <input
            id={ids.jekyllLayout}
            value={choices.jekyllLayout}
            aria-describedby={ids.jekyllLayoutHint}
            spellCheck={false}
            onChange={(event) => onChange({ jekyllLayout: event.target.value.trim() })}
          />
          <p id={ids.jekyllLayoutHint} className="field-hint">
            The page layout each post names: <code>post</code> on a blog made with <code>jekyll new</code>. Leave it empty if your site sets
            one for all posts.
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.tags}>Tags</label>
        <input
          id={ids.tags}
          value={props.tagsText}
          aria-describedby={ids.tagsHint}
          placeholder="notes, python"
          onChange={(event) => props.onTagsText(event.target.value)}
          onBlur={() => onChange({ tags: parseTags(props.tagsText) })}
        />
        <p id={ids.tagsHint} className="field-hint">
          Separate tags with commas. Every post gets them besides the conference&apos;s and sessions&apos; own tags.
        </p>
      </div>
      <label className="field-checkbox">
        <input type="checkbox" checked={choices.draft} onChange={(event) => onChange({ draft: event.target.checked })} /> Mark the posts as
        drafts
      </label>

      <div className="field">
        <label htmlFor={ids.folder}>Export folder</label>
        <div className="export-folder">
          <input id={ids.folder} readOnly value={choices.folder ?? ''} placeholder="No folder chosen" aria-describedby={ids.folderHint} />
          <button type="button" onClick={props.onChooseFolder}>
            Choose folder…
          </button>
        </div>
        <p id={ids.folderHint} className="field-hint">
          The root of your site: posts go into its content/posts/ (Hugo) or _posts/ (Jekyll) folder.
        </p>
      </div>
    </>
  );
}
