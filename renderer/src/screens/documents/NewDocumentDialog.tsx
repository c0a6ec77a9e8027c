import { useEffect } from 'react';
import type { DocumentListItem } from '../../../../shared/api/documents-types';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { dayBound } from '../../forms/format';
import { useForm } from '../../hooks/use-form';
import { useAuditStore } from '../../stores/audit-store';
import { useDocumentsStore } from '../../stores/documents-store';
import { useNavStore } from '../../stores/nav-store';
import { RECORD_DOCUMENTS } from './record-documents';

const INITIAL = { type: '', from: '', to: '', entity: '' };

function validate(values: typeof INITIAL): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.type) errors.type = 'Choose what kind of document.';
  if (values.type === 'audit-extract' && values.from && values.to && values.from > values.to) errors.to = 'The period ends before it starts.';
  return errors;
}

/** Starts a controlled document as draft v1 and opens it. */
export function NewDocumentDialog({ items, onClose }: { items: DocumentListItem[]; onClose: () => void }) {
  const create = useDocumentsStore((state) => state.create);
  const openDocument = useNavStore((state) => state.openDocument);
  const facets = useAuditStore((state) => state.facets);
  const form = useForm(INITIAL);

  useEffect(() => {
    useAuditStore
      .getState()
      .loadFacets()
      .catch(() => undefined);
  }, []);

  const typeField = form.field('type');
  const entities = [{ value: '', label: 'Every entity' }, ...(facets?.entities ?? []).map((e) => ({ value: e, label: e }))];
  return (
    <Dialog title="New document" description="The first version is a draft generated from the project's records." onClose={onClose}>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, async (v) => {
            const recordKind = RECORD_DOCUMENTS.find((kind) => kind.type === v.type);
            const detail = await create(
              recordKind ? { type: recordKind.type } : { type: 'audit-extract', from: dayBound(v.from, false) ?? null, to: dayBound(v.to, true) ?? null, entity: v.entity || null },
            );
            onClose();
            openDocument(detail.id);
          })
        }
      >
        <FormError message={form.errors[FORM_ERROR]} />
        <fieldset className="fieldset" aria-describedby={typeField.error ? 'new-document-type-error' : undefined}>
          <legend>What kind of document?</legend>
          <div className="person-list">
            {RECORD_DOCUMENTS.map((kind) => {
              const existing = items.find((d) => d.type === kind.type);
              const noteId = `${kind.type}-note`;
              return (
                <label key={kind.type} className="person-option">
                  <input
                    type="radio"
                    name="type"
                    value={kind.type}
                    checked={typeField.value === kind.type}
                    disabled={existing !== undefined}
                    aria-describedby={noteId}
                    aria-invalid={typeField.error ? true : undefined}
                    onChange={() => typeField.onChange(kind.type)}
                  />
                  <span className="person-text">
                    <span className="person-name">{kind.label}</span>
                    <span id={noteId} className="muted small">
                      {existing ? `The project already has one (${existing.docKey} v${existing.version}); a project has only one.` : kind.description}
                    </span>
                  </span>
                </label>
              );
            })}
            <label className="person-option">
              <input
                type="radio"
                name="type"
                value="audit-extract"
                checked={typeField.value === 'audit-extract'}
                aria-invalid={typeField.error ? true : undefined}
                onChange={() => typeField.onChange('audit-extract')}
              />
              <span className="person-text">
                <span className="person-name">Audit trail extract</span>
                <span className="muted small">Entries of the audit trail for a period, for an auditor to read.</span>
              </span>
            </label>
          </div>
          {typeField.error && (
            <p id="new-document-type-error" className="field-error">
              {typeField.error}
            </p>
          )}
        </fieldset>
        {typeField.value === 'audit-extract' && (
          <div className="field-grid">
            <TextField label="Period from" type="date" hint="Empty: from the first entry." {...form.field('from')} />
            <TextField label="Period to" type="date" hint="Empty: up to now." {...form.field('to')} />
            <SelectField label="Entity (optional)" options={entities} className="field-wide" {...form.field('entity')} />
          </div>
        )}
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Creating…">
            Create draft
          </SubmitButton>
          <DialogCancel quiet />
        </div>
      </form>
    </Dialog>
  );
}
