import { useState } from 'react';
import type { TechnicalFileElementView } from '../../../../shared/api/technical-file-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/use-action';
import { useTechnicalFileStore } from '../../stores/technical-file-store';

interface ReferenceDialogProps {
  element: TechnicalFileElementView;
  onClose(): void;
  onDone(message: string): void;
}

/** Records where an element of the technical file is kept outside Cairn: a document number, a system, a folder. */
export function ReferenceDialog({ element, onClose, onDone }: ReferenceDialogProps) {
  const setReference = useTechnicalFileStore((state) => state.setReference);
  const [reference, setText] = useState(element.reference?.text ?? '');
  const { error, run } = useAction();
  const submit = async () => {
    const text = reference.trim();
    if (await run(() => setReference(element.id, text))) onDone(`${element.section} ${element.title}: kept outside Cairn, ${text}.`);
  };
  return (
    <FormDialog
      title="Kept outside Cairn"
      description={`${element.section} ${element.title}: say where the controlled version is kept, so the technical file's index can point to it.`}
      submitLabel="Save reference"
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        label="Where it is kept"
        hint="Document number and revision, and the system or folder that holds it."
        maxLength={LIMITS.name}
        autoFocus
        name="reference"
        value={reference}
        error={undefined}
        onChange={setText}
      />
    </FormDialog>
  );
}
