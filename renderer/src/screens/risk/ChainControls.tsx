import { useState } from 'react';
import type { RiskControl, RiskRow } from '../../../../shared/api/risk-types';
import { CONTROL_TYPE_LABELS } from '../../../../shared/risk/controls';
import { api } from '../../api/client';
import { useRiskStore } from '../../stores/risk-store';
import { ConfirmRemove } from './ConfirmRemove';
import { EditControlDialog } from './EditControlDialog';

const requirementText = (c: RiskControl) => c.requirements.map((r) => `${r.humanId}${r.title ? ` ${r.title}` : ''}${r.suspect ? ' (suspect link)' : ''}`).join(', ');

/** A chain's controls, in the standard's order, each with its requirements and its own edit and remove. */
export function ChainControls({ chain }: { chain: RiskRow }) {
  const run = useRiskStore((s) => s.run);
  const [editing, setEditing] = useState<RiskControl | null>(null);
  if (chain.controls.length === 0) return <p className="muted">No control yet.</p>;
  return (
    <>
      <ul className="risk-controls">
        {chain.controls.map((c) => (
          <li key={c.id}>
            <strong>{c.humanId}</strong> {c.name} <span className="muted small">({CONTROL_TYPE_LABELS[c.type]})</span>
            {c.introducesHazard && <span className="soup-missing small"> · may introduce a new hazard{c.newHazard ? `: ${c.newHazard.humanId}` : ''}</span>}
            <br />
            Implemented by: {c.requirements.length ? requirementText(c) : <span className="soup-missing">no requirement yet</span>}
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => setEditing(c)}>
                Edit<span className="visually-hidden"> {c.humanId}</span>
              </button>
              <ConfirmRemove
                what={c.humanId}
                onConfirm={() =>
                  run(
                    () => api('risk.removeControl', { id: c.id }),
                    (r) => `${r.removed} removed.`,
                    true,
                  )
                }
              />
            </div>
          </li>
        ))}
      </ul>
      {editing && <EditControlDialog control={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
