import { useState } from 'react';
import { PROBLEM_SOURCES, PROBLEM_SOURCE_LABELS, type ProblemSource } from '../../../../shared/api/problems-types';
import { PROBLEM_TYPES, type Criticality, type ProblemType } from '../../../../shared/changes/problem-trend';
import { CriticalitySelect } from './CriticalitySelect';
import { FormDialog } from '../../components/FormDialog';
import { useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { useAction } from '../../hooks/use-action';
import { useProblemsStore } from '../../stores/problems-store';

/** Raises a problem report with the facts known at once; the investigation follows in the editor. */
export function NewProblemDialog({ onClose }: { onClose: () => void }) {
  const create = useProblemsStore((s) => s.create);
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<ProblemSource>('internal');
  const [type, setType] = useState<ProblemType>('corrective');
  const [criticality, setCriticality] = useState<Criticality>('medium');
  const [foundInVersion, setVersion] = useState('');
  const [description, setDescription] = useState('');
  const { error, run } = useAction();
  useUnsavedGuard(title !== '' || foundInVersion !== '' || description !== '');
  const submit = async () => {
    if (await run(() => create({ title, source, type, criticality, foundInVersion, description }))) onClose();
  };

  return (
    <FormDialog
      title="Report a problem"
      description="Say what happened, where and how bad it is; the investigation and the decision come after."
      submitLabel="Raise the problem report"
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <label className="field">
        <span className="field-label">Title</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <div className="field-grid">
        <label className="field">
          <span className="field-label">Source</span>
          <select className="select" value={source} onChange={(e) => setSource(e.target.value as ProblemSource)}>
            {PROBLEM_SOURCES.map((s) => (
              <option key={s} value={s}>
                {PROBLEM_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <CriticalitySelect value={criticality} onChange={setCriticality} />
        <label className="field">
          <span className="field-label">Type</span>
          <select className="select" value={type} onChange={(e) => setType(e.target.value as ProblemType)}>
            {PROBLEM_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Found in version</span>
          <input className="input" value={foundInVersion} onChange={(e) => setVersion(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">What happened</span>
        <textarea className="textarea" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
    </FormDialog>
  );
}
