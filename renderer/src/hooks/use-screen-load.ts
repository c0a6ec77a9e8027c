import { useEffect, useState } from 'react';
import { messageOf } from '../api/field-errors';

/**
 * Loads a screen's data when it opens and keeps the failure to show; the setter lets the screen reuse the
 * same message line for its own actions' refusals.
 */
export function useScreenLoad(load: () => Promise<unknown>): [string | null, (message: string | null) => void] {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().catch((caught: unknown) => setError(messageOf(caught)));
  }, [load]);
  return [error, setError];
}
