import { useState } from 'react';
import { Link } from 'wouter';
import type { Conference } from '../../../core/model/conference';
import { stampDisplayModes, type Session, type StampDisplayMode } from '../../../core/model/session';
import { dayKey, formatClock, type ClockFormat } from '../../../core/time/stamps';
import { formatShortDay } from '../browse/formatDay';
import { routes } from '../app/routes';
import { SpeakerLinks, TagLinks } from '../browse/FacetLinks';
import { SessionDetailsDialog } from '../browse/SessionDetailsDialog';
import { LiveClock } from './LiveClock';
import { liveState } from './liveSession';

function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

const modeLabels: Record<StampDisplayMode, string> = { clock: 'Clock', elapsed: 'Elapsed', hidden: 'Hidden' };

interface SessionHeaderProps {
  session: Session;
  conference: Conference;
  stampMode: StampDisplayMode;
  clock: ClockFormat;
  showTimeline: boolean;
  onStart: () => void;
  onEnd: () => void;
  onStampMode: (mode: StampDisplayMode) => void;
  onToggleTimeline: () => void;
}

export function SessionHeader(props: SessionHeaderProps) {
  const { session, conference, stampMode, showTimeline } = props;
  const state = liveState(session);
  const [editing, setEditing] = useState(false);
  const when = session.scheduledStart ?? session.actualStart;
  const day = when === undefined ? null : dayKey(when, conference.timeZone);
  return (
    <header className="session-header">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={routes.conference(conference.id)} title={conference.name}>
          {conference.name}
        </Link>
      </nav>
      <div className="session-title-row">
        <h1 id="session-title" className="session-title" title={session.title}>
          {session.title}
        </h1>
        <div className="live-controls" data-live-state={state}>
          {state === 'live' && session.actualStart !== undefined && (
            <span className="live-badge">
              <span className="live-dot" aria-hidden="true" /> Live <LiveClock start={session.actualStart} />
            </span>
          )}
          {state === 'ended' && session.actualStart !== undefined && session.actualEnd !== undefined && (
            <span className="ended-badge">
              Past talk · {formatClock(session.actualStart, conference.timeZone, props.clock)}–{formatClock(session.actualEnd, conference.timeZone, props.clock)}
            </span>
          )}
          {state !== 'live' ? (
            <button type="button" className="button-primary" onClick={props.onStart}>
              {state === 'ended' ? 'Resume talk' : 'Start talk'}
            </button>
          ) : (
            <button type="button" onClick={props.onEnd}>
              End talk
            </button>
          )}
        </div>
      </div>
      <div className="session-meta-row">
        <div className="session-facets">
          {/* The session's facts live here, not as label lines in the notes. */}
          <p className="session-meta">
            <SpeakerLinks speakers={session.speakers} />
            {session.speakers.length > 0 && ' · '}
            {[session.room, day === null ? null : formatShortDay(day), conference.timeZone].filter(Boolean).join(' · ')}
            {isWebLink(session.url) && (
              <>
                {' · '}
                <a href={session.url} target="_blank" rel="noreferrer">
                  Talk page
                </a>
              </>
            )}
          </p>
          <TagLinks tags={session.tags} />
        </div>
        <div className="session-view-controls">
          <button type="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
          <fieldset className="segmented" aria-label="Stamps">
            <legend className="visually-hidden">Show stamps as</legend>
            {stampDisplayModes.map((mode) => (
              <label key={mode} className={mode === stampMode ? 'segment selected' : 'segment'}>
                <input type="radio" name="stamp-mode" value={mode} checked={mode === stampMode} onChange={() => props.onStampMode(mode)} />
                {modeLabels[mode]}
              </label>
            ))}
          </fieldset>
          <button type="button" aria-pressed={showTimeline} onClick={props.onToggleTimeline}>
            Timeline
          </button>
        </div>
      </div>
      <SessionDetailsDialog session={session} conference={conference} open={editing} onClose={() => setEditing(false)} />
    </header>
  );
}
