import type { ReleaseDetail } from '../../../../shared/api/releases-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR } from '../../api/field-errors';
import { CheckboxField } from '../../components/CheckboxField';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { checkboxValue, isChecked } from '../../forms/checkbox-value';
import { useForm } from '../../hooks/use-form';
import { useReleasesStore } from '../../stores/releases-store';

/** 5.8.8's check Cairn cannot make itself: someone confirms delivered copies match the archived SHA-256, saying how. */
export function DeliveryConfirmation({ release, onSaved }: { release: ReleaseDetail; onSaved(message: string): void }) {
  const update = useReleasesStore((state) => state.update);
  const confirmed = release.confirmations['delivery-verified'];
  const form = useForm({ confirmed: checkboxValue(confirmed !== undefined), note: confirmed?.note ?? '' });

  if (release.status === 'released' || (confirmed && isChecked(form.values.confirmed) && form.values.note === confirmed.note)) {
    return confirmed ? (
      <p className="message message-success" data-testid="delivery-confirmed">
        Confirmed by {confirmed.confirmedBy} on {confirmed.confirmedAt.slice(0, 10)}: {confirmed.note}
        {release.status === 'draft' && (
          <>
            {' '}
            <button type="button" className="button button-small" onClick={() => form.set('confirmed', '')}>
              Withdraw the confirmation
            </button>
          </>
        )}
      </p>
    ) : (
      <p className="muted">Delivery was not confirmed.</p>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submitInput(
          event,
          {
            method: 'releases.update',
            input: (values) => ({ id: release.id, confirmations: { 'delivery-verified': values } }),
            check: (values) => (isChecked(values.confirmed) && values.note.trim() === '' ? { note: 'Say how the delivered copies were checked.' } : {}),
          },
          async ({ confirmations }) => {
            await update({ confirmations });
            onSaved(confirmations?.['delivery-verified']?.confirmed ? 'Delivery confirmed.' : 'Delivery confirmation withdrawn.');
          },
        )
      }
    >
      <CheckboxField {...form.field('confirmed')}>Delivered copies were checked against the archived SHA-256</CheckboxField>
      <TextField
        label="How it was checked"
        hint="For example: downloaded the installer from the portal and compared its SHA-256."
        maxLength={LIMITS.text}
        {...form.field('note')}
      />
      <FormError message={form.errors[FORM_ERROR]} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          Save confirmation
        </SubmitButton>
      </div>
    </form>
  );
}
