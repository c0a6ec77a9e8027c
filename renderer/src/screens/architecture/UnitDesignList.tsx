import { useState } from 'react';
import type { UnitDesignView } from '../../../../shared/api/architecture-types';
import { useArchitectureStore } from '../../stores/architecture-store';
import { NeedBadge } from './NeedBadge';
import { TwoFieldEditor } from './TwoFieldEditor';

/** Each unit's detailed design (5.4.2) and the design of its interfaces (5.4.3): required for class C units. */
export function UnitDesignList({ units, onNotice }: { units: UnitDesignView[]; onNotice(message: string): void }) {
  const setUnitDesign = useArchitectureStore((s) => s.setUnitDesign);
  const [editing, setEditing] = useState<number | null>(null);
  if (units.length === 0) return <p className="muted">No software unit yet. Split items into units on the Software screen.</p>;
  return (
    <ul className="record-list">
      {units.map((u) => (
        <li key={u.unit.id} className="record-row" data-testid={`unit-${u.unit.humanId}`}>
          <div className="record-head">
            <span className="mono">{u.unit.humanId}</span>
            <strong>{u.unit.name}</strong>
            <span className="muted small">
              in {u.parent.humanId} {u.parent.name} · class {u.unit.effectiveClass}
            </span>
            <NeedBadge need={u.need} />
            <button type="button" className="button button-small" aria-label={`Edit design of ${u.unit.humanId} ${u.unit.name}`} onClick={() => setEditing(u.unit.id)}>
              {u.design ? 'Edit' : 'Write'}
            </button>
          </div>
          {editing === u.unit.id ? (
            <TwoFieldEditor
              first={{
                name: 'design',
                label: `Design of ${u.unit.humanId}`,
                hint: 'Responsibilities, data, algorithms, states and error handling: enough to implement it correctly.',
                value: u.design,
              }}
              second={{ name: 'interfaces', label: 'Its interfaces', hint: 'Inputs and outputs with types, ranges, timing and errors.', value: u.interfaces }}
              submitLabel="Save design"
              onCancel={() => setEditing(null)}
              onSave={async (design, interfaces) => {
                await setUnitDesign({ unitId: u.unit.id, design, interfaces });
                setEditing(null);
                onNotice(`Design of ${u.unit.humanId} saved.`);
              }}
            />
          ) : (
            (u.design || u.linkedInterfaces.length > 0) && (
              <dl className="facts">
                {u.design && (
                  <div className="facts-row">
                    <dt>Design</dt>
                    <dd>{u.design}</dd>
                  </div>
                )}
                {u.interfaces && (
                  <div className="facts-row">
                    <dt>Interfaces</dt>
                    <dd>{u.interfaces}</dd>
                  </div>
                )}
                {u.linkedInterfaces.length > 0 && (
                  <div className="facts-row">
                    <dt>In the architecture</dt>
                    <dd>{u.linkedInterfaces.join(', ')}</dd>
                  </div>
                )}
              </dl>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
