import { useState } from 'react';
import type { ImportMapping, ImportPreview, ImportResult } from '../../../../shared/api/requirements-types';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS } from '../../../../shared/requirements/mapping';
import { api } from '../../api/client';
import { ColumnSelect } from '../../components/ColumnSelect';
import { ImportDone, ImportFilePicker, ImportWizard, MappingIntro, StepActions, useImportSteps, type ImportFile } from '../../components/ImportWizard';
import { MappedRowsPreview } from '../../components/MappedRowsPreview';
import { SheetChooser } from '../../components/SheetChooser';

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
  const { step, setStep, error, busy, work } = useImportSteps<Step>({ kind: 'file' });
  const [mapping, setMapping] = useState<ImportMapping>({});

  const preview = (input: ImportFile) =>
    work(async () => {
      const previewed = await api('requirements.previewImport', input);
      setMapping(previewed.mapping);
      setStep({ kind: 'map', file: input, preview: previewed });
    });

  const runImport = (file: ImportFile) =>
    work(async () => {
      const result = await api('requirements.import', { ...file, mapping });
      setStep({ kind: 'done', result });
      onImported();
    });

  const shown = step.kind === 'map' ? IMPORT_FIELDS.filter((f) => mapping[f]) : [];
  return (
    <ImportWizard
      title="Import requirements"
      description="CSV, Excel (.xlsx), ReqIF (.reqif) or zipped ReqIF (.reqifz). Rows whose ID is already in the project update that requirement."
      error={error}
      onClose={onClose}
    >
      {step.kind === 'file' && (
        <ImportFilePicker id="req-import-file" label="File to import" accept=".csv,.txt,.xlsx,.reqif,.reqifz,.xml" busy={busy} onRead={(file) => void preview(file)} />
      )}
      {step.kind === 'map' && (
        <>
          <MappingIntro
            facts={`${step.file.fileName}: ${step.preview.rowCount} rows${step.preview.sourceTool ? ` from ${step.preview.sourceTool}` : ''}.`}
            saved={step.preview.savedMapping}
            savedFor="this source"
          >
            {step.preview.relationCount > 0 && ` ${count(step.preview.relationCount, 'relation')} between objects will come along.`}
          </MappingIntro>
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
          <StepActions
            label={`Import ${step.preview.rowCount} rows`}
            busy={busy}
            busyLabel="Importing…"
            onNext={() => void runImport(step.file)}
            backLabel="Choose another file"
            onBack={() => setStep({ kind: 'file' })}
          />
        </>
      )}
      {step.kind === 'done' && (
        <ImportDone
          summary={
            <>
              {step.result.added} added, {step.result.updated} updated, {step.result.unchanged} unchanged, {step.result.skipped} skipped
              {step.result.format === 'reqif' && `; ${count(step.result.sections, 'section')}, ${count(step.result.relations, 'relation')}`}.
            </>
          }
          onClose={onClose}
        >
          <NoticeList title="Warnings" items={step.result.warnings} />
          {step.result.skippedReasons.length > 0 && (
            <ul className="small">
              {step.result.skippedReasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </ImportDone>
      )}
    </ImportWizard>
  );
}
