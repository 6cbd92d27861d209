import { useEffect, useState } from 'react';

/** The clock, read again every `everyMs` (a talk's start is a minute's matter, not a second's). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
