import { useState } from 'react';
import { messageOf } from '../api/field-errors';

/**
 * Runs one API action at a time for a form or dialog and keeps its outcome to show: the core's refusal
 * as the error, or a notice saying what was done, and whether it is still running (to disable buttons).
 * Returns whether the action succeeded.
 */
export function useAction() {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>, done: string | null = null): Promise<boolean> {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      await action();
      setNotice(done);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, notice, busy, setNotice, run };
}
