import { useState } from 'react';
import type { Criticality } from '../../../../shared/changes/problem-trend';
import { messageOf } from '../../api/field-errors';
import { useNavStore } from '../../stores/nav-store';
import { useProblemsStore } from '../../stores/problems-store';
import { CriticalitySelect } from '../problems/CriticalitySelect';

/**
 * A failed result opens a problem report in one step (IEC 62304 9.1): the core copies the case, version,
 * actual result and message into it; the tester only says how critical it looks. The new report opens.
 */
export function OpenProblemForm({ resultId, title, onError }: { resultId: number; title: string; onError: (message: string | null) => void }) {
  const [criticality, setCriticality] = useState<Criticality>('medium');
  const [busy, setBusy] = useState(false);

  async function open() {
    onError(null);
    setBusy(true);
    try {
      await useProblemsStore.getState().create({ fromTestResultId: resultId, criticality });
      useNavStore.getState().go('problems');
    } catch (caught) {
      onError(messageOf(caught));
      setBusy(false);
    }
  }

  return (
    <div className="test-link-row">
      <CriticalitySelect label={`Criticality of the problem in ${title}`} value={criticality} onChange={setCriticality} />
      <button type="button" className="button" disabled={busy} onClick={() => void open()}>
        Open problem report
      </button>
    </div>
  );
}
