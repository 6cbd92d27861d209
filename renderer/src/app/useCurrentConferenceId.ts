import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import { getSession } from '../db/sessions';

/** The conference the user is in: the one shown, or the one of the session shown. */
export function useCurrentConferenceId(): string | undefined {
  const [location] = useLocation();
  const conferenceMatch = /^\/conference\/([^/?]+)/.exec(location);
  const sessionMatch = /^\/session\/([^/?]+)/.exec(location);
  const sessionId = sessionMatch?.[1] ? decodeURIComponent(sessionMatch[1]) : undefined;
  const session = useLiveQuery(() => (sessionId ? getSession(sessionId) : undefined), [sessionId]);
  if (conferenceMatch?.[1]) return decodeURIComponent(conferenceMatch[1]);
  return session?.conferenceId;
}
