import { useState } from 'react';
import type { ProblemView } from '../../../../shared/api/problems-types';
import { PROBLEM_DECISIONS } from '../../../../shared/changes/problem-status';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useAction } from '../../hooks/use-action';
import { useProblemsStore } from '../../stores/problems-store';
import { ProblemRiskForm } from './ProblemRiskForm';
import { ProblemStatusBar } from './ProblemStatusBar';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';

const FACTS = [
  ['description', 'What happened'],
  ['environment', 'Environment and configuration'],
  ['stepsToReproduce', 'Steps to reproduce'],
  ['expected', 'Expected result'],
  ['actual', 'Actual result'],
  ['scope', 'Scope: affected models, versions, accessories'],
] as const;
const INVESTIGATION = [
  ['investigation', 'Investigation (9.2)'],
  ['rootCause', 'Root cause'],
  ['partiesAdvised', 'Parties advised (9.3)'],
  ['decisionRationale', 'Rationale for the decision'],
  ['fixVerification', 'How the fix was verified (9.7)'],
] as const;

type TextKey = (typeof FACTS)[number][0] | (typeof INVESTIGATION)[number][0];
type Draft = Record<TextKey | 'title' | 'foundInVersion' | 'decision' | 'anomalyEvaluation' | 'userMitigation', string>;

const draftOf = (p: ProblemView): Draft => ({
  title: p.title,
  foundInVersion: p.foundInVersion,
  description: p.description,
  environment: p.environment,
  stepsToReproduce: p.stepsToReproduce,
  expected: p.expected,
  actual: p.actual,
  scope: p.scope,
  investigation: p.investigation,
  rootCause: p.rootCause,
  partiesAdvised: p.partiesAdvised,
  decision: p.decision,
  decisionRationale: p.decisionRationale,
  fixVerification: p.fixVerification,
  anomalyEvaluation: p.anomalyEvaluation,
  userMitigation: p.userMitigation,
});

/** One problem report: its facts, investigation and decision, risk evaluation, known-anomaly evaluation and status. */
export function ProblemEditor({ problem, onOpenChange }: { problem: ProblemView; onOpenChange: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(problem));
  useUnsavedGuard(differs(draft, draftOf(problem)));
  const { error, notice, setNotice, run } = useAction();
  const update = useProblemsStore((s) => s.update);
  const evaluateAnomaly = useProblemsStore((s) => s.evaluateAnomaly);
  const closed = problem.status === 'closed';
  const text = (key: TextKey, label: string) => (
    <label key={key} className="field">
      <span className="field-label">{label}</span>
      <textarea className="textarea" rows={2} value={draft[key]} disabled={closed} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} />
    </label>
  );

  function saveReport() {
    const before = draftOf(problem);
    const { anomalyEvaluation: _a, userMitigation: _u, ...fields } = draft;
    const changed = Object.fromEntries(Object.entries(fields).filter(([k, v]) => before[k as keyof Draft] !== v));
    if (Object.keys(changed).length === 0) return setNotice('Nothing to save.');
    void run(() => update({ id: problem.id, ...changed }), `${problem.humanId} saved.`);
  }

  return (
    <section className="problem-editor" aria-labelledby="problem-editor-title">
      <h2 id="problem-editor-title">
        {problem.humanId} {problem.title}
      </h2>
      <p className="muted">
        Reported by {problem.reportedByName} on {problem.reportedAt.slice(0, 10)} · {problem.source}
        {problem.testOrigin && ` · from ${problem.testOrigin.caseHumanId} (${problem.testOrigin.outcome}) in ${problem.testOrigin.runHumanId}`}
      </p>
      <ProblemStatusBar problem={problem} />
      <ScreenMessages error={error} notice={notice} />
      <fieldset className="fieldset">
        <legend>Report</legend>
        <div className="field-grid">
          <label className="field">
            <span className="field-label">Title</span>
            <input className="input" value={draft.title} disabled={closed} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} />
          </label>
          <label className="field">
            <span className="field-label">Found in version</span>
            <input className="input" value={draft.foundInVersion} disabled={closed} onChange={(e) => setDraft((d) => ({ ...d, foundInVersion: e.target.value }))} />
          </label>
        </div>
        {FACTS.map(([key, label]) => text(key, label))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>Investigation and decision</legend>
        <label className="field">
          <span className="field-label">Decision</span>
          <select className="select" value={draft.decision} disabled={closed} onChange={(e) => setDraft((d) => ({ ...d, decision: e.target.value }))}>
            {PROBLEM_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        {INVESTIGATION.map(([key, label]) => text(key, label))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={closed} onClick={saveReport}>
          Save {problem.humanId}
        </button>
      </div>
      <ProblemRiskForm problem={problem} />
      <fieldset className="fieldset">
        <legend>Known-anomaly evaluation for a release (5.8.2, 5.8.3)</legend>
        <label className="field">
          <span className="field-label">Why it does not contribute to an unacceptable risk</span>
          <textarea
            className="textarea"
            rows={2}
            value={draft.anomalyEvaluation}
            disabled={closed}
            onChange={(e) => setDraft((d) => ({ ...d, anomalyEvaluation: e.target.value }))}
          />
        </label>
        <label className="field">
          <span className="field-label">What users can do about it</span>
          <textarea className="textarea" rows={2} value={draft.userMitigation} disabled={closed} onChange={(e) => setDraft((d) => ({ ...d, userMitigation: e.target.value }))} />
        </label>
        <button
          type="button"
          className="button"
          disabled={closed}
          onClick={() =>
            void run(() => evaluateAnomaly({ id: problem.id, anomalyEvaluation: draft.anomalyEvaluation, userMitigation: draft.userMitigation }), 'Anomaly evaluation saved.')
          }
        >
          Save anomaly evaluation
        </button>
      </fieldset>
      <section aria-labelledby="problem-changes">
        <h3 id="problem-changes">Change requests from this problem (9.4)</h3>
        {problem.changes.length ? (
          <ul>
            {problem.changes.map((c) => (
              <li key={c.id}>
                {c.humanId} {c.title} — {c.status}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None yet.</p>
        )}
        <button type="button" className="button" onClick={onOpenChange}>
          Open a change request from {problem.humanId}
        </button>
      </section>
    </section>
  );
}
