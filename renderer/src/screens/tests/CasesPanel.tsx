import { useMemo } from 'react';
import type { TestCase } from '../../../../shared/api/tests-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn, selectableTitleColumn } from '../../components/data-columns';
import { useTestsStore } from '../../stores/tests-store';
import { CaseEditor } from './CaseEditor';

const verifies = (c: TestCase) => [...c.requirements, ...c.riskControls].map((r) => r.humanId).join(', ');
const kindOf = (c: TestCase) => (c.automated ? 'automated' : `manual, ${c.steps.length} step${c.steps.length === 1 ? '' : 's'}`);

function columns(selectedId: number | 'new' | null, select: (id: number) => void): DataColumn<TestCase>[] {
  return [
    idColumn(),
    selectableTitleColumn(selectedId, select, (c) => c.retired && <span className="muted small"> retired</span>),
    { id: 'level', header: 'Level', sortValue: (c) => c.level, cell: (c) => c.level },
    { id: 'kind', header: 'Kind', sortValue: kindOf, cell: kindOf },
    { id: 'verifies', header: 'Verifies', sortValue: verifies, cell: (c) => verifies(c) || <span className="test-gap">nothing yet</span> },
  ];
}

/** The cases table with the chosen (or a new) case's editor beside it. */
export function CasesPanel({ cases }: { cases: TestCase[] }) {
  const selectedId = useTestsStore((s) => s.selectedCaseId);
  const select = useTestsStore((s) => s.selectCase);
  const selected = cases.find((c) => c.id === selectedId) ?? null;
  const shown = useMemo(() => columns(selectedId, select), [selectedId, select]);
  return (
    <div className="tests-layout">
      {cases.length === 0 ? (
        <p className="muted">No test case yet. Add one for each requirement: the steps, what to expect, and when it passes.</p>
      ) : (
        <div className="tests-scroll">
          <DataTable
            caption={`Test cases, ${cases.length}`}
            rows={cases}
            columns={shown}
            rowKey={(c) => c.id}
            isSelected={(c) => c.id === selectedId}
            rowClassName={(c) => (c.retired ? 'retired' : undefined)}
          />
        </div>
      )}
      {selectedId === 'new' ? (
        <CaseEditor key="new" testCase={null} />
      ) : selected ? (
        <CaseEditor key={selected.id} testCase={selected} />
      ) : (
        <p className="muted test-editor">Choose a case to edit it, or add a new one.</p>
      )}
    </div>
  );
}
