import type { Session } from '../../../core/model/session';
import type { Settings } from '../../../core/model/settings';

export type LiveState = 'not-started' | 'live' | 'ended';

export function liveState(session: Pick<Session, 'actualStart' | 'actualEnd'>): LiveState {
  if (session.actualStart === undefined) return 'not-started';
  return session.actualEnd === undefined ? 'live' : 'ended';
}

/**
 * Whether a line typed now gets a stamp. A session that was never started
 * starts with its first line, so that line is stamped; after the talk ended
 * the user's setting decides.
 */
export function shouldStampNow(session: Pick<Session, 'actualStart' | 'actualEnd'>, settings: Settings, autoStartAllowed: boolean): boolean {
  const state = liveState(session);
  if (state === 'live') return true;
  if (state === 'not-started' && autoStartAllowed) return true;
  return settings.stampWhenNotLive;
}
