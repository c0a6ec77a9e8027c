import { plural } from '../../../../shared/domain/words';
import { useState } from 'react';
import type { RiskImportMapping, RiskImportPreview, RiskImportResult } from '../../../../shared/api/risk-types';
import { requiredImportFields, RISK_IMPORT_LABELS } from '../../../../shared/risk/import-rows';
import { api } from '../../api/client';
import { ImportDone, ImportFilePicker, ImportWizard, MappingIntro, StepActions, useImportSteps, type ImportFile } from '../../components/ImportWizard';
import { SheetChooser } from '../../components/SheetChooser';
import { useRiskStore } from '../../stores/risk-store';
import { RiskImportCheck } from './RiskImportCheck';
import { RiskMappingFields } from './RiskMappingFields';

type Step =
  | { kind: 'file' }
  | { kind: 'map'; file: ImportFile; preview: RiskImportPreview; saved: boolean }
  | { kind: 'check'; file: ImportFile; preview: RiskImportPreview }
  | { kind: 'done'; result: RiskImportResult };

/**
 * A risk table from a spreadsheet in four steps: choose a CSV file; check which column feeds which field
 * (the mapping used last time for the same header line is filled in, else one proposed from the names);
 * see the rows as they will be read with every faulty row listed by line; import them all in one
 * transaction. Nothing is written while any row is faulty.
 */
export function ImportRisksDialog({ onClose }: { onClose: () => void }) {
  const scales = useRiskStore((s) => s.plan?.scales);
  const { step, setStep, error, busy, work } = useImportSteps<Step>({ kind: 'file' });
  const [mapping, setMapping] = useState<RiskImportMapping>({});
  const required = scales ? requiredImportFields(scales) : [];

  /** Reads the file (a workbook from its chosen sheet) and fills in the mapping saved or proposed for its columns. */
  const read = (file: ImportFile) =>
    work(async () => {
      const preview = await api('risk.previewImport', file);
      setMapping(preview.mapping);
      setStep({ kind: 'map', file: { ...file, sheet: preview.sheet ?? undefined }, preview, saved: preview.savedMapping });
    });

  const check = (file: ImportFile) =>
    work(async () => {
      const preview = await api('risk.previewImport', { ...file, mapping });
      if (preview.unmapped.length > 0) throw new Error(`Choose a column for ${preview.unmapped.map((f) => RISK_IMPORT_LABELS[f]).join(', ')}.`);
      setStep({ kind: 'check', file, preview });
    });

  const runImport = (file: ImportFile) =>
    work(async () => {
      const result = await useRiskStore.getState().run(
        () => api('risk.import', { ...file, mapping }),
        (r) => `Imported ${file.fileName}: ${plural(r.chains, 'risk chain')}.`,
      );
      setStep({ kind: 'done', result });
    });

  return (
    <ImportWizard
      title="Import a risk table"
      description="A CSV file (UTF-8) or an Excel workbook (.xlsx) with one risk chain per row; in a workbook, the first sheet with a header row unless you choose another. Every row is added as a new chain."
      error={error}
      onClose={onClose}
    >
      {step.kind === 'file' && <ImportFilePicker id="risk-import-file" label="CSV file to import" accept=".csv,.txt,.xlsx" busy={busy} onRead={(file) => void read(file)} />}
      {step.kind === 'map' && (
        <>
          <MappingIntro facts={`${step.file.fileName}: ${step.preview.rowCount} rows, ${step.preview.columns.length} columns.`} saved={step.saved} savedFor="these columns" />
          <SheetChooser
            sheets={step.preview.sheets}
            sheet={step.preview.sheet}
            headerRow={step.preview.headerRow}
            disabled={busy}
            onChoose={(sheet) => void read({ ...step.file, sheet })}
          />
          <RiskMappingFields preview={step.preview} mapping={mapping} required={required} onChange={setMapping} />
          <StepActions label="Check the rows" busy={busy} onNext={() => void check(step.file)} backLabel="Choose another file" onBack={() => setStep({ kind: 'file' })} />
        </>
      )}
      {step.kind === 'check' && (
        <>
          <RiskImportCheck preview={step.preview} />
          <StepActions
            label={`Import ${step.preview.rowCount} chains`}
            busy={busy}
            busyLabel="Importing…"
            disabled={step.preview.problemCount > 0}
            onNext={() => void runImport(step.file)}
            backLabel="Back to the mapping"
            onBack={() => setStep({ kind: 'map', file: step.file, preview: step.preview, saved: false })}
          />
        </>
      )}
      {step.kind === 'done' && (
        <ImportDone
          summary={`${step.result.chains} risk chains imported; new: ${step.result.hazards} hazards, ${step.result.situations} hazardous situations, ${step.result.harms} harms, ${step.result.controls} risk controls.`}
          onClose={onClose}
        />
      )}
    </ImportWizard>
  );
}
