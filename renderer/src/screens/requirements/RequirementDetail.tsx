import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Requirement } from '../../../../shared/api/requirements-types';
import type { TraceLinkView } from '../../../../shared/api/trace-types';
import { fieldWords, REQUIREMENT_FIELDS, requirementFieldsOf } from '../../../../shared/requirements/fields';
import { sentenceList } from '../../../../shared/domain/words';
import { api } from '../../api/client';
import { FORM_ERROR, messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm } from '../../hooks/use-form';
import { differs } from '../../hooks/use-unsaved-guard';
import { useRequirementsStore } from '../../stores/requirements-store';
import { ItemPickerDialog } from './ItemPickerDialog';
import { checkRequirementFields, EMPTY_REQUIREMENT_FIELDS, ItemsField, RequirementFieldGrid, type RequirementFieldValues } from './RequirementFieldGrid';
import { RequirementHistory } from './RequirementHistory';
import { RequirementLinks } from './RequirementLinks';
import { useRequirementDetail } from './use-requirement-detail';

const valuesOf = (r: Requirement): RequirementFieldValues => requirementFieldsOf(r);

/** Focuses the grid's current cell, where the keyboard was before the panel took it. */
const backToGrid = () => document.querySelector<HTMLElement>('.req-grid [data-cell][tabindex="0"]')?.focus();

/**
 * One requirement in full beside the grid: every field (saved through requirements.update, guarded against
 * leaving with unsaved text), its software items, its trace links with the suspect ones to review, and its
 * history from the audit trail.
 */
export function RequirementDetail({ id }: { id: number }) {
  const generation = useRequirementsStore((s) => s.generation);
  const focusOnOpen = useRequirementsStore((s) => s.detailFocus);
  const tree = useRequirementsStore((s) => s.tree);
  const { openDetail, refresh, setItems, say } = useRequirementsStore.getState();
  const { data, error } = useRequirementDetail(id, generation);
  const form = useForm(EMPTY_REQUIREMENT_FIELDS);
  // The version the form started from: what "unsaved" is measured against.
  const [base, setBase] = useState<Requirement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [picking, setPicking] = useState(false);
  const requirement = data?.requirement;
  const dirty = base !== null && differs(form.values, valuesOf(base));

  const { reset } = form;
  const show = useCallback(
    (next: Requirement) => {
      setBase(next);
      reset(valuesOf(next));
    },
    [reset],
  );

  // A newly opened requirement, or one changed elsewhere (the grid, the item picker), replaces the form's
  // values, unless the person is typing in it: then their text stays and saving is theirs to decide.
  // Adjusted while rendering rather than in an effect, so the old values never flash on screen.
  if (requirement && (base?.id !== requirement.id || (base.updatedAt !== requirement.updatedAt && !dirty))) show(requirement);
  const opened = requirement?.id;
  useEffect(() => {
    if (opened !== undefined && focusOnOpen) heading.current?.focus();
  }, [opened, focusOnOpen]);

  const close = () => {
    if (openDetail(null)) backToGrid();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
  const review = (links: TraceLinkView[]) =>
    void api('trace.review', { linkIds: links.map((l) => l.id) })
      .then(() => refresh(links.length === 1 ? 'Link marked reviewed.' : `${links.length} links marked reviewed.`))
      .catch((e: unknown) => say(messageOf(e)));

  return (
    <section className="card req-detail" aria-labelledby="req-detail-title" onKeyDown={onKeyDown} data-testid="requirement-detail">
      <div className="req-detail-head">
        <h2 id="req-detail-title" ref={heading} tabIndex={-1}>
          {requirement ? `${requirement.humanId} ${requirement.title}`.trim() : 'Loading requirement…'}
        </h2>
        <button type="button" className="button button-quiet button-small" onClick={close}>
          Close<span className="visually-hidden"> the requirement’s details</span>
        </button>
      </div>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {requirement && data && (
        <>
          <p className="muted small">
            Revision {requirement.revision} ·{' '}
            {requirement.safetyClass ? `class ${requirement.safetyClass} from its software items` : `no software item yet, so held to the project’s class ${requirement.heldTo}`}
            {requirement.missing.length > 0 && ` · class ${requirement.heldTo} still asks for its ${sentenceList(fieldWords(requirement.missing))}`}
          </p>
          <form
            noValidate
            aria-label={`Fields of ${requirement.humanId}`}
            onSubmit={(event) =>
              void form.submitInput(
                event,
                {
                  method: 'requirements.update',
                  // Only the fields that differ from the version shown: an unchanged field is not sent.
                  input: (v) => ({ id: requirement.id, ...Object.fromEntries(REQUIREMENT_FIELDS.filter((f) => v[f] !== valuesOf(requirement)[f]).map((f) => [f, v[f]])) }),
                  check: checkRequirementFields,
                },
                async (changed) => {
                  // The id alone: nothing changed, nothing to record.
                  if (Object.keys(changed).length === 1) return;
                  show(await api('requirements.update', changed));
                  await refresh(`${requirement.humanId} saved.`);
                },
              )
            }
          >
            <RequirementFieldGrid
              field={form.field}
              safetyClass={requirement.heldTo}
              items={
                <ItemsField onChoose={() => setPicking(true)}>
                  <ul className="req-detail-items small">
                    {requirement.items.length === 0 && <li>None yet</li>}
                    {requirement.items.map((item) => (
                      <li key={item.id}>
                        {item.humanId} {item.name} <span className="muted">class {item.safetyClass}</span>
                        {item.suspect && <span className="badge badge-warning req-suspect">suspect</span>}
                      </li>
                    ))}
                  </ul>
                </ItemsField>
              }
            />
            <FormError message={form.errors[FORM_ERROR]} />
            <div className="button-row">
              <SubmitButton busy={form.busy} busyLabel="Saving…">
                Save changes
              </SubmitButton>
              {dirty && (
                <button type="button" className="button" onClick={() => show(requirement)}>
                  Undo my changes
                </button>
              )}
            </div>
          </form>
          <h3>Trace links</h3>
          <RequirementLinks requirementId={requirement.id} links={data.links} onReview={review} />
          <h3>History</h3>
          <RequirementHistory rows={data.history} total={data.historyTotal} />
          {picking && (
            <ItemPickerDialog
              requirement={requirement}
              tree={tree}
              initial={requirement.items.map((i) => i.id)}
              onClose={() => setPicking(false)}
              onSave={(ids) => {
                setPicking(false);
                void setItems(requirement, ids).catch(() => undefined);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
