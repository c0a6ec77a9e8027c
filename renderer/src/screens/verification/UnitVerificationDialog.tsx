import { useState } from 'react';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { SignedReview } from '../../../../shared/api/reviews-types';
import {
  UNIT_CHECK_KINDS,
  UNIT_CHECK_LABELS,
  UNIT_CHECK_OUTCOME_LABELS,
  UNIT_CHECK_OUTCOMES,
  type UnitCheck,
  type UnitCheckKind,
  type UnitCheckOutcome,
} from '../../../../shared/reviews/unit-checks';
import { ReviewChecklistDialog } from '../../components/ReviewChecklistDialog';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';

interface CheckDraft {
  outcome: UnitCheckOutcome | '';
  tool: string;
  detail: string;
  measured: string;
  required: string;
}

const EMPTY: CheckDraft = { outcome: '', tool: '', detail: '', measured: '', required: '' };
const percentOf = (text: string) => (text.trim() === '' ? null : Number(text));

/** The checks the reviewer filled in; a check left at "not recorded" is not part of the record. */
function checksOf(drafts: Record<UnitCheckKind, CheckDraft>): UnitCheck[] {
  return UNIT_CHECK_KINDS.flatMap((check) => {
    const d = drafts[check];
    if (!d.outcome) return [];
    const coverage = check === 'coverage';
    return [
      {
        check,
        outcome: d.outcome,
        tool: d.tool,
        detail: d.detail,
        measuredPercent: coverage ? percentOf(d.measured) : null,
        requiredPercent: coverage ? percentOf(d.required) : null,
      },
    ];
  });
}

/**
 * A unit verification (5.5.5): the unit from the software tree, the commit or pull request, the checks run
 * with their results and the anomalies raised, then the checklist — with the 5.5.4 questions when the
 * unit is class C.
 */
export function UnitVerificationDialog({
  units,
  onRecorded,
  onClose,
}: {
  units: SoftwareNode[];
  onRecorded: (summary: string, review: SignedReview) => void;
  onClose: () => void;
}) {
  // Units are what 5.5.5 verifies most often; an item is offered where the tree stops above units.
  const [unitId, setUnitId] = useState(String((units.find((u) => u.kind === 'unit') ?? units[0])?.id ?? ''));
  const [changeRef, setChangeRef] = useState('');
  const [drafts, setDrafts] = useState<Record<UnitCheckKind, CheckDraft>>(() => Object.fromEntries(UNIT_CHECK_KINDS.map((k) => [k, EMPTY])) as Record<UnitCheckKind, CheckDraft>);
  const [anomalies, setAnomalies] = useState('');
  useUnsavedGuard(changeRef !== '' || anomalies !== '' || UNIT_CHECK_KINDS.some((k) => differs(drafts[k], EMPTY)));
  const unit = units.find((u) => String(u.id) === unitId);
  const setDraft = (check: UnitCheckKind, patch: Partial<CheckDraft>) => setDrafts({ ...drafts, [check]: { ...drafts[check], ...patch } });
  const input = unit
    ? {
        unitId: unit.id,
        changeRef,
        checks: checksOf(drafts),
        anomalies: anomalies
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      }
    : undefined;

  return (
    <ReviewChecklistDialog kind="unit-verification" defaultScope="" unitClass={unit?.effectiveClass ?? null} unit={input} onRecorded={onRecorded} onClose={onClose}>
      <div className="unit-fields">
        <label className="field">
          <span className="field-label">Unit or item verified</span>
          <select className="select" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.humanId} {u.name} (class {u.effectiveClass})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Commit or pull request</span>
          <input className="input" value={changeRef} placeholder="e.g. 3f9a1c2 or PR #118" onChange={(e) => setChangeRef(e.target.value)} />
        </label>
      </div>
      <table className="table unit-checks">
        <caption>Checks run on this revision and their results</caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Result</th>
            <th scope="col">Tool or reviewer</th>
            <th scope="col">What came out</th>
          </tr>
        </thead>
        <tbody>
          {UNIT_CHECK_KINDS.map((check) => {
            const d = drafts[check];
            const label = UNIT_CHECK_LABELS[check];
            return (
              <tr key={check}>
                <th scope="row">{label}</th>
                <td>
                  <select
                    className="select"
                    aria-label={`${label} result`}
                    value={d.outcome}
                    onChange={(e) => setDraft(check, { outcome: e.target.value as UnitCheckOutcome | '' })}
                  >
                    <option value="">Not recorded</option>
                    {UNIT_CHECK_OUTCOMES.map((o) => (
                      <option key={o} value={o}>
                        {UNIT_CHECK_OUTCOME_LABELS[o]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input className="input" aria-label={`${label} tool or reviewer`} value={d.tool} onChange={(e) => setDraft(check, { tool: e.target.value })} />
                </td>
                <td>
                  {check === 'coverage' ? (
                    <span className="coverage-pair">
                      <input
                        className="input"
                        type="number"
                        min={0}
                        max={100}
                        aria-label="Measured coverage (%)"
                        value={d.measured}
                        onChange={(e) => setDraft(check, { measured: e.target.value })}
                      />
                      <span>% of</span>
                      <input
                        className="input"
                        type="number"
                        min={0}
                        max={100}
                        aria-label="Required coverage (%)"
                        value={d.required}
                        onChange={(e) => setDraft(check, { required: e.target.value })}
                      />
                      <span>% required</span>
                    </span>
                  ) : (
                    <input className="input" aria-label={`${label} outcome details`} value={d.detail} onChange={(e) => setDraft(check, { detail: e.target.value })} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="field">
        <span className="field-label">Anomalies raised (one per line: problem report ID or description)</span>
        <textarea className="input" rows={2} value={anomalies} onChange={(e) => setAnomalies(e.target.value)} />
      </label>
    </ReviewChecklistDialog>
  );
}
