import { CHANGE_SOURCES, CHANGE_SOURCE_LABELS } from '../../../../shared/api/changes-types';
import { FORM_ERROR } from '../../api/field-errors';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useChangesStore } from '../../stores/changes-store';

/** Where a change can come from when opened here: a problem's change opens from the problem. */
const SOURCE_OPTIONS = CHANGE_SOURCES.filter((s) => s !== 'problem').map((s) => ({ value: s, label: CHANGE_SOURCE_LABELS[s] }));

/** Opens a change request that does not come from a problem report (those open from the problem). */
export function NewChangeDialog({ onClose }: { onClose: () => void }) {
  const create = useChangesStore((s) => s.create);
  const form = useForm({ title: '', source: 'roadmap', description: '' });

  return (
    <FormDialog
      title="New change request"
      description="Describe the change; its targets, impact and assessment follow on the change's page."
      submitLabel="Open the change request"
      error={form.errors[FORM_ERROR]}
      onSubmit={(event) =>
        void form.submitInput(event, { method: 'changes.create', input: (v) => v }, async (input) => {
          await create(input);
          onClose();
        })
      }
      onClose={onClose}
    >
      <TextField label="Title" required {...form.field('title')} />
      <SelectField label="Source" options={SOURCE_OPTIONS} {...form.field('source')} />
      <TextAreaField label="Description" rows={3} {...form.field('description')} />
    </FormDialog>
  );
}
