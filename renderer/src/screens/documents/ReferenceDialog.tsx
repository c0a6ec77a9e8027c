import type { TechnicalFileElementView } from '../../../../shared/api/technical-file-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useTechnicalFileStore } from '../../stores/technical-file-store';

interface ReferenceDialogProps {
  element: TechnicalFileElementView;
  onClose(): void;
  onDone(message: string): void;
}

/** Records where an element of the technical file is kept outside Cairn: a document number, a system, a folder. */
export function ReferenceDialog({ element, onClose, onDone }: ReferenceDialogProps) {
  const setReference = useTechnicalFileStore((state) => state.setReference);
  const form = useForm({ reference: element.reference?.text ?? '' });
  return (
    <Dialog
      title="Kept outside Cairn"
      description={`${element.section} ${element.title}: say where the controlled version is kept, so the technical file's index can point to it.`}
      onClose={onClose}
    >
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(
            event,
            (v) => (v.reference.trim() ? {} : { reference: 'Say where it is kept.' }),
            async (v) => {
              await setReference(element.id, v.reference.trim());
              onDone(`${element.section} ${element.title}: kept outside Cairn, ${v.reference.trim()}.`);
            },
          )
        }
      >
        <TextField label="Where it is kept" hint="Document number and revision, and the system or folder that holds it." maxLength={LIMITS.name} autoFocus {...form.field('reference')} />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Saving…">
            Save reference
          </SubmitButton>
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
