import { useEffect, useState } from 'react';
import type { TechnicalFileElementView } from '../../../../shared/api/technical-file-types';
import { PART_TITLES } from '../../../../shared/technical-file/elements';
import { STATUS_LABELS, statusDetail } from '../../../../shared/technical-file/status';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useTechnicalFileStore } from '../../stores/technical-file-store';
import { ReferenceDialog } from './ReferenceDialog';

const STATE_CLASS = { present: 'badge badge-success', outside: 'badge badge-muted', missing: 'badge badge-danger' } as const;

function ElementRow({ element, mayEdit, onEdit, onRemove }: { element: TechnicalFileElementView; mayEdit: boolean; onEdit(): void; onRemove(): void }) {
  const { status, reference } = element;
  return (
    <tr data-testid={`element-${element.id}`}>
      <td className="mono">{element.section}</td>
      <th scope="row">
        {element.title}
        {element.cairnDocuments.length > 0 && <span className="muted small"> · in Cairn: {element.cairnDocuments.join(', ')}</span>}
      </th>
      <td>
        <span className={STATE_CLASS[status.state]}>{STATUS_LABELS[status.state]}</span> {statusDetail(status)}
        {reference && status.state === 'present' && <span className="muted small"> (a reference is also kept: {reference.text})</span>}
      </td>
      <td>
        {mayEdit && status.state !== 'present' && (
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              onClick={onEdit}
              aria-label={`${reference ? 'Change' : 'Record'} where ${element.section} ${element.title} is kept`}
            >
              {reference ? 'Change reference…' : 'Kept outside Cairn…'}
            </button>
            {reference && (
              <button type="button" className="button button-small button-quiet" onClick={onRemove} aria-label={`Remove the reference of ${element.section} ${element.title}`}>
                Remove reference
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}

/**
 * What the technical file must hold for this product (EU MDR Annex II/III, the FDA list for its level),
 * each element present in an approved document, kept outside Cairn where the team says, or missing.
 */
export function TechnicalFileIndexCard({ mayEdit }: { mayEdit: boolean }) {
  const index = useTechnicalFileStore((state) => state.index);
  const load = useTechnicalFileStore((state) => state.load);
  const removeReference = useTechnicalFileStore((state) => state.removeReference);
  const [editing, setEditing] = useState<TechnicalFileElementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    load().catch((caught: unknown) => setError(messageOf(caught)));
  }, [load]);

  const parts = index ? [...new Set(index.elements.map((e) => e.part))] : [];
  return (
    <section className="card" aria-labelledby="technical-file-index-title">
      <div className="card-header">
        <h2 id="technical-file-index-title">Technical file contents</h2>
        {index && (
          <span className="muted small" aria-live="polite">
            {index.counts.present} present · {index.counts.outside} outside Cairn · {index.counts.missing} missing
          </span>
        )}
      </div>
      <ScreenMessages error={error} notice={notice} />
      {index && (
        <ul className="muted small">
          {index.basis.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {parts.map((part) => (
        <table key={part} className="table">
          <caption>{PART_TITLES[part]}</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Required element</th>
              <th scope="col">Where it is</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(index?.elements ?? [])
              .filter((e) => e.part === part)
              .map((element) => (
                <ElementRow
                  key={element.id}
                  element={element}
                  mayEdit={mayEdit}
                  onEdit={() => setEditing(element)}
                  onRemove={() => {
                    setError(null);
                    removeReference(element.id)
                      .then(() => setNotice(`${element.section} ${element.title}: reference removed.`))
                      .catch((caught: unknown) => setError(messageOf(caught)));
                  }}
                />
              ))}
          </tbody>
        </table>
      ))}
      {editing && (
        <ReferenceDialog
          element={editing}
          onClose={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}
