import { useState } from 'react';
import { NEED_LABELS } from '../../../../shared/architecture/class-rules';
import { describeDiagram } from '../../../../shared/architecture/describe-diagram';
import type { ReviewKind } from '../../../../shared/reviews/checklists';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { ArchitectureDiagram } from '../../components/ArchitectureDiagram';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useArchitectureStore } from '../../stores/architecture-store';
import { ReviewChecklistDialog } from '../../components/ReviewChecklistDialog';
import { InterfacesTable } from './InterfacesTable';
import { NeedBadge } from './NeedBadge';
import { SegregationList } from './SegregationList';
import { UnitDesignList } from './UnitDesignList';

/**
 * The software architecture (IEC 62304 5.3) and detailed design (5.4): the diagram laid out from the
 * records, the interfaces, segregation and unit designs, what the class still asks for, and the 5.3.6
 * and 5.4.4 verification checklists.
 */
export function ArchitectureScreen() {
  const view = useArchitectureStore((s) => s.view);
  const load = useArchitectureStore((s) => s.load);
  const [error, setError] = useScreenLoad(load);
  const [notice, setNotice] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  const [review, setReview] = useState<ReviewKind | null>(null);

  const showNotice = (message: string) => {
    setError(null);
    setNotice(message);
  };

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Architecture</h1>
        {view && (
          <span className="muted small">
            Class {view.projectClass}: architecture {NEED_LABELS[view.architectureNeed].toLowerCase()}, detailed design of units{' '}
            {NEED_LABELS[view.detailedDesignNeed].toLowerCase()}.
          </span>
        )}
      </div>
      <ScreenMessages error={error} notice={notice} />
      {!view ? (
        <p className="muted">Loading…</p>
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="arch-gaps-title">
            <h2 id="arch-gaps-title">What the class still asks for</h2>
            {view.gaps.length ? (
              <ul className="gap-list">
                {view.gaps.map((gap) => (
                  <li key={gap}>{gap}</li>
                ))}
              </ul>
            ) : (
              <p className="muted" data-testid="arch-no-gaps">
                {view.tree.length === 0
                  ? `Nothing recorded yet. Class ${view.projectClass} asks no architecture (5.3 applies to classes B and C).`
                  : `Class ${view.projectClass}: everything the class asks of the architecture is recorded.`}
              </p>
            )}
            <div className="button-row">
              <button type="button" className="button" onClick={() => setReview('architecture')}>
                Architecture review (5.3.6)
              </button>
              <button type="button" className="button" onClick={() => setReview('detailed-design')}>
                Detailed design review (5.4.4)
              </button>
            </div>
          </section>
          <section className="card" aria-labelledby="arch-diagram-title">
            <h2 id="arch-diagram-title">Diagram</h2>
            <p className="muted small">Laid out automatically from the records. Choose a box to see only its interfaces.</p>
            <ArchitectureDiagram layout={view.diagram} description={describeDiagram(view.diagram)} selected={focus} onSelect={setFocus} />
          </section>
          <section className="card" aria-labelledby="arch-interfaces-title">
            <h2 id="arch-interfaces-title">
              Interfaces <NeedBadge need={view.architectureNeed} />
            </h2>
            <InterfacesTable view={view} focus={focus} onNotice={showNotice} onError={setError} />
          </section>
          <section className="card" aria-labelledby="arch-segregation-title">
            <h2 id="arch-segregation-title">Segregation</h2>
            <SegregationList rows={view.segregation} onNotice={showNotice} />
          </section>
          <section className="card" aria-labelledby="arch-units-title">
            <h2 id="arch-units-title">
              Detailed design of units <NeedBadge need={view.detailedDesignNeed} />
            </h2>
            <UnitDesignList units={view.units} onNotice={showNotice} />
          </section>
        </div>
      )}
      {review && (
        <ReviewChecklistDialog
          kind={review}
          defaultScope={review === 'architecture' ? `Architecture: ${view?.interfaces.length ?? 0} interfaces` : `Detailed design: ${view?.units.length ?? 0} units`}
          onClose={() => setReview(null)}
          onRecorded={(summary) => {
            setReview(null);
            showNotice(summary);
          }}
        />
      )}
    </>
  );
}
