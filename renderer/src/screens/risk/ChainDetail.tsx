import { useState } from 'react';
import type { RiskRow } from '../../../../shared/api/risk-types';
import { CAUSE_CATEGORY_LABELS, HAZARD_CATEGORY_LABELS } from '../../../../shared/risk/catalogue';
import { api } from '../../api/client';
import { useRiskStore } from '../../stores/risk-store';
import { ChainControls } from './ChainControls';
import { ChainDialog } from './ChainDialog';
import { ConfirmRemove } from './ConfirmRemove';
import { probabilityText, verdictClass, verdictText } from './risk-format';

/** One chain in full beside the table: the path to harm, its causes, controls with their requirements, and what is open. */
export function ChainDetail({ chain, onAddControl, onResidual }: { chain: RiskRow; onAddControl: () => void; onResidual: () => void }) {
  const { run, select } = useRiskStore.getState();
  const [editing, setEditing] = useState(false);
  const remove = () =>
    run(
      () => api('risk.removeChain', { id: chain.id }),
      (r) => `${r.removed} removed.`,
      true,
    ).then(() => select(null));
  return (
    <section className="card risk-detail" aria-labelledby="risk-detail-title">
      <h2 id="risk-detail-title">{chain.humanId}</h2>
      <dl className="risk-path">
        <dt>Hazard</dt>
        <dd>
          {chain.hazard.humanId} {chain.hazard.name} <span className="muted small">({HAZARD_CATEGORY_LABELS[chain.hazard.category]})</span>
        </dd>
        {chain.sequenceOfEvents && (
          <>
            <dt>Sequence of events</dt>
            <dd>{chain.sequenceOfEvents}</dd>
          </>
        )}
        <dt>Hazardous situation</dt>
        <dd>
          {chain.situation.humanId} {chain.situation.name}
        </dd>
        <dt>Harm</dt>
        <dd>
          {chain.harm.humanId} {chain.harm.name}
        </dd>
        <dt>Initial risk</dt>
        <dd>
          {probabilityText(chain.initial)}, S{chain.initial.s} ({chain.initial.severityName}) → <span className={verdictClass(chain.initial)}>{verdictText(chain.initial)}</span>
        </dd>
        <dt>Residual risk</dt>
        <dd>
          {chain.residual ? `${probabilityText(chain.residual)}, S${chain.residual.s} (${chain.residual.severityName}) → ` : ''}
          <span className={verdictClass(chain.residual)}>{verdictText(chain.residual)}</span>
        </dd>
        {chain.benefitRisk && (
          <>
            <dt>Benefit-risk</dt>
            <dd>{chain.benefitRisk}</dd>
          </>
        )}
      </dl>
      <h3>Software causes</h3>
      {chain.causes.length ? (
        <ul>
          {chain.causes.map((c, i) => (
            <li key={`${c.itemId}-${i}`}>
              {c.itemHumanId} {c.itemName}: {CAUSE_CATEGORY_LABELS[c.category]}
              {c.description && ` — ${c.description}`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No software item named.</p>
      )}
      <h3>Risk controls</h3>
      <ChainControls chain={chain} />
      {chain.open.length > 0 && (
        <>
          <h3>Open</h3>
          <ul className="risk-open">
            {chain.open.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onAddControl}>
          Add control
        </button>
        <button type="button" className="button" onClick={onResidual}>
          Set residual risk
        </button>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          Edit chain
        </button>
        <ConfirmRemove what={chain.humanId} label="Remove chain" onConfirm={remove} />
      </div>
      {editing && <ChainDialog chain={chain} onClose={() => setEditing(false)} />}
    </section>
  );
}
