import { useEffect, useId } from 'react';
import { useUnsavedStore } from '../stores/unsaved-store';

/**
 * Registers a form's unsaved work while `dirty`: in-app leaving asks through `confirmLeave`, and closing
 * or reloading the window asks through the browser's own beforeunload prompt.
 */
export function useUnsavedGuard(dirty: boolean): void {
  const id = useId();
  const mark = useUnsavedStore((state) => state.mark);
  useEffect(() => {
    if (!dirty) return;
    mark(id, true);
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      mark(id, false);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty, id, mark]);
}

/** Whether an editor's draft differs from what is saved (plain data, compared by value). */
export const differs = (draft: unknown, saved: unknown): boolean => JSON.stringify(draft) !== JSON.stringify(saved);
