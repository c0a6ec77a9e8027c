import { create } from 'zustand';

export interface JobProgress {
  method: string;
  fraction: number;
  label: string;
}

interface JobsState {
  current: JobProgress | null;
  report(progress: JobProgress): void;
  clear(): void;
}

/** The latest progress the core pushed for a long job; screens showing a busy state read it. */
export const useJobsStore = create<JobsState>()((set) => ({
  current: null,
  report: (current) => set({ current }),
  clear: () => set({ current: null }),
}));
