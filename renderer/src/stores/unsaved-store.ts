import { create } from 'zustand';
import { UNSAVED_QUESTION } from '../../../shared/domain/words';

interface UnsavedState {
  /**
   * The forms holding typed text that is not saved yet, by a per-form id, each with the dialog that was on
   * top when it became unsaved (null: none). Dialogs are modal, so that is the dialog the text was typed in.
   */
  sources: Readonly<Record<string, string | null>>;
  /** Open dialogs, innermost last. */
  dialogs: readonly string[];
  mark(id: string, dirty: boolean): void;
  dialogOpened(id: string): void;
  dialogClosed(id: string): void;
}

/** Which forms hold unsaved work, so every way of leaving (navigation, wizard steps, closing) can ask first. */
export const useUnsavedStore = create<UnsavedState>()((set) => ({
  sources: {},
  dialogs: [],
  mark: (id, dirty) =>
    set((state) => {
      if (dirty === Object.hasOwn(state.sources, id)) return state;
      const sources = { ...state.sources };
      if (dirty) sources[id] = state.dialogs.at(-1) ?? null;
      else delete sources[id];
      return { sources };
    }),
  dialogOpened: (id) => set((state) => ({ dialogs: [...state.dialogs, id] })),
  dialogClosed: (id) => set((state) => ({ dialogs: state.dialogs.filter((d) => d !== id) })),
}));

/**
 * Asks before typed work is thrown away: true when nothing is unsaved or the person agrees to lose it.
 * Every way of leaving a form calls this one function, so the question is the same everywhere. Given a
 * dialog, only the text typed in that dialog counts: closing it loses nothing else.
 */
export function confirmLeave(dialog?: string): boolean {
  const { sources } = useUnsavedStore.getState();
  const at = Object.keys(sources).filter((id) => dialog === undefined || sources[id] === dialog);
  if (at.length === 0) return true;
  const leave = window.confirm(UNSAVED_QUESTION);
  if (leave) useUnsavedStore.setState({ sources: Object.fromEntries(Object.entries(sources).filter(([id]) => !at.includes(id))) });
  return leave;
}
