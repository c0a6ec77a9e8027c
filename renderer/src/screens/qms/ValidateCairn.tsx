import { useState } from 'react';
import type { ValidationStepView } from '../../../../shared/api/validation-types';
import { messageOf } from '../../api/field-errors';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { FormError } from '../../components/FormError';
import { ProgressNotice } from '../../components/ProgressNotice';
import { SelectField } from '../../components/SelectField';
import { downloadBase64Pdf } from '../../files/download';
import { naturalKey } from '../../grid/natural-key';
import { useJobsStore } from '../../stores/jobs-store';
import { useValidationStore, type ValidationScope } from '../../stores/validation-store';

const SCOPES = [
  { value: 'all', label: 'Every operational scenario (qualifies this computer, about a minute)' },
  { value: 'quick', label: 'Classification scenarios only, OQ-01 and OQ-02 (a quick check that qualifies nothing)' },
];

const STEP_COLUMNS: DataColumn<ValidationStepView>[] = [
  { id: 'step', header: 'Step', className: 'mono', sortValue: (step) => naturalKey(step.id), cell: (step) => step.id },
  { id: 'title', header: 'What is checked', rowHeader: true, cell: (step) => step.title },
  {
    id: 'result',
    header: 'Result',
    sortValue: (step) => step.result,
    cell: (step) => <span className={step.result === 'passed' ? 'badge badge-success' : 'badge badge-danger'}>{step.result === 'passed' ? 'Passed' : 'Failed'}</span>,
  },
  { id: 'detail', header: 'Observed', className: 'small', cell: (step) => step.detail },
];

function StepTable({ caption, steps }: { caption: string; steps: readonly ValidationStepView[] }) {
  return <DataTable caption={caption} captionVisible rows={steps} columns={STEP_COLUMNS} rowKey={(step) => step.id} rowTestId={(step) => `validation-${step.id}`} />;
}

/**
 * Runs Cairn's installation and operational qualification from the app (the same run as `cairn
 * validate`, in a separate process), shows each step and hands out the signed report, which the core
 * has recorded against Cairn's entry in the tool list.
 */
export function ValidateCairn({ onSaved }: { onSaved(message: string): void }) {
  const running = useValidationStore((state) => state.running);
  const last = useValidationStore((state) => state.last);
  const run = useValidationStore((state) => state.run);
  const job = useJobsStore((state) => (state.current?.method === 'validation.run' ? state.current : null));
  const [scope, setScope] = useState<ValidationScope>('all');
  const [error, setError] = useState<string | null>(null);

  function start() {
    if (running) return;
    setError(null);
    run(scope).then(
      (result) => onSaved(`Validation ${result.passed ? 'passed' : 'found failures'}; the report is recorded against ${result.tool.humanId}.`),
      (caught: unknown) => setError(messageOf(caught)),
    );
  }

  return (
    <section className="card stack" aria-labelledby="validate-cairn-title">
      <h2 id="validate-cairn-title">Validate Cairn on this computer</h2>
      <p className="muted small">
        Checks the installed files, runtime and folders (installation qualification), then runs one scenario per intended use against results fixed in advance (operational
        qualification), in a temporary folder: no project is opened or changed. The signed report is recorded against Cairn in the tool list, where SOP-VAL looks for it.
      </p>
      <SelectField label="Scenarios" options={SCOPES} name="scope" value={scope} error={undefined} disabled={running} onChange={(value) => setScope(value as ValidationScope)} />
      <div className="button-row">
        <button type="button" className="button button-primary" aria-disabled={running || undefined} onClick={start}>
          {running && <span className="spinner" aria-hidden="true" />}
          {running ? 'Validating…' : 'Validate Cairn on this computer'}
        </button>
      </div>
      {running && <ProgressNotice label={job?.label ?? 'Starting the validation'} fraction={job?.fraction} />}
      <FormError message={error ?? undefined} />
      {last && !running && (
        <div className="stack" data-testid="validation-result">
          <p className={last.passed ? '' : 'field-error'}>
            <strong>
              {last.passed
                ? last.skipped.length
                  ? `Every step run passed; ${last.skipped.join(', ')} were not run, so this run qualifies nothing.`
                  : `Every step passed: Cairn ${last.version} is qualified on this computer.`
                : `Some steps failed: Cairn ${last.version} is not qualified on this computer until they pass.`}
            </strong>
          </p>
          <StepTable caption="Installation qualification" steps={last.iq} />
          <StepTable caption="Operational qualification" steps={last.oq} />
          <p className="small">
            Recorded against {last.tool.humanId}: {last.tool.fields.qualification}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => downloadBase64Pdf(last.report.fileName, last.report.base64)}>
              Open the report ({last.report.fileName})
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
