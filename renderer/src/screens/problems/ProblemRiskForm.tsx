import { useEffect, useState } from 'react';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import type { ProblemView } from '../../../../shared/api/problems-types';
import type { RiskRow } from '../../../../shared/api/risk-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useProblemsStore } from '../../stores/problems-store';

const affectsOf = (problem: ProblemView): '' | 'yes' | 'no' => (problem.affectsSafety === null ? '' : problem.affectsSafety ? 'yes' : 'no');

/** 9.2: the risk chains the problem was looked at against, whether it affects safety, and why. */
export function ProblemRiskForm({ problem }: { problem: ProblemView }) {
  const evaluateRisk = useProblemsStore((s) => s.evaluateRisk);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [chains, setChains] = useState<RiskRow[]>([]);
  const [chosen, setChosen] = useState(() => new Set(problem.risks.map((r) => r.chainId)));
  const [affects, setAffects] = useState(() => affectsOf(problem));
  const [evaluation, setEvaluation] = useState(problem.safetyEvaluation);
  const closed = problem.status === 'closed';
  const saved = { chosen: problem.risks.map((r) => r.chainId).sort(), affects: affectsOf(problem), evaluation: problem.safetyEvaluation };
  useUnsavedGuard(!closed && differs({ chosen: [...chosen].sort(), affects, evaluation }, saved));

  useEffect(() => {
    api('risk.list', {}).then(
      (list) => setChains(list.rows),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  async function save() {
    setError(null);
    setNotice(null);
    try {
      await evaluateRisk({ id: problem.id, chainIds: [...chosen], affectsSafety: affects === 'yes', safetyEvaluation: evaluation });
      setNotice('Risk evaluation saved.');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const toggle = (id: number) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <fieldset className="fieldset">
      <legend>Evaluation against the risk file (9.2)</legend>
      {chains.length === 0 ? (
        <p className="muted small">The risk file has no risk chains yet.</p>
      ) : (
        <div className="problem-chains">
          {chains.map((c) => (
            <label key={c.id} className="checkbox">
              <input type="checkbox" checked={chosen.has(c.id)} disabled={closed} onChange={() => toggle(c.id)} />
              {c.humanId} {c.hazard.name} → {c.harm.name}
            </label>
          ))}
        </div>
      )}
      <fieldset className="fieldset question">
        <legend>Does the problem affect safety?</legend>
        {(['yes', 'no'] as const).map((v) => (
          <label key={v} className="radio">
            <input type="radio" name={`affects-${problem.id}`} value={v} checked={affects === v} disabled={closed} onChange={() => setAffects(v)} />
            {v === 'yes' ? 'Yes, it can contribute to a hazardous situation' : 'No'}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">How it was evaluated</span>
        <textarea className="textarea" rows={2} value={evaluation} disabled={closed} onChange={(e) => setEvaluation(e.target.value)} />
      </label>
      <button type="button" className="button" disabled={closed || affects === ''} onClick={() => void save()}>
        Save risk evaluation
      </button>
      <ScreenMessages error={error} notice={notice} />
    </fieldset>
  );
}
