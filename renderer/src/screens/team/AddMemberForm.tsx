import { LIMITS } from '../../../../shared/domain/limits';
import { ROLES, ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { checkEmail, checkNewPassword, requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useUsersStore } from '../../stores/users-store';

const INITIAL = { name: '', email: '', role: 'author', password: '', confirmPassword: '' };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function validate(values: typeof INITIAL): FieldErrors {
  const errors: FieldErrors = {};
  requireText(errors, 'name', values.name);
  checkEmail(errors, 'email', values.email);
  if (!(ROLES as readonly string[]).includes(values.role)) errors.role = 'Choose a role.';
  checkNewPassword(errors, 'password', values.password, 'confirmPassword', values.confirmPassword);
  return errors;
}

export function AddMemberForm({ onNotice }: { onNotice: (text: string) => void }) {
  const add = useUsersStore((state) => state.add);
  const form = useForm(INITIAL);
  return (
    <section className="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title">Add a team member</h2>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, async (v) => {
            await add({ name: v.name, email: v.email, role: v.role as Role, password: v.password });
            onNotice(`${v.name.trim()} was added as ${ROLE_LABELS[v.role as Role].toLowerCase()}.`);
            form.reset(INITIAL);
          })
        }
      >
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="field-grid">
          <TextField label="Name" required maxLength={LIMITS.name} {...form.field('name')} />
          <TextField label="E-mail" type="email" required maxLength={LIMITS.email} {...form.field('email')} />
          <SelectField label="Role" options={ROLE_OPTIONS} className="field-wide" {...form.field('role')} />
          <TextField
            label="First password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${LIMITS.passwordMin} characters; tell it to them privately.`}
            required
            {...form.field('password')}
          />
          <TextField label="Confirm first password" type="password" autoComplete="new-password" required {...form.field('confirmPassword')} />
        </div>
        <SubmitButton busy={form.busy} busyLabel="Adding…">
          Add member
        </SubmitButton>
      </form>
    </section>
  );
}
