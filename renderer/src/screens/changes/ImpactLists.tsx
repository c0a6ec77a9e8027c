import { IMPACT_KINDS, IMPACT_KIND_LABELS, type ChangeImpact } from '../../../../shared/api/changes-types';

/** The impact analysis, one labelled list per kind of record, each entry with why the change reaches it. */
export function ImpactLists({ impact, frozen }: { impact: ChangeImpact; frozen: boolean }) {
  return (
    <section className="impact" aria-labelledby="impact-title">
      <h3 id="impact-title">Impact analysis (6.2.3, 7.4)</h3>
      <p className="muted small">
        {frozen ? `Frozen when the change was approved (${impact.computedAt.slice(0, 10)}).` : 'Worked out from the trace links now; frozen when the change is approved.'}
      </p>
      <div className="impact-grid">
        {IMPACT_KINDS.map((kind) => (
          <section key={kind} className="impact-list" aria-label={IMPACT_KIND_LABELS[kind]}>
            <h4>
              {IMPACT_KIND_LABELS[kind]} ({impact[kind].length})
            </h4>
            {impact[kind].length === 0 ? (
              <p className="muted small">None reached.</p>
            ) : (
              <ul className="small">
                {impact[kind].map((e) => (
                  <li key={e.id}>
                    <strong>{e.humanId}</strong> {e.title} <span className="muted">— {e.reason}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <section className="impact-list" aria-label="Documents to revise">
          <h4>Documents covering affected records ({impact.documents.length})</h4>
          {impact.documents.length === 0 ? (
            <p className="muted small">None.</p>
          ) : (
            <ul className="small">
              {impact.documents.map((d) => (
                <li key={d.id}>
                  <strong>{d.docKey}</strong> {d.title} <span className="muted">— covers {d.covers.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
