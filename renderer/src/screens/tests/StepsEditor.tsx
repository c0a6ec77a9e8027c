import { LIMITS } from '../../../../shared/domain/limits';

export interface StepDraft {
  action: string;
  expected: string;
}

/** The ordered steps of a case: what the tester does and what they should see, numbered by position. */
export function StepsEditor({ steps, onChange }: { steps: StepDraft[]; onChange: (steps: StepDraft[]) => void }) {
  const edit = (index: number, change: Partial<StepDraft>) => onChange(steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const move = (index: number, by: number) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    if (step) next.splice(index + by, 0, step);
    onChange(next);
  };
  return (
    <fieldset className="fieldset test-steps">
      <legend>Steps</legend>
      {steps.length === 0 && <p className="muted small">No steps yet. A manual case needs at least one; automated cases report through JUnit.</p>}
      <table className="table">
        <caption className="visually-hidden">Steps, in the order they are executed</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Action</th>
            <th scope="col">Expected result</th>
            <th scope="col">
              <span className="visually-hidden">Order and removal</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>
                <textarea
                  className="textarea"
                  rows={2}
                  aria-label={`Step ${i + 1} action`}
                  maxLength={LIMITS.text}
                  value={s.action}
                  onChange={(e) => edit(i, { action: e.target.value })}
                />
              </td>
              <td>
                <textarea
                  className="textarea"
                  rows={2}
                  aria-label={`Step ${i + 1} expected result`}
                  maxLength={LIMITS.text}
                  value={s.expected}
                  onChange={(e) => edit(i, { expected: e.target.value })}
                />
              </td>
              <td className="test-step-tools">
                <button type="button" className="button button-small" aria-label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button type="button" className="button button-small" aria-label={`Move step ${i + 1} down`} disabled={i === steps.length - 1} onClick={() => move(i, 1)}>
                  ↓
                </button>
                <button type="button" className="button button-small" aria-label={`Remove step ${i + 1}`} onClick={() => onChange(steps.filter((_, j) => j !== i))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => onChange([...steps, { action: '', expected: '' }])}>
        Add a step
      </button>
    </fieldset>
  );
}
