import { useEffect, useState } from 'preact/hooks';

/** The current time, renewed every `everyMs` so that "5 minutes ago" stays true while a page stays open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
