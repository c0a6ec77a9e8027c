import { useState } from 'react';
import type { TestCase } from '../../../../shared/api/tests-types';
import { TEST_LEVELS } from '../../../../shared/api/tests-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { draftOf, useTestsStore, type CaseDraft } from '../../stores/tests-store';
import { StepsEditor } from './StepsEditor';
import { RecordPicker } from './RecordPicker';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';

const EMPTY: CaseDraft = { title: '', level: 'system', objective: '', preconditions: '', passCriteria: '', automated: false, steps: [{ action: '', expected: '' }] };

const PROSE = [
  ['objective', 'Objective', 'What the case shows, in one or two sentences.'],
  ['preconditions', 'Preconditions', 'Set-up before step 1: device state, data, accounts.'],
  ['passCriteria', 'Pass criteria', 'When the case counts as passed (5.7.1).'],
] as const;

/** Writes or edits one case: its fields, ordered steps and the requirements and risk controls it verifies. */
export function CaseEditor({ testCase }: { testCase: TestCase | null }) {
  const requirements = useTestsStore((s) => s.requirements);
  const riskControls = useTestsStore((s) => s.riskControls);
  const saveCase = useTestsStore((s) => s.saveCase);
  const retireCase = useTestsStore((s) => s.retireCase);
  const [draft, setDraft] = useState<CaseDraft>(() => (testCase ? draftOf(testCase) : EMPTY));
  useUnsavedGuard(differs(draft, testCase ? draftOf(testCase) : EMPTY));
  const [reqs, setReqs] = useState(() => new Set(testCase?.requirements.map((r) => r.id)));
  const [controls, setControls] = useState(() => new Set(testCase?.riskControls.map((r) => r.id)));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const change = (part: Partial<CaseDraft>) => setDraft((d) => ({ ...d, ...part }));

  async function act(action: () => Promise<void>, done: string) {
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const save = () =>
    act(() => saveCase(testCase?.id ?? null, draft, { requirementIds: [...reqs], riskControlIds: [...controls] }), testCase ? `${testCase.humanId} saved.` : 'Test case added.');
  const suspect = [...(testCase?.requirements ?? []), ...(testCase?.riskControls ?? [])].filter((r) => r.suspect);
  return (
    <section className="test-editor" aria-labelledby="test-editor-title">
      <h2 id="test-editor-title">{testCase ? `${testCase.humanId} ${testCase.title}` : 'New test case'}</h2>
      {testCase?.retired && <p className="muted">Retired: it no longer counts for what it verifies; its results stay on record.</p>}
      {suspect.length > 0 && (
        <p className="test-suspect">Links to {suspect.map((s) => s.humanId).join(', ')} are suspect after a change: review them on the Traceability screen.</p>
      )}
      <div className="field-grid">
        <label className="field">
          <span className="field-label">Title</span>
          <input className="input" required maxLength={LIMITS.name} value={draft.title} onChange={(e) => change({ title: e.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">Level</span>
          <select className="select" value={draft.level} onChange={(e) => change({ level: e.target.value as CaseDraft['level'] })}>
            {TEST_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="check-option">
        <input type="checkbox" checked={draft.automated} onChange={(e) => change({ automated: e.target.checked })} />
        <span>Automated: its results arrive through a JUnit import</span>
      </label>
      {PROSE.map(([key, label, hint]) => (
        <label key={key} className="field">
          <span className="field-label">{label}</span>
          <textarea className="textarea" rows={2} maxLength={LIMITS.text} value={draft[key]} onChange={(e) => change({ [key]: e.target.value })} aria-description={hint} />
        </label>
      ))}
      <StepsEditor steps={draft.steps} onChange={(steps) => change({ steps })} />
      <div className="test-verifies-grid">
        <RecordPicker legend="Requirements verified" options={requirements} chosen={reqs} onChange={setReqs} />
        <RecordPicker legend="Risk controls verified" options={riskControls} chosen={controls} onChange={setControls} />
      </div>
      <ScreenMessages error={error} notice={notice} />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void save()}>
          {testCase ? 'Save changes' : 'Add test case'}
        </button>
        {testCase && (
          <button
            type="button"
            className="button"
            onClick={() => void act(() => retireCase(testCase.id, !testCase.retired), testCase.retired ? `${testCase.humanId} is back in force.` : `${testCase.humanId} retired.`)}
          >
            {testCase.retired ? 'Bring back into force' : 'Retire'}
          </button>
        )}
      </div>
    </section>
  );
}
