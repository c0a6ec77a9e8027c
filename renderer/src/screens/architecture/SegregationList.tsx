import { useState } from 'react';
import type { SegregationView } from '../../../../shared/api/architecture-types';
import { ClassBadge } from '../../components/ClassBadge';
import { useArchitectureStore } from '../../stores/architecture-store';
import { NeedBadge } from './NeedBadge';
import { TwoFieldEditor } from './TwoFieldEditor';

/**
 * Items and their segregation (5.3.5): lowered items first, each beside the class argument from its
 * classification, which is kept there and only shown here.
 */
export function SegregationList({ rows, onNotice }: { rows: SegregationView[]; onNotice(message: string): void }) {
  const setSegregation = useArchitectureStore((s) => s.setSegregation);
  const [editing, setEditing] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shown = rows.filter((r) => showAll || r.need !== 'optional' || r.measure);
  return (
    <>
      {shown.length === 0 && <p className="muted">No item is segregated. Record a segregation here when a risk control depends on keeping items apart.</p>}
      <ul className="record-list">
        {shown.map((row) => {
          const label = `${row.item.humanId} ${row.item.name}`;
          return (
            <li key={row.item.id} className="record-row" data-testid={`segregation-${row.item.humanId}`}>
              <div className="record-head">
                <span className="mono">{row.item.humanId}</span>
                <strong>{row.item.name}</strong>
                <ClassBadge safetyClass={row.item.effectiveClass} source={row.item.classSource} />
                <NeedBadge need={row.need} />
                <button type="button" className="button button-small" aria-label={`Edit segregation of ${label}`} onClick={() => setEditing(row.item.id)}>
                  {row.measure ? 'Edit' : 'Record'}
                </button>
              </div>
              <p className="muted small">{row.why}</p>
              {row.classification && (
                <p className="small">
                  <span className="muted">Class argument: </span>
                  {row.classification.rationale} <span className="muted">Verified by: </span>
                  {row.classification.verification}
                </p>
              )}
              {editing === row.item.id ? (
                <TwoFieldEditor
                  first={{
                    name: 'measure',
                    label: `Segregation measure of ${row.item.humanId}`,
                    hint: 'What keeps it apart: separate process or processor, memory protection, one-way interface, sandbox …',
                    value: row.measure,
                  }}
                  second={{ name: 'effectiveness', label: 'How it is made effective', hint: 'What enforces the separation and how that is checked.', value: row.effectiveness }}
                  submitLabel="Save segregation"
                  onCancel={() => setEditing(null)}
                  onSave={async (measure, effectiveness) => {
                    await setSegregation({ itemId: row.item.id, measure, effectiveness });
                    setEditing(null);
                    onNotice(`Segregation of ${row.item.humanId} saved.`);
                  }}
                />
              ) : (
                row.measure && (
                  <dl className="facts">
                    <div className="facts-row">
                      <dt>Measure</dt>
                      <dd>{row.measure}</dd>
                    </div>
                    <div className="facts-row">
                      <dt>Made effective by</dt>
                      <dd>{row.effectiveness}</dd>
                    </div>
                  </dl>
                )
              )}
            </li>
          );
        })}
      </ul>
      {rows.length > shown.length || showAll ? (
        <button type="button" className="button button-small button-quiet" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show only segregated items' : `Show all ${rows.length} items`}
        </button>
      ) : null}
    </>
  );
}
