import type { Session } from '../../../core/model/session';
import type { Settings } from '../../../core/model/settings';

export type LiveState = 'not-started' | 'live' | 'ended';

/**
 * A talk with no line written for this long is over, whatever its clock
 * says: nobody takes notes of a talk in three hours of silence. Imported
 * notes and a session left open when the app closed end this way.
 */
export const LEFT_OPEN_AFTER_MS = 3 * 60 * 60 * 1000;

type Clock = Pick<Session, 'actualStart' | 'actualEnd'>;

export function liveState(session: Clock): LiveState {
  if (session.actualStart === undefined) return 'not-started';
  return session.actualEnd === undefined ? 'live' : 'ended';
}

/**
 * The end of a talk whose clock was left running: its last stamp (or its
 * start, without one) once that is long past; null while the talk may still
 * be going on, or when it has an end.
 */
export function endOfLeftOpenTalk(session: Clock, lastStamp: number | null, now: number): number | null {
  if (session.actualStart === undefined || session.actualEnd !== undefined) return null;
  const last = Math.max(session.actualStart, lastStamp ?? session.actualStart);
  return now - last >= LEFT_OPEN_AFTER_MS ? last : null;
}

/**
 * Whether a line typed now gets a stamp. A session that was never started
 * starts with its first line, so that line is stamped; after the talk ended
 * the user's setting decides.
 */
export function shouldStampNow(session: Clock, settings: Settings, autoStartAllowed: boolean): boolean {
  const state = liveState(session);
  if (state === 'live') return true;
  if (state === 'not-started' && autoStartAllowed) return true;
  return settings.stampWhenNotLive;
}
