import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, re-run whenever the tables it read change, here
 * or in another page or the background. Undefined until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
