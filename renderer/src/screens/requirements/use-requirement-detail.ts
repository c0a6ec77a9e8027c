import { useEffect, useState } from 'react';
import type { Requirement } from '../../../../shared/api/requirements-types';
import type { TraceLinkView } from '../../../../shared/api/trace-types';
import type { AuditRow } from '../../../../shared/api/audit-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';

/** How many of a requirement's audit rows the panel shows, newest first; the audit trail has the rest. */
export const HISTORY_ROWS = 50;

export interface RequirementDetailData {
  requirement: Requirement;
  links: TraceLinkView[];
  history: AuditRow[];
  historyTotal: number;
}

/**
 * One requirement with its trace links and its own audit rows, read again whenever the requirements
 * store refreshes (`generation`), so an edit anywhere on the screen shows here too.
 */
export function useRequirementDetail(id: number, generation: number): { data: RequirementDetailData | null; error: string | null } {
  const [data, setData] = useState<RequirementDetailData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const requirement = await api('requirements.get', { id });
        const [links, audit] = await Promise.all([
          api('trace.links', { ref: { type: 'requirement', id } }),
          api('audit.list', { limit: HISTORY_ROWS, filter: { entity: 'requirement', entityId: requirement.humanId }, sort: { column: 'seq', dir: 'desc' } }),
        ]);
        if (current) {
          setData({ requirement, links, history: audit.rows, historyTotal: audit.total });
          setError(null);
        }
      } catch (e) {
        if (current) setError(messageOf(e));
      }
    })();
    return () => {
      current = false;
    };
  }, [id, generation]);
  return { data: data?.requirement.id === id ? data : null, error };
}
