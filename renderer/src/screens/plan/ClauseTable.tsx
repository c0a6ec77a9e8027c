import type { PlanClause } from '../../../../shared/api/plan-types';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { naturalKey } from '../../grid/natural-key';
import { ClauseHomeLink } from './ClauseHomeLink';
import { ClauseStatusCell } from './ClauseStatusCell';

const COLUMNS: DataColumn<PlanClause>[] = [
  { id: 'clause', header: 'Clause', rowHeader: true, className: 'mono', sortValue: (c) => naturalKey(c.clause), cell: (c) => c.clause },
  { id: 'title', header: 'Title', cell: (c) => c.title },
  {
    id: 'status',
    header: 'Status',
    cell: (c) => (c.applies ? <ClauseStatusCell clause={c} /> : <span className="small">{c.notRequiredReason ?? 'Not required for this class.'}</span>),
  },
  {
    id: 'home',
    header: 'Recorded in',
    className: 'small',
    cell: (c) => (
      <>
        {c.home.document}
        <ClauseHomeLink clause={c.clause} area={c.home.area} screen={c.home.screen} />
        {c.devPlan && (
          <div className="muted" data-testid={`sdp-state-${c.clause}`}>
            Development plan: {c.devPlan.written} of {c.devPlan.steps} {c.devPlan.steps === 1 ? 'step' : 'steps'} written, {c.devPlan.done} done
          </div>
        )}
      </>
    ),
  },
];

interface ClauseTableProps {
  title: string;
  clauses: PlanClause[];
}

/** The clauses of one process: required ones take a status; the others are greyed with the reason. */
export function ClauseTable({ title, clauses }: ClauseTableProps) {
  return (
    <DataTable
      caption={title}
      rows={clauses}
      columns={COLUMNS}
      rowKey={(c) => c.clause}
      className="plan-table"
      rowClassName={(c) => (c.applies ? undefined : 'clause-not-required')}
      rowTestId={(c) => `clause-${c.clause}`}
    />
  );
}
