import { useState } from 'react';
import type { ImportMapping, ImportPreview, ImportResult } from '../../../../shared/api/requirements-types';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS } from '../../../../shared/requirements/mapping';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ColumnSelect } from '../../components/ColumnSelect';
import { Dialog } from '../../components/Dialog';
import { MappedRowsPreview } from '../../components/MappedRowsPreview';
import { SheetChooser } from '../../components/SheetChooser';
import { readAsBase64 } from '../../files/read-file';

type ImportFile = { fileName: string; base64: string; sheet?: string };
type Step = { kind: 'file' } | { kind: 'map'; file: ImportFile; preview: ImportPreview } | { kind: 'done'; result: ImportResult };

const PREVIEW_ROWS = 5;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A short titled list of what the reader or the proposal wants the user to know; nothing when empty. */
function NoticeList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="message message-info" aria-label={title}>
      <strong>{title}</strong>
      <ul className="small">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Three steps: choose a CSV, Excel, ReqIF or ReqIF-zip file (and a workbook's sheet); check which column feeds which field against a
 * preview (Cairn proposes a mapping, or offers the one used last time for this source); import all rows
 * in one transaction and see what was added, updated and skipped.
 */
export function ImportDialog({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function preview(input: ImportFile) {
    setBusy(true);
    setError(null);
    try {
      const previewed = await api('requirements.previewImport', input);
      setMapping(previewed.mapping);
      setStep({ kind: 'map', file: input, preview: previewed });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function choose(file: File | undefined) {
    if (file) await preview({ fileName: file.name, base64: await readAsBase64(file) });
  }

  async function runImport() {
    if (step.kind !== 'map') return;
    setBusy(true);
    setError(null);
    try {
      const result = await api('requirements.import', { ...step.file, mapping });
      setStep({ kind: 'done', result });
      onImported();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const shown = step.kind === 'map' ? IMPORT_FIELDS.filter((f) => mapping[f]) : [];
  return (
    <Dialog title="Import requirements" description="CSV, Excel (.xlsx), ReqIF (.reqif) or zipped ReqIF (.reqifz). Rows whose ID is already in the project update that requirement." onClose={onClose} wide>
      {step.kind === 'file' && (
        <div className="field">
          <label className="field-label" htmlFor="req-import-file">
            File to import
          </label>
          <input id="req-import-file" type="file" accept=".csv,.txt,.xlsx,.reqif,.reqifz,.xml" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        </div>
      )}
      {step.kind === 'map' && (
        <>
          <p>
            {step.file.fileName}: {step.preview.rowCount} rows{step.preview.sourceTool ? ` from ${step.preview.sourceTool}` : ''}.{' '}
            {step.preview.savedMapping ? 'The mapping you used last time for this source is filled in.' : 'Cairn proposed a mapping from the column names; check it.'}
            {step.preview.relationCount > 0 && ` ${count(step.preview.relationCount, 'relation')} between objects will come along.`}
          </p>
          <SheetChooser
            sheets={step.preview.sheets}
            sheet={step.preview.sheet}
            headerRow={step.preview.headerRow}
            disabled={busy}
            onChoose={(sheet) => void preview({ ...step.file, sheet })}
          />
          <NoticeList title="Why this mapping" items={step.preview.notes} />
          <NoticeList title="Read with warnings" items={step.preview.warnings} />
          <div className="field-grid req-mapping">
            {IMPORT_FIELDS.map((field) => (
              <ColumnSelect
                key={field}
                label={`${IMPORT_FIELD_LABELS[field]}${field === 'text' ? ' (required)' : ''}`}
                columns={step.preview.columns}
                value={mapping[field]}
                onChange={(column) => setMapping({ ...mapping, [field]: column })}
              />
            ))}
          </div>
          <MappedRowsPreview
            className="req-preview"
            fields={shown.map((f) => ({ key: f, label: IMPORT_FIELD_LABELS[f], column: mapping[f] ?? '' }))}
            rows={step.preview.preview.slice(0, PREVIEW_ROWS)}
            cut={160}
          />
          <div className="button-row">
            <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void runImport()}>
              {busy ? 'Importing…' : `Import ${step.preview.rowCount} rows`}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'file' })}>
              Choose another file
            </button>
          </div>
        </>
      )}
      {step.kind === 'done' && (
        <div role="status">
          <p className="message message-success">
            {step.result.added} added, {step.result.updated} updated, {step.result.unchanged} unchanged, {step.result.skipped} skipped
            {step.result.format === 'reqif' && `; ${count(step.result.sections, 'section')}, ${count(step.result.relations, 'relation')}`}.
          </p>
          <NoticeList title="Warnings" items={step.result.warnings} />
          {step.result.skippedReasons.length > 0 && (
            <ul className="small">
              {step.result.skippedReasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      )}
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
