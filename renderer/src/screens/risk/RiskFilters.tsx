import { RISK_GROUPING_LABELS, RISK_GROUPINGS, type RiskGrouping } from '../../../../shared/risk/table-groups';
import { RISK_STATUS_FILTER_LABELS, RISK_STATUS_FILTERS, type RiskStatusFilter } from '../../../../shared/risk/table-view';
import { useRiskStore } from '../../stores/risk-store';

/** Text and status filters and the grouping of the table, and the heat-map cell it is narrowed to, which can be cleared here. */
export function RiskFilters({ shown, total }: { shown: number; total: number }) {
  const view = useRiskStore((s) => s.view);
  const setView = useRiskStore((s) => s.setView);
  return (
    <div className="soup-filters" role="group" aria-label="Filter the risk table">
      <label className="field">
        <span className="field-label">Search</span>
        <input className="input" type="search" value={view.text} onChange={(e) => setView({ text: e.target.value })} placeholder="ID, hazard, harm, item, control…" />
      </label>
      <label className="field">
        <span className="field-label">Show</span>
        <select className="select" value={view.status} onChange={(e) => setView({ status: e.target.value as RiskStatusFilter })}>
          {RISK_STATUS_FILTERS.map((f) => (
            <option key={f} value={f}>
              {RISK_STATUS_FILTER_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Group by</span>
        <select className="select" value={view.group} onChange={(e) => setView({ group: e.target.value as RiskGrouping })}>
          {RISK_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {RISK_GROUPING_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      {view.cell && (
        <button type="button" className="button button-small" onClick={() => setView({ cell: null })}>
          Clear cell {view.cell.when === 'initial' ? 'before' : 'after'} control: P{view.cell.p} × S{view.cell.s}
        </button>
      )}
      <p className="muted small" aria-live="polite" data-testid="risk-shown">
        {shown === total ? `${total} ${total === 1 ? 'chain' : 'chains'}` : `${shown} of ${total} chains shown`}
      </p>
    </div>
  );
}
