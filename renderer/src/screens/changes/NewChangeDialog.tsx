import { useState } from 'react';
import { CHANGE_SOURCES, CHANGE_SOURCE_LABELS, type ChangeSource } from '../../../../shared/api/changes-types';
import { FormDialog } from '../../components/FormDialog';
import { useAction } from '../../hooks/use-action';
import { useChangesStore } from '../../stores/changes-store';

/** Opens a change request that does not come from a problem report (those open from the problem). */
export function NewChangeDialog({ onClose }: { onClose: () => void }) {
  const create = useChangesStore((s) => s.create);
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<Exclude<ChangeSource, 'problem'>>('roadmap');
  const [description, setDescription] = useState('');
  const { error, run } = useAction();
  const submit = async () => {
    if (await run(() => create({ title, source, description }))) onClose();
  };

  return (
    <FormDialog
      title="New change request"
      description="Describe the change; its targets, impact and assessment follow on the change's page."
      submitLabel="Open the change request"
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <label className="field">
        <span className="field-label">Title</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label className="field">
        <span className="field-label">Source</span>
        <select className="select" value={source} onChange={(e) => setSource(e.target.value as Exclude<ChangeSource, 'problem'>)}>
          {CHANGE_SOURCES.filter((s) => s !== 'problem').map((s) => (
            <option key={s} value={s}>
              {CHANGE_SOURCE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Description</span>
        <textarea className="textarea" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
    </FormDialog>
  );
}
