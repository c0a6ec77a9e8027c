import type { RiskRow } from '../../../../shared/api/risk-types';
import { CAUSE_CATEGORY_LABELS, HAZARD_CATEGORY_LABELS } from '../../../../shared/risk/catalogue';
import { CONTROL_TYPE_LABELS } from '../../../../shared/risk/controls';
import { api } from '../../api/client';
import { useRiskStore } from '../../stores/risk-store';
import { probabilityText, verdictClass, verdictText } from './risk-format';

/** One chain in full beside the table: the path to harm, its causes, controls with their requirements, and what is open. */
export function ChainDetail({ chain, onAddControl, onResidual }: { chain: RiskRow; onAddControl: () => void; onResidual: () => void }) {
  const { run, select } = useRiskStore.getState();
  const remove = () =>
    void run(() => api('risk.removeChain', { id: chain.id }), (r) => `${r.removed} removed.`)
      .then(() => select(null))
      .catch(() => undefined);
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
      {chain.controls.length ? (
        <ul>
          {chain.controls.map((c) => (
            <li key={c.id}>
              <strong>{c.humanId}</strong> {c.name} <span className="muted small">({CONTROL_TYPE_LABELS[c.type]})</span>
              <br />
              Implemented by: {c.requirements.length ? c.requirements.map((r) => `${r.humanId}${r.title ? ` ${r.title}` : ''}${r.suspect ? ' (suspect link)' : ''}`).join(', ') : <span className="soup-missing">no requirement yet</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No control yet.</p>
      )}
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
        <button type="button" className="button button-quiet" onClick={remove}>
          Remove chain
        </button>
      </div>
    </section>
  );
}
