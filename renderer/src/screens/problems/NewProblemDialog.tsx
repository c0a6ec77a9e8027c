import { PROBLEM_SOURCES, PROBLEM_SOURCE_LABELS } from '../../../../shared/api/problems-types';
import { PROBLEM_TYPES } from '../../../../shared/changes/problem-trend';
import { FORM_ERROR } from '../../api/field-errors';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../hooks/use-form';
import { useProblemsStore } from '../../stores/problems-store';
import { CRITICALITY_OPTIONS } from './CriticalitySelect';

const INITIAL = { title: '', source: 'internal', type: 'corrective', criticality: 'medium', foundInVersion: '', description: '' };

/** Raises a problem report with the facts known at once; the investigation follows in the editor. */
export function NewProblemDialog({ onClose }: { onClose: () => void }) {
  const create = useProblemsStore((s) => s.create);
  const form = useForm(INITIAL);

  return (
    <FormDialog
      title="Report a problem"
      description="Say what happened, where and how bad it is; the investigation and the decision come after."
      submitLabel="Raise the problem report"
      error={form.errors[FORM_ERROR]}
      onSubmit={(event) =>
        void form.submitInput(event, { method: 'problems.create', input: (v) => v, check: (v) => (v.title.trim() ? {} : { title: 'Required.' }) }, async (input) => {
          await create(input);
          onClose();
        })
      }
      onClose={onClose}
    >
      <TextField label="Title" required {...form.field('title')} />
      <div className="field-grid">
        <SelectField label="Source" options={PROBLEM_SOURCES.map((s) => ({ value: s, label: PROBLEM_SOURCE_LABELS[s] }))} {...form.field('source')} />
        <SelectField label="Criticality" options={CRITICALITY_OPTIONS} {...form.field('criticality')} />
        <SelectField label="Type" options={PROBLEM_TYPES.map((t) => ({ value: t, label: t }))} {...form.field('type')} />
        <TextField label="Found in version" {...form.field('foundInVersion')} />
      </div>
      <TextAreaField label="What happened" rows={3} {...form.field('description')} />
    </FormDialog>
  );
}
