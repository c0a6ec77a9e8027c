import { create } from 'zustand';

interface UnsavedState {
  /** The forms holding typed text that is not saved yet, by a per-form id. */
  sources: Readonly<Record<string, true>>;
  mark(id: string, dirty: boolean): void;
}

/** Which forms hold unsaved work, so every way of leaving (navigation, wizard steps, closing) can ask first. */
export const useUnsavedStore = create<UnsavedState>()((set) => ({
  sources: {},
  mark: (id, dirty) =>
    set((state) => {
      if (dirty === Object.hasOwn(state.sources, id)) return state;
      const sources = { ...state.sources };
      if (dirty) sources[id] = true;
      else delete sources[id];
      return { sources };
    }),
}));

export const UNSAVED_QUESTION = 'Some of what you typed is not saved yet. Leave and lose it?';

/**
 * Asks before typed work is thrown away: true when nothing is unsaved or the person agrees to lose it.
 * Every way of leaving a form calls this one function, so the question is the same everywhere.
 */
export function confirmLeave(): boolean {
  if (Object.keys(useUnsavedStore.getState().sources).length === 0) return true;
  const leave = window.confirm(UNSAVED_QUESTION);
  if (leave) useUnsavedStore.setState({ sources: {} });
  return leave;
}
