import { useState } from 'react';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { SCALE_PRESETS } from '../../../../shared/risk/presets';
import { PROBABILITY_MODES, type ProbabilityMode, type RiskScales } from '../../../../shared/risk/scales';
import { validateScales } from '../../../../shared/risk/validate-scales';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useRiskStore } from '../../stores/risk-store';
import { AcceptabilityEditor } from './AcceptabilityEditor';
import { ScaleLevelsEditor } from './ScaleLevelsEditor';

const MODE_LABELS: Record<ProbabilityMode, string> = {
  single: 'One probability of harm, P',
  p1p2: 'P1 × P2: the situation occurs, then it leads to harm',
};

type Problem = { field: string | undefined; message: string } | null;

/**
 * The plan's scales and acceptability matrix as one draft: presets, how probability is estimated, each
 * scale's levels, and the matrix, which follows the scales' sizes. Nothing is saved until "Save"; the
 * core refuses to drop a level a chain still uses and its message names those chains.
 */
export function ScaleEditor({ scales }: { scales: RiskScales }) {
  const run = useRiskStore((s) => s.run);
  const [draft, setDraft] = useState(scales);
  const [preset, setPreset] = useState<string>(SCALE_PRESETS[0].key);
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const changed = differs(draft, scales);
  useUnsavedGuard(changed && !busy);
  const edit = (next: RiskScales) => {
    setDraft(next);
    setProblem(null);
  };

  async function save() {
    const checked = validateScales(draft);
    if (!checked.ok) return setProblem({ field: checked.problem.field, message: checked.problem.message });
    setBusy(true);
    try {
      await run(
        () => api('risk.updatePlan', { scales: draft }),
        () => 'Scales and acceptability matrix saved.',
        true,
      );
    } catch (caught) {
      setProblem({ field: undefined, message: messageOf(caught) });
    } finally {
      setBusy(false);
    }
  }

  const levels = (key: 'severity' | 'probability' | 'p1' | 'p2', symbol: string, title: string) => (
    <ScaleLevelsEditor scaleKey={key} symbol={symbol} title={title} scales={draft} problemField={problem?.field} onChange={edit} />
  );
  return (
    <>
      <section className="card" aria-labelledby="risk-scales-title">
        <h2 id="risk-scales-title">Severity and probability scales</h2>
        <p className="muted">Each scale has 3 to 6 levels, least severe or least likely first. Chains store level numbers, so renaming a level changes no chain.</p>
        <div className="soup-filters risk-preset-row">
          <SelectField
            label="Start from a preset"
            options={SCALE_PRESETS.map((p) => ({ value: p.key, label: p.label }))}
            name="preset"
            value={preset}
            error={undefined}
            onChange={setPreset}
          />
          <button type="button" className="button button-small" onClick={() => edit((SCALE_PRESETS.find((p) => p.key === preset) ?? SCALE_PRESETS[0]).make())}>
            Use preset
          </button>
        </div>
        <RadioGroup
          legend="How probability is estimated"
          help="ISO 14971: P1 is the probability that the hazardous situation occurs, P2 that it then leads to harm; the plan's table combines them into P."
          name="probabilityMode"
          options={PROBABILITY_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
          value={draft.probabilityMode}
          onChange={(mode) => edit({ ...draft, probabilityMode: mode as ProbabilityMode })}
        />
        <TextField
          label="Probabilities are counted"
          className="risk-unit-field"
          hint="per use, per device-year …"
          name="probabilityUnit"
          value={draft.probabilityUnit}
          error={problem?.field === 'probabilityUnit' ? problem.message : undefined}
          onChange={(probabilityUnit) => edit({ ...draft, probabilityUnit })}
        />
        {levels('severity', 'S', 'Severity')}
        {levels('probability', 'P', 'Probability of harm (P)')}
        {draft.probabilityMode === 'p1p2' && (
          <>
            {levels('p1', 'P1-', 'P1: the hazardous situation occurs')}
            {levels('p2', 'P2-', 'P2: the situation leads to harm')}
          </>
        )}
      </section>
      <AcceptabilityEditor scales={draft} onChange={(acceptability) => edit({ ...draft, acceptability })}>
        <FormError message={problem?.message} />
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={!changed || busy} onClick={() => void save()}>
            {busy ? 'Saving…' : 'Save matrix and scales'}
          </button>
          <button type="button" className="button" disabled={!changed || busy} onClick={() => edit(scales)}>
            Undo changes
          </button>
        </div>
      </AcceptabilityEditor>
    </>
  );
}
