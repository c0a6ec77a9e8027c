import type { KnownAnomaly } from '../../../../shared/api/releases-types';
import { CRITICALITIES } from '../../../../shared/changes/problem-trend';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn } from '../../components/data-columns';
import { SCREENS, useNavStore, type Screen } from '../../stores/nav-store';

/** Problem reports are edited on their own screen; it may not exist in every build yet, so ask the list. */
const PROBLEMS_SCREEN = 'problems';
const isScreen = (name: string): name is Screen => (SCREENS as readonly string[]).includes(name);

const safetyWords = (a: KnownAnomaly) => (a.affectsSafety === null ? 'Not evaluated' : a.affectsSafety ? 'Yes' : 'No');

const COLUMNS: DataColumn<KnownAnomaly>[] = [
  idColumn(),
  { id: 'title', header: 'Title', sortValue: (a) => a.title.toLowerCase(), cell: (a) => a.title },
  { id: 'criticality', header: 'Criticality', sortValue: (a) => (CRITICALITIES as readonly string[]).indexOf(a.criticality), cell: (a) => a.criticality },
  { id: 'safety', header: 'Affects safety', sortValue: safetyWords, cell: safetyWords },
  { id: 'decision', header: 'Decision', sortValue: (a) => a.decision, cell: (a) => a.decision },
  { id: 'evaluation', header: 'Evaluation', cell: (a) => a.evaluation || <span className="muted">Not evaluated</span> },
  { id: 'mitigation', header: 'User mitigation', cell: (a) => a.mitigation || '—' },
];

/** The known residual anomalies, read-only: they are the open problem reports, edited where problems are. */
export function AnomalyTable({ anomalies }: { anomalies: KnownAnomaly[] }) {
  const go = useNavStore((state) => state.go);
  return (
    <>
      {anomalies.length === 0 ? (
        <p className="muted">No open problem reports: this release has no known residual anomalies.</p>
      ) : (
        <div className="table-scroll">
          <DataTable caption="Known residual anomalies" rows={anomalies} columns={COLUMNS} rowKey={(a) => a.id} />
        </div>
      )}
      {isScreen(PROBLEMS_SCREEN) && (
        <p>
          <button type="button" className="button" onClick={() => go(PROBLEMS_SCREEN)}>
            Edit problem reports
          </button>
        </p>
      )}
    </>
  );
}
