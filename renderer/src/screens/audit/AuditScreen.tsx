import { useEffect } from 'react';
import { PAGE_SIZE, useAuditStore } from '../../stores/audit-store';
import { AuditDetail } from './AuditDetail';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { IntegrityStatusCard } from './IntegrityStatusCard';
import { VerifyChain } from './VerifyChain';

/** Every change ever made to the project, newest first, searchable and verifiable. */
export function AuditScreen() {
  const total = useAuditStore((state) => state.total);
  const error = useAuditStore((state) => state.error);
  const selected = useAuditStore((state) => state.selected);

  useEffect(() => {
    const store = useAuditStore.getState();
    if (store.total === null) void store.ensureRange(0, PAGE_SIZE - 1);
    store.loadFacets().catch(() => undefined);
  }, []);

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Audit trail</h1>
        <VerifyChain />
      </div>
      <IntegrityStatusCard />
      <AuditFilters />
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <p className="audit-status" aria-live="polite" data-testid="audit-total">
        {total === null ? 'Loading…' : `${total.toLocaleString()} ${total === 1 ? 'row' : 'rows'}`}
      </p>
      <div className="audit-layout">
        <AuditTable />
        <AuditDetail row={selected} />
      </div>
    </>
  );
}
