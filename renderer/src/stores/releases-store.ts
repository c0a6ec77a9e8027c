import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract';
import type { BaselineDiff, ConfigurationItems, ReleaseDetail, ReleaseSummary } from '../../../shared/api/releases-types';
import { api } from '../api/client';
import { registerProjectStore } from './project-stores';

type ReleasePatch = Omit<InputOf<'releases.update'>, 'id'>;

interface ReleasesState {
  releases: ReleaseSummary[] | null;
  /** The release open in the wizard. */
  current: ReleaseDetail | null;
  load(): Promise<void>;
  open(version: string): Promise<void>;
  create(version: string, title: string): Promise<void>;
  update(patch: ReleasePatch): Promise<void>;
  addArtefact(name: string, sha256: string, sizeBytes: number): Promise<void>;
  removeArtefact(artefactId: number): Promise<void>;
  sign(password: string): Promise<void>;
  release(): Promise<void>;
  diff(from: string, to: string): Promise<BaselineDiff>;
  configurationItems(): Promise<ConfigurationItems>;
  clear(): void;
}

/** Releases and the one open in the wizard; every change returns the release with its checklist recomputed by the core. */
export const useReleasesStore = create<ReleasesState>()((set, get) => {
  /** Runs a change on the open release, then shows its answer and refreshes the list's counts and states. */
  async function change(run: (id: number) => Promise<ReleaseDetail>): Promise<void> {
    const current = get().current;
    if (!current) throw new Error('Open a release first.');
    set({ current: await run(current.id), releases: await api('releases.list', {}) });
  }
  return {
    releases: null,
    current: null,
    async load() {
      set({ releases: await api('releases.list', {}) });
    },
    async open(version) {
      set({ current: await api('releases.get', { version }) });
    },
    async create(version, title) {
      const current = await api('releases.create', { version, title });
      set({ current, releases: await api('releases.list', {}) });
    },
    update: (patch) => change((id) => api('releases.update', { id, ...patch })),
    addArtefact: (name, sha256, sizeBytes) => change((id) => api('releases.addArtefact', { id, name, sha256, sizeBytes })),
    removeArtefact: (artefactId) => change((id) => api('releases.removeArtefact', { id, artefactId })),
    sign: (password) => change((id) => api('releases.sign', { id, password })),
    release: () => change((id) => api('releases.release', { id })),
    diff: (from, to) => api('releases.baselineDiff', { from, to }),
    configurationItems: () => api('releases.configurationItems', {}),
    clear: () => set({ releases: null, current: null }),
  };
});

registerProjectStore('releases', useReleasesStore);
