import type { ReactNode } from 'react';
import type { InputOf, ParsedInputOf } from '../../../../shared/api/contract';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { CheckboxField } from '../../components/CheckboxField';
import { FormError } from '../../components/FormError';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { SubmitButton } from '../../components/SubmitButton';
import { isChecked } from '../../forms/checkbox-value';
import { useForm } from '../../hooks/use-form';
import type { ExportMethod } from '../../stores/documents-export-store';
import { JobProgress } from './JobProgress';

const INITIAL = { sign: '', password: '' };

function check(values: typeof INITIAL): FieldErrors {
  return isChecked(values.sign) && !values.password ? { password: 'Signing needs your password.' } : {};
}

interface ExportFormProps<M extends ExportMethod> {
  method: M;
  /** The export's input besides signing, e.g. which document and version. */
  input: () => Omit<InputOf<M>, 'sign' | 'password'>;
  /** Why this person cannot sign the PDF; null when they can. */
  signRefusal: string | null;
  /** What signing means here, shown at the password field. */
  signMeaning: string;
  submitLabel: string;
  /** Fields of the caller's own, above the signing choice. */
  children?: ReactNode;
  /** Runs the export with the input its method's schema parsed, downloads the result, answers the notice to show afterwards. */
  onExport: (input: ParsedInputOf<M>) => Promise<string>;
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** The part every PDF export shares: sign or not, the password when signing, progress and cancel. */
export function ExportForm<M extends ExportMethod>({ method, input, signRefusal, signMeaning, submitLabel, children, onExport, onDone, onCancel }: ExportFormProps<M>) {
  const form = useForm(INITIAL, { guardUnsaved: false });
  const signing = isChecked(form.values.sign);
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submitInput(
          event,
          // The password travels only with a signature: one typed and then unticked stays here.
          { method, input: (v) => ({ ...input(), sign: v.sign, password: isChecked(v.sign) ? v.password : undefined }), check },
          async (parsed) => onDone(await onExport(parsed)),
        )
      }
    >
      <FormError message={form.errors[FORM_ERROR]} />
      {children}
      {signRefusal ? (
        <p className="muted small">Unsigned PDF: {signRefusal.charAt(0).toLowerCase() + signRefusal.slice(1)}</p>
      ) : (
        <CheckboxField {...form.field('sign')}>Sign the PDF with my signing key (a key is made for you the first time)</CheckboxField>
      )}
      {signing && <SignaturePasswordField meaning={signMeaning} {...form.field('password')} />}
      {form.busy && <JobProgress method={method} label="Preparing the export…" />}
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Exporting…">
          {submitLabel}
        </SubmitButton>
        {!form.busy && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
