import { useEffect } from 'react';
import { trainingHeading } from './qms-words';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useQmsStore } from '../../stores/qms-store';
import { useUsersStore } from '../../stores/users-store';

/** Who must still be trained on each approved procedure version, the records so far, and the signed form to add one. */
export function TrainingRecords({ onSaved }: { onSaved(message: string): void }) {
  const training = useQmsStore((state) => state.training);
  const recordTraining = useQmsStore((state) => state.recordTraining);
  const members = useUsersStore((state) => state.members);
  const loadTeam = useUsersStore((state) => state.load);
  const first = training?.due[0];
  const form = useForm({
    traineeId: String(first?.traineeId ?? ''),
    procedure: first ? `${first.docKey}@${first.version}` : '',
    trainedOn: '',
    method: 'Read and understood',
    password: '',
  });

  useEffect(() => {
    if (!members) void loadTeam();
  }, [members, loadTeam]);

  if (!training) return null;
  const people = (members ?? []).filter((m) => m.active).map((m) => ({ value: String(m.id), label: m.name }));
  const versions = training.procedures.map((p) => ({ value: `${p.key}@${p.version}`, label: `${p.key} v${p.version} ${p.title}` }));

  function validate(values: Record<string, string>): FieldErrors {
    const errors: FieldErrors = {};
    if (!values.traineeId) errors.traineeId = 'Choose the person trained.';
    if (!values.procedure) errors.procedure = 'Approve a procedure first: people are trained on approved versions.';
    if (!values.trainedOn) errors.trainedOn = 'Give the date of the training.';
    if (!values.password) errors.password = 'Enter your password to sign the record.';
    return errors;
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="qms-due-title">
        <h2 id="qms-due-title">{trainingHeading(training)}</h2>
        <p className="muted small">When a new version of a procedure is approved, everyone on the team is listed here until their training on it is recorded (ISO 13485 6.2).</p>
        {training.due.length > 0 && (
          <table className="table">
            <caption className="visually-hidden">Training due</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Procedure</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {training.due.map((d) => (
                <tr key={`${d.traineeId}-${d.docKey}`} data-testid={`due-${d.docKey}-${d.traineeId}`}>
                  <th scope="row">{d.name}</th>
                  <td>
                    {d.docKey} v{d.version} {d.title}
                  </td>
                  <td>{d.trainedOn === null ? 'Not trained on this procedure yet' : `Retraining: last trained on v${d.trainedOn}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="qms-train-title">
        <h2 id="qms-train-title">Record a training</h2>
        <form
          noValidate
          onSubmit={(event) =>
            void form.submit(event, validate, async (values) => {
              const [docKey = '', version = '0'] = values.procedure.split('@');
              await recordTraining({
                traineeId: Number(values.traineeId),
                docKey,
                version: Number(version),
                trainedOn: values.trainedOn,
                method: values.method,
                password: values.password,
              });
              form.set('password', '');
              onSaved(`Training on ${docKey} v${version} recorded and signed.`);
            })
          }
        >
          <div className="field-grid">
            <SelectField label="Person trained" options={[{ value: '', label: 'Choose…' }, ...people]} {...form.field('traineeId')} />
            <SelectField label="Procedure version" options={[{ value: '', label: 'Choose…' }, ...versions]} {...form.field('procedure')} />
            <TextField label="Trained on" type="date" {...form.field('trainedOn')} />
            <TextField label="How" maxLength={LIMITS.name} {...form.field('method')} />
          </div>
          <SignaturePasswordField meaning="By entering your password you confirm this training record with your electronic signature." {...form.field('password')} />
          <FormError message={form.errors[FORM_ERROR]} />
          <div className="button-row">
            <SubmitButton busy={form.busy} busyLabel="Signing…">
              Sign training record
            </SubmitButton>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="qms-trained-title">
        <h2 id="qms-trained-title">Training records</h2>
        <table className="table">
          <caption className="visually-hidden">Training records</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Procedure</th>
              <th scope="col">Date</th>
              <th scope="col">How</th>
              <th scope="col">Signed by</th>
            </tr>
          </thead>
          <tbody>
            {training.records.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  No training recorded yet.
                </td>
              </tr>
            )}
            {training.records.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.traineeName}</th>
                <td>
                  {r.docKey} v{r.version}
                </td>
                <td>{r.trainedOn}</td>
                <td>{r.method}</td>
                <td className="small">
                  {r.signedBy}, {r.signedAt.slice(0, 16).replace('T', ' ')} UTC
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
