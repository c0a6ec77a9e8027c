import { useState } from 'react';
import type { QmsRecordView } from '../../../../shared/api/qms-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { choiceLabel, RECORD_KIND_DEFS, type RecordKind } from '../../../../shared/qms/records';
import { FORM_ERROR } from '../../api/field-errors';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn } from '../../components/data-columns';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useNavStore } from '../../stores/nav-store';
import { useQmsStore } from '../../stores/qms-store';

interface RecordFormProps {
  kind: RecordKind;
  record: QmsRecordView | null;
  onDone(message: string): void;
}

/** The form for one record, drawn from its kind's field definitions; the core checks the same definitions. */
function RecordForm({ kind, record, onDone }: RecordFormProps) {
  const def = RECORD_KIND_DEFS[kind];
  const saveRecord = useQmsStore((state) => state.saveRecord);
  const form = useForm(Object.fromEntries(def.fields.map((f) => [f.key, record?.fields[f.key] ?? f.options?.[0]?.value ?? ''])));
  // Field errors come back as "fields.<key>"; the form names its fields by key.
  return (
    <form
      noValidate
      className="qms-record-form"
      onSubmit={(event) =>
        void form.submit(
          event,
          () => ({}),
          async (values) => {
            await saveRecord(kind, record?.id, values);
            onDone(record ? `${record.humanId} saved.` : `${def.label} recorded.`);
          },
        )
      }
    >
      <div className="field-grid">
        {def.fields
          .filter((f) => f.type !== 'longtext')
          .map((f) =>
            f.type === 'choice' ? (
              <SelectField key={f.key} label={f.label} options={f.options ?? []} {...form.field(f.key)} />
            ) : (
              <TextField
                key={f.key}
                label={`${f.label}${f.required ? '' : ' (optional)'}`}
                type={f.type === 'date' ? 'date' : 'text'}
                maxLength={LIMITS.name}
                {...form.field(f.key)}
              />
            ),
          )}
      </div>
      {def.fields
        .filter((f) => f.type === 'longtext')
        .map((f) => (
          <TextAreaField key={f.key} label={`${f.label}${f.required ? '' : ' (optional)'}`} hint={f.help} rows={3} maxLength={LIMITS.text} {...form.field(f.key)} />
        ))}
      <FormError message={form.errors[FORM_ERROR]} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          {record ? `Save ${record.humanId}` : `Record ${def.label.toLowerCase()}`}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A record list's columns, titled by its kind's own field labels; each row opens its record's form below the list. */
function recordColumns(kind: RecordKind, editing: number | 'new' | null, edit: (id: number) => void, showAudit: () => void): DataColumn<QmsRecordView>[] {
  const def = RECORD_KIND_DEFS[kind];
  const labelOf = (key: string) => def.fields.find((f) => f.key === key)?.label ?? key;
  return [
    { ...idColumn<QmsRecordView>(), rowHeader: false, className: 'mono' },
    {
      id: 'title',
      header: labelOf(def.titleField),
      rowHeader: true,
      sortValue: (r) => (r.fields[def.titleField] ?? '').toLowerCase(),
      cell: (r) => (
        <>
          {r.fields[def.titleField]}
          {r.builtIn && (
            <>
              {' '}
              <span className="badge">Cairn itself</span>{' '}
              <button type="button" className="button button-small button-quiet" onClick={showAudit}>
                See the audit trail check (validation evidence)
              </button>
            </>
          )}
        </>
      ),
    },
    {
      id: 'state',
      header: labelOf(def.stateField),
      sortValue: (r) => r.fields[def.stateField] ?? '',
      cell: (r) => <span className="badge badge-muted">{choiceLabel(kind, def.stateField, r.fields[def.stateField] ?? '')}</span>,
    },
    { id: 'changed', header: 'Last change', className: 'small', sortValue: (r) => r.updatedAt, cell: (r) => `${r.updatedAt.slice(0, 10)} by ${r.updatedBy}` },
    {
      id: 'actions',
      header: 'Actions',
      headerHidden: true,
      cell: (r) => (
        <button type="button" className="button button-small" onClick={() => edit(r.id)} aria-expanded={editing === r.id} aria-label={`Edit ${r.humanId}`}>
          Edit
        </button>
      ),
    },
  ];
}

/** One record list: every record with its state, and a form to add or change one. Records are never deleted. */
export function RecordList({ kind, onSaved }: { kind: RecordKind; onSaved(message: string): void }) {
  const def = RECORD_KIND_DEFS[kind];
  const records = useQmsStore((state) => state.records[kind]) ?? [];
  const go = useNavStore((state) => state.go);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const editedRecord = records.find((r) => r.id === editing) ?? null;

  function done(message: string) {
    setEditing(null);
    onSaved(message);
  }

  return (
    <section className="card" aria-labelledby={`qms-${kind}-title`}>
      <div className="card-header">
        <h2 id={`qms-${kind}-title`}>{def.plural}</h2>
        <button type="button" className="button" onClick={() => setEditing(editing === 'new' ? null : 'new')} aria-expanded={editing === 'new'}>
          Add {def.label.toLowerCase()}
        </button>
      </div>
      <p className="muted small">Called for by {def.procedure}.</p>
      {editing === 'new' && <RecordForm kind={kind} record={null} onDone={done} />}
      {records.length === 0 ? (
        <p className="muted">No {def.plural.toLowerCase()} recorded yet.</p>
      ) : (
        <DataTable
          caption={def.plural}
          rows={records}
          columns={recordColumns(
            kind,
            editing,
            (id) => setEditing(editing === id ? null : id),
            () => go('audit'),
          )}
          rowKey={(r) => r.id}
          rowTestId={(r) => `record-${r.humanId}`}
        />
      )}
      {editedRecord && <RecordForm key={editedRecord.id} kind={kind} record={editedRecord} onDone={done} />}
    </section>
  );
}
