import type { QmsCompanyView } from '../../../../shared/api/qms-types';
import type { CompanyFields } from '../../../../shared/qms/company';
import { MARKET_LABELS } from '../../../../shared/regulatory/markets';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { checkboxValue } from '../../forms/checkbox-value';
import { CheckboxField } from '../../components/CheckboxField';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useNavStore } from '../../stores/nav-store';
import { useQmsStore } from '../../stores/qms-store';

interface CompanyFormProps {
  company: QmsCompanyView;
  onSaved(message: string): void;
}

const LINE_FIELDS = [
  { key: 'legalName', label: 'Legal name' },
  { key: 'topManagement', label: 'Top management (managing director or CEO)' },
  { key: 'managementRep', label: 'Management representative (ISO 13485 5.5.2)' },
  { key: 'prrc', label: 'Person responsible for regulatory compliance (MDR Art. 15)' },
] as const;
const PROSE_FIELDS = [
  { key: 'address', label: 'Address' },
  { key: 'sites', label: 'Sites (one per line)' },
  { key: 'products', label: 'Products (one per line)' },
  { key: 'outsourcedProcesses', label: 'Outsourced processes (one per line)' },
  { key: 'criticalSuppliers', label: 'Critical suppliers (one per line)' },
] as const;

function valuesOf(c: CompanyFields): Record<string, string> {
  return {
    ...Object.fromEntries([...LINE_FIELDS, ...PROSE_FIELDS].map((f) => [f.key, c[f.key]])),
    employees: String(c.employees),
    prrcExternal: checkboxValue(c.prrcExternal),
  };
}

/**
 * The fields that differ from the saved profile, still as the form holds them: qms.saveCompany's schema
 * turns them into the profile's types (the number of people, the PRRC's contract) and trims the texts.
 */
function changesOf(values: Record<string, string>, c: CompanyFields): Record<string, unknown> {
  const saved = valuesOf(c);
  const texts = [...LINE_FIELDS, ...PROSE_FIELDS].filter((f) => (values[f.key] ?? '').trim() !== c[f.key]).map((f) => [f.key, values[f.key]]);
  return {
    ...Object.fromEntries(texts),
    ...(values.employees !== saved.employees ? { employees: values.employees } : {}),
    ...(values.prrcExternal !== saved.prrcExternal ? { prrcExternal: values.prrcExternal } : {}),
  };
}

/** Step 1: who the company is. The names printed here are the names the procedures assign duties to. */
export function CompanyForm({ company, onSaved }: CompanyFormProps) {
  const saveCompany = useQmsStore((state) => state.saveCompany);
  const go = useNavStore((state) => state.go);
  const form = useForm(valuesOf(company));

  function check(values: Record<string, string>): FieldErrors {
    const employees = Number(values.employees);
    if (!Number.isInteger(employees) || employees < 1) return { employees: 'A whole number of people, at least 1.' };
    return Object.keys(changesOf(values, company)).length === 0 ? { [FORM_ERROR]: 'Nothing has changed since the last save.' } : {};
  }

  return (
    <section className="card" aria-labelledby="qms-company-title">
      <h2 id="qms-company-title">Company profile</h2>
      <p className="muted">
        The procedures print these names where ISO 13485 wants a responsibility assigned. {company.missing.length ? `Still missing: ${company.missing.join(', ')}.` : 'Complete.'}
      </p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submitInput(event, { method: 'qms.saveCompany', input: (values) => changesOf(values, company), check }, async (changes) => {
            await saveCompany(changes);
            onSaved('Company profile saved.');
          })
        }
      >
        <div className="field-grid">
          {LINE_FIELDS.map((f) => (
            <TextField key={f.key} label={f.label} maxLength={LIMITS.name} {...form.field(f.key)} />
          ))}
          <TextField label="Number of people" type="text" hint="Small teams share roles; the procedures say how independence is kept." {...form.field('employees')} />
        </div>
        <CheckboxField {...form.field('prrcExternal')}>The PRRC is available under contract rather than employed (micro and small enterprises, MDR Art. 15(2))</CheckboxField>
        {PROSE_FIELDS.map((f) => (
          <TextAreaField key={f.key} label={f.label} rows={2} maxLength={LIMITS.text} {...form.field(f.key)} />
        ))}
        <p>
          <span className="field-label">Markets</span> {company.markets.length ? company.markets.map((m) => MARKET_LABELS[m]).join(', ') : 'None chosen yet'}.{' '}
          <span className="muted">The product profile asks where the product is sold; the procedures follow its answer.</span>{' '}
          <button type="button" className="button button-small" onClick={() => go('product')}>
            Choose the markets in the product profile
          </button>
        </p>
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Saving…">
            Save company profile
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
