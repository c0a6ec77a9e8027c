import { create } from 'zustand';
import type { IntegrityStatus } from '../../../shared/api/audit-types';
import { api } from '../api/client';
import { messageOf } from '../api/field-errors';
import { registerProjectStore } from './project-stores';

interface AuditIntegrityState {
  status: IntegrityStatus | null;
  error: string | null;
  /** Asks the core how the check of the open project stands (the first ask after opening starts it). */
  refresh(): Promise<void>;
  clear(): void;
}

/** The background integrity check of the open project, shown on the dashboard and the audit screen. */
export const useAuditIntegrityStore = create<AuditIntegrityState>()((set) => ({
  status: null,
  error: null,
  async refresh() {
    try {
      set({ status: await api('audit.integrityStatus', {}), error: null });
    } catch (caught) {
      set({ error: messageOf(caught) });
    }
  },
  clear: () => set({ status: null, error: null }),
}));

registerProjectStore('audit-integrity', useAuditIntegrityStore, (s) => (s.status ? s.refresh() : undefined));
