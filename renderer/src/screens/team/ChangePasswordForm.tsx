import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { checkNewPassword } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useUsersStore } from '../../stores/users-store';

const INITIAL = { currentPassword: '', newPassword: '', confirmPassword: '' };

function validate(values: typeof INITIAL): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.currentPassword) errors.currentPassword = 'Required.';
  checkNewPassword(errors, 'newPassword', values.newPassword, 'confirmPassword', values.confirmPassword);
  return errors;
}

export function ChangePasswordForm({ onNotice }: { onNotice: (text: string) => void }) {
  const changePassword = useUsersStore((state) => state.changePassword);
  const form = useForm(INITIAL);
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, async (v) => {
            await changePassword(v.currentPassword, v.newPassword);
            onNotice('Your password was changed.');
            form.reset(INITIAL);
          })
        }
      >
        <FormError message={form.errors[FORM_ERROR]} />
        <TextField label="Current password" type="password" autoComplete="current-password" required {...form.field('currentPassword')} />
        <TextField label="New password" type="password" autoComplete="new-password" hint={`At least ${LIMITS.passwordMin} characters.`} required {...form.field('newPassword')} />
        <TextField label="Confirm new password" type="password" autoComplete="new-password" required {...form.field('confirmPassword')} />
        <SubmitButton busy={form.busy} busyLabel="Changing…">
          Change password
        </SubmitButton>
      </form>
    </section>
  );
}
