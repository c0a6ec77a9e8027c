import type { ArchitectureView, InterfaceEnd, InterfaceView } from '../../../../shared/api/architecture-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useArchitectureStore } from '../../stores/architecture-store';
import { EndFields } from './EndFields';

type Side = 'from' | 'to';

function endValues(side: Side, end: InterfaceEnd | undefined, fallbackId: string) {
  return {
    [`${side}.kind`]: end?.kind ?? 'software',
    [`${side}.id`]: end && end.kind !== 'external' ? String(end.id) : fallbackId,
    [`${side}.name`]: end?.kind === 'external' ? end.name : '',
  };
}

function endOf(side: Side, values: Record<string, string>): InterfaceEnd {
  const kind = values[`${side}.kind`];
  if (kind === 'external') return { kind, name: values[`${side}.name`] ?? '' };
  return { kind: kind === 'soup' ? 'soup' : 'software', id: Number(values[`${side}.id`]) };
}

interface InterfaceDialogProps {
  view: ArchitectureView;
  /** The interface being changed; absent when adding one. */
  editing?: InterfaceView;
  onClose(): void;
  onSaved(message: string): void;
}

/** Adds or changes an interface: its two ends, what flows and how. The core refuses ends that cannot meet. */
export function InterfaceDialog({ view, editing, onClose, onSaved }: InterfaceDialogProps) {
  const addInterface = useArchitectureStore((s) => s.addInterface);
  const updateInterface = useArchitectureStore((s) => s.updateInterface);
  const firstNode = String(view.tree[0]?.id ?? '');
  const form = useForm<Record<string, string>>({
    name: editing?.name ?? '',
    description: editing?.description ?? '',
    ...endValues('from', editing?.from, firstNode),
    ...endValues('to', editing?.to, firstNode),
    protocol: editing?.protocol ?? '',
    dataExchanged: editing?.dataExchanged ?? '',
    direction: editing?.direction ?? 'one-way',
  });

  function validate(values: Record<string, string>): FieldErrors {
    const errors: FieldErrors = {};
    requireText(errors, 'name', values.name ?? '');
    for (const side of ['from', 'to'] as const) {
      if (values[`${side}.kind`] === 'external') requireText(errors, `${side}.name`, values[`${side}.name`] ?? '');
      else if (!values[`${side}.id`]) errors[`${side}.id`] = 'Choose one.';
    }
    return errors;
  }

  const endField = (side: Side, part: 'kind' | 'id' | 'name') => {
    const binding = form.field(`${side}.${part}`);
    if (part !== 'kind') return binding;
    // A new kind of end starts from its first choice, not from an id that belonged to another list.
    return {
      ...binding,
      onChange: (value: string) => {
        binding.onChange(value);
        form.set(`${side}.id`, value === 'software' ? firstNode : String(view.soupOptions[0]?.id ?? ''));
      },
    };
  };

  return (
    <Dialog
      title={editing ? `Change ${editing.humanId} ${editing.name}` : 'Add an interface'}
      description="An interface joins two parts of the software, or the software and a SOUP item or something outside it (IEC 62304 5.3.2)."
      onClose={onClose}
      wide
    >
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(event, validate, async (values) => {
            const fields = {
              name: values.name ?? '',
              description: values.description ?? '',
              from: endOf('from', values),
              to: endOf('to', values),
              protocol: values.protocol ?? '',
              dataExchanged: values.dataExchanged ?? '',
              direction: values.direction === 'two-way' ? ('two-way' as const) : ('one-way' as const),
            };
            if (editing) await updateInterface({ id: editing.id, ...fields });
            else await addInterface(fields);
            onSaved(editing ? `${editing.humanId} was changed.` : `Interface "${fields.name}" was added.`);
          })
        }
      >
        <TextField label="Interface name" maxLength={LIMITS.name} autoFocus {...form.field('name')} />
        <div className="end-pair">
          <EndFields legend="From" view={view} kind={endField('from', 'kind')} id={endField('from', 'id')} name={endField('from', 'name')} />
          <EndFields legend="To" view={view} kind={endField('to', 'kind')} id={endField('to', 'id')} name={endField('to', 'name')} />
        </div>
        <SelectField
          label="Data flows"
          options={[
            { value: 'one-way', label: 'One way, from the first end to the second' },
            { value: 'two-way', label: 'Both ways' },
          ]}
          {...form.field('direction')}
        />
        <TextField label="Protocol or mechanism" hint="Bluetooth LE GATT, HTTPS REST, shared database, function calls …" maxLength={LIMITS.name} {...form.field('protocol')} />
        <TextAreaField label="Data exchanged" maxLength={LIMITS.text} rows={2} {...form.field('dataExchanged')} />
        <TextAreaField
          label="Description"
          hint="Timing, error handling, what happens when the other end is missing."
          maxLength={LIMITS.text}
          rows={3}
          {...form.field('description')}
        />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Saving…">
            {editing ? 'Save interface' : 'Add interface'}
          </SubmitButton>
          <DialogCancel />
        </div>
      </form>
    </Dialog>
  );
}
