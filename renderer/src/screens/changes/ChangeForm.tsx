import { useState } from 'react';
import { CHANGE_KINDS, type ChangeView } from '../../../../shared/api/changes-types';
import { assessmentEditable } from '../../../../shared/changes/change-status';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useAction } from '../../hooks/use-action';
import { useChangesStore } from '../../stores/changes-store';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';

const DECISION_TEXTS = [
  ['description', 'Description'],
  ['rationale', 'Why the change is made'],
  ['impactNotes', 'Impact on the organisation, released software and interfacing systems (6.2.3)'],
  ['safetyAnalysis', 'Safety analysis: new causes, effect on existing risk controls (7.4)'],
] as const;
const AFTER_TEXTS = [
  ['implementation', 'Implementation: commits, pull requests, build'],
  ['verification', 'Verification done, tests re-run (8.2.3)'],
] as const;
type TextKey = (typeof DECISION_TEXTS)[number][0] | (typeof AFTER_TEXTS)[number][0];
type Draft = Record<TextKey | 'targetVersion' | 'kind' | 'newRiskControls', string>;

const draftOf = (c: ChangeView): Draft => ({
  description: c.description,
  rationale: c.rationale,
  impactNotes: c.impactNotes,
  safetyAnalysis: c.safetyAnalysis,
  implementation: c.implementation,
  verification: c.verification,
  targetVersion: c.targetVersion,
  kind: c.kind,
  newRiskControls: c.newRiskControls === null ? '' : c.newRiskControls ? 'yes' : 'no',
});

/** The change's prose: fixed once approved, except what records the implementation and verification. */
export function ChangeForm({ change }: { change: ChangeView }) {
  const update = useChangesStore((s) => s.update);
  const [draft, setDraft] = useState(() => draftOf(change));
  useUnsavedGuard(differs(draft, draftOf(change)));
  const { error, notice, setNotice, run } = useAction();
  const editable = assessmentEditable(change.status);
  const finished = change.status === 'closed';
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const area = (key: TextKey, label: string, enabled: boolean) => (
    <label key={key} className="field">
      <span className="field-label">{label}</span>
      <textarea className="textarea" rows={2} value={draft[key]} disabled={!enabled} onChange={(e) => set(key, e.target.value)} />
    </label>
  );

  function save() {
    const before = draftOf(change);
    const changed = Object.fromEntries(Object.entries(draft).filter(([k, v]) => before[k as keyof Draft] !== v));
    if (Object.keys(changed).length === 0) return setNotice('Nothing to save.');
    const { newRiskControls, ...rest } = changed;
    const risk = newRiskControls === undefined ? {} : { newRiskControls: newRiskControls === '' ? null : newRiskControls === 'yes' };
    void run(() => update({ id: change.id, ...rest, ...risk }), `${change.humanId} saved.`);
  }

  return (
    <fieldset className="fieldset">
      <legend>Description and assessment</legend>
      <div className="field-grid">
        <label className="field">
          <span className="field-label">Kind</span>
          <select className="select" value={draft.kind} disabled={!editable} onChange={(e) => set('kind', e.target.value)}>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k === 'bug-fix' ? 'Bug fix' : 'Change'}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Target version</span>
          <input className="input" value={draft.targetVersion} disabled={!editable} onChange={(e) => set('targetVersion', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">New or changed risk controls needed? (7.4.1)</span>
          <select className="select" value={draft.newRiskControls} disabled={!editable} onChange={(e) => set('newRiskControls', e.target.value)}>
            <option value="">Not answered</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </label>
      </div>
      {DECISION_TEXTS.map(([key, label]) => area(key, label, editable))}
      {AFTER_TEXTS.map(([key, label]) => area(key, label, !finished))}
      <ScreenMessages error={error} notice={notice} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={finished} onClick={save}>
          Save {change.humanId}
        </button>
      </div>
    </fieldset>
  );
}
