import { useCallback, useRef, useState } from 'react';
import { ApiError } from './api-request.ts';

/** A form's submit state: running once at a time, with a message for people when it fails. */
export function useAsyncAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      setPending(true);
      setError(null);
      try {
        await action(...args);
      } catch (caught) {
        setError(caught instanceof ApiError ? caught.message : 'Something went wrong. Try again.');
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [action],
  );
  return { pending, error, setError, run };
}
