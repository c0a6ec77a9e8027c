import { plural } from '../../../../shared/domain/words';
import { useEffect, useMemo, useState } from 'react';
import { viewRiskRows } from '../../../../shared/risk/table-view';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { downloadExport } from '../../files/download';
import { Tabs } from '../../components/Tabs';
import { useRiskStore } from '../../stores/risk-store';
import { ChainDialog } from './ChainDialog';
import { AddControlDialog } from './AddControlDialog';
import { ChainDetail } from './ChainDetail';
import { HeatMap } from './HeatMap';
import { ImportRisksDialog } from './ImportRisksDialog';
import { OverallForm } from './OverallForm';
import { PlanForm } from './PlanForm';
import { ResidualDialog } from './ResidualDialog';
import { RiskRecordsDialog } from './RiskRecordsDialog';
import { RiskFilters } from './RiskFilters';
import { RiskTable } from './RiskTable';
import { ScaleEditor } from './ScaleEditor';

type Tab = 'analysis' | 'plan';
const TABS = [
  { key: 'analysis', label: 'Risk analysis' },
  { key: 'plan', label: 'Plan and overall evaluation' },
] as const;
type Open = 'chain' | 'control' | 'residual' | 'records' | 'import' | null;

/** The risk table as CSV or an Excel workbook, downloaded; either file imports back into the same chains. */
const exportTable = (format: 'csv' | 'xlsx') => downloadExport(() => (format === 'csv' ? api('risk.exportCsv', {}) : api('risk.exportXlsx', {})));

/** ISO 14971 risk management: the analysis table with its heat maps, and the plan with its matrix. */
export function RiskScreen() {
  const plan = useRiskStore((s) => s.plan);
  const list = useRiskStore((s) => s.list);
  const matrix = useRiskStore((s) => s.matrix);
  const view = useRiskStore((s) => s.view);
  const selectedId = useRiskStore((s) => s.selectedId);
  const error = useRiskStore((s) => s.error);
  const notice = useRiskStore((s) => s.notice);
  const setView = useRiskStore((s) => s.setView);
  const say = useRiskStore((s) => s.say);
  const [tab, setTab] = useState<Tab>('analysis');
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    void useRiskStore.getState().load();
  }, []);

  const rows = useMemo(() => (list ? viewRiskRows(list.rows, view) : []), [list, view]);
  const selected = list?.rows.find((r) => r.id === selectedId) ?? null;

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Risk management</h1>
        <div className="button-row">
          <button type="button" className="button" disabled={!plan} onClick={() => setOpen('records')}>
            Hazards, situations and harms
          </button>
          <button type="button" className="button button-primary" disabled={!plan} onClick={() => setOpen('chain')}>
            Add risk chain
          </button>
          <button type="button" className="button" disabled={!plan} onClick={() => setOpen('import')}>
            Import CSV or Excel…
          </button>
          {(['csv', 'xlsx'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button"
              disabled={!list?.total}
              onClick={() =>
                void exportTable(format).then(
                  (f) => say(null, `Exported ${plural(f.count, 'risk chain')} to ${f.fileName}.`),
                  (e: unknown) => say(messageOf(e)),
                )
              }
            >
              {format === 'csv' ? 'Export CSV' : 'Export Excel'}
            </button>
          ))}
        </div>
      </div>
      <ScreenMessages error={error} notice={notice} />
      <Tabs label="Risk management" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'analysis' && matrix && list && (
          <>
            <div className="risk-heat-pair">
              <HeatMap matrix={matrix} when="initial" cell={view.cell} onPick={(cell) => setView({ cell })} />
              <HeatMap matrix={matrix} when="residual" cell={view.cell} onPick={(cell) => setView({ cell })} />
            </div>
            <p className="muted small">Click a cell to show only its chains; click it again to show all. “✕ not OK” marks cells the plan finds unacceptable.</p>
            <RiskFilters shown={rows.length} total={list.total} />
            <div className={selected ? 'risk-layout' : undefined}>
              <RiskTable key={view.group} rows={rows} />
              {selected && <ChainDetail chain={selected} onAddControl={() => setOpen('control')} onResidual={() => setOpen('residual')} />}
            </div>
          </>
        )}
        {tab === 'plan' && plan && (
          <div className="risk-plan">
            <PlanForm key={plan.updatedAt ?? 'defaults'} plan={plan} />
            <ScaleEditor key={JSON.stringify(plan.scales)} scales={plan.scales} />
            <OverallForm key={plan.overall.evaluatedAt ?? 'none'} plan={plan} />
          </div>
        )}
      </Tabs>
      {open === 'chain' && <ChainDialog onClose={() => setOpen(null)} />}
      {open === 'import' && <ImportRisksDialog onClose={() => setOpen(null)} />}
      {open === 'control' && selected && <AddControlDialog chain={selected} onClose={() => setOpen(null)} />}
      {open === 'records' && <RiskRecordsDialog onClose={() => setOpen(null)} />}
      {open === 'residual' && selected && <ResidualDialog chain={selected} onClose={() => setOpen(null)} />}
    </>
  );
}
