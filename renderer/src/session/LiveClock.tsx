import { useEffect, useState } from 'react';
import { formatElapsed } from '../../../core/time/stamps';

/** Time since the talk started, ticking once a second; only this small element re-renders. */
export function LiveClock({ start }: { start: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="live-clock" data-testid="live-clock" aria-label="Time since the talk started">
      {formatElapsed(Math.max(now, start), start)}
    </span>
  );
}
