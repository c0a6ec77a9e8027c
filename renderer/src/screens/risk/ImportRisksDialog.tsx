import { plural } from '../../../../shared/domain/words';
import { useState } from 'react';
import type { RiskImportMapping, RiskImportPreview, RiskImportResult } from '../../../../shared/api/risk-types';
import { requiredImportFields, RISK_IMPORT_LABELS } from '../../../../shared/risk/import-rows';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SheetChooser } from '../../components/SheetChooser';
import { readAsBase64 } from '../../files/read-file';
import { useRiskStore } from '../../stores/risk-store';
import { RiskImportCheck } from './RiskImportCheck';
import { RiskMappingFields } from './RiskMappingFields';

type File64 = { fileName: string; base64: string; sheet?: string };
type Step = { kind: 'file' } | { kind: 'map'; file: File64; preview: RiskImportPreview; saved: boolean } | { kind: 'check'; file: File64; preview: RiskImportPreview } | { kind: 'done'; result: RiskImportResult };

/**
 * A risk table from a spreadsheet in four steps: choose a CSV file; check which column feeds which field
 * (the mapping used last time for the same header line is filled in, else one proposed from the names);
 * see the rows as they will be read with every faulty row listed by line; import them all in one
 * transaction. Nothing is written while any row is faulty.
 */
export function ImportRisksDialog({ onClose }: { onClose: () => void }) {
  const scales = useRiskStore((s) => s.plan?.scales);
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [mapping, setMapping] = useState<RiskImportMapping>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const required = scales ? requiredImportFields(scales) : [];

  async function work(task: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  /** Reads the file (a workbook from its chosen sheet) and fills in the mapping saved or proposed for its columns. */
  const read = (file: File64) =>
    work(async () => {
      const preview = await api('risk.previewImport', file);
      setMapping(preview.mapping);
      setStep({ kind: 'map', file: { ...file, sheet: preview.sheet ?? undefined }, preview, saved: preview.savedMapping });
    });

  const choose = async (chosen: globalThis.File | undefined) => {
    if (chosen) await read({ fileName: chosen.name, base64: await readAsBase64(chosen) });
  };

  const check = (file: File64) =>
    work(async () => {
      const preview = await api('risk.previewImport', { ...file, mapping });
      if (preview.unmapped.length > 0) throw new Error(`Choose a column for ${preview.unmapped.map((f) => RISK_IMPORT_LABELS[f]).join(', ')}.`);
      setStep({ kind: 'check', file, preview });
    });

  const runImport = (file: File64) =>
    work(async () => {
      const result = await useRiskStore.getState().run(
        () => api('risk.import', { ...file, mapping }),
        (r) => `Imported ${file.fileName}: ${plural(r.chains, 'risk chain')}.`,
      );
      setStep({ kind: 'done', result });
    });

  return (
    <Dialog title="Import a risk table" description="A CSV file (UTF-8) or an Excel workbook (.xlsx) with one risk chain per row; in a workbook, the first sheet with a header row unless you choose another. Every row is added as a new chain." onClose={onClose} wide>
      {step.kind === 'file' && (
        <div className="field">
          <label className="field-label" htmlFor="risk-import-file">
            CSV file to import
          </label>
          <input id="risk-import-file" type="file" accept=".csv,.txt,.xlsx" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        </div>
      )}
      {step.kind === 'map' && (
        <>
          <p>
            {step.file.fileName}: {step.preview.rowCount} rows, {step.preview.columns.length} columns.{' '}
            {step.saved ? 'The mapping you used last time for these columns is filled in.' : 'Cairn proposed a mapping from the column names; check it.'}
          </p>
          <SheetChooser
            sheets={step.preview.sheets}
            sheet={step.preview.sheet}
            headerRow={step.preview.headerRow}
            disabled={busy}
            onChoose={(sheet) => void read({ ...step.file, sheet })}
          />
          <RiskMappingFields preview={step.preview} mapping={mapping} required={required} onChange={setMapping} />
          <div className="button-row">
            <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={() => void check(step.file)}>
              Check the rows
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'file' })}>
              Choose another file
            </button>
          </div>
        </>
      )}
      {step.kind === 'check' && (
        <>
          <RiskImportCheck preview={step.preview} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={step.preview.problemCount > 0}
              aria-disabled={busy || undefined}
              onClick={() => void runImport(step.file)}
            >
              {busy ? 'Importing…' : `Import ${step.preview.rowCount} chains`}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'map', file: step.file, preview: step.preview, saved: false })}>
              Back to the mapping
            </button>
          </div>
        </>
      )}
      {step.kind === 'done' && (
        <div role="status">
          <p className="message message-success">
            {step.result.chains} risk chains imported; new: {step.result.hazards} hazards, {step.result.situations} hazardous situations, {step.result.harms} harms, {step.result.controls} risk controls.
          </p>
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      )}
      <FormError message={error ?? undefined} />
    </Dialog>
  );
}
