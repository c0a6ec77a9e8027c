import type { RiskEstimate } from '../../../../shared/risk/evaluate';
import type { ProbabilityLevel, RiskScales, SeverityLevel } from '../../../../shared/risk/scales';
import { SelectField } from '../../components/SelectField';
import type { FieldBinding } from '../../hooks/use-form';

export const EMPTY_ESTIMATE = { p1: '', p2: '', p: '', s: '' };

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** A stored estimate → form values under `prefix`; P only when it was given itself, not combined from P1 × P2. */
export function estimateValues(prefix: string, e: RiskEstimate | null): Record<string, string> {
  const values = e ? { p1: text(e.p1), p2: text(e.p2), p: e.p1 === null ? text(e.p) : '', s: text(e.s) } : EMPTY_ESTIMATE;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}${k}`, v]));
}

const levelOptions = (levels: readonly (ProbabilityLevel | SeverityLevel)[]) => [
  { value: '', label: 'Choose…' },
  ...levels.map((level, i) => ({ value: String(i + 1), label: `${i + 1} — ${level.name}` })),
];

/** Form values of an estimate → the numbers the core takes, giving only what the plan's mode asks for. */
export function estimateInput(scales: RiskScales, v: Record<string, string>, prefix: string) {
  const n = (key: string) => (v[`${prefix}${key}`] ? Number(v[`${prefix}${key}`]) : null);
  return scales.probabilityMode === 'p1p2' ? { p1: n('p1'), p2: n('p2'), s: n('s') ?? 0 } : { p: n('p'), s: n('s') ?? 0 };
}

/** P1 and P2 (or P, as the plan says) and S, each chosen from the plan's named levels. */
export function EstimateFields({ scales, prefix, field }: { scales: RiskScales; prefix: string; field: (name: string) => FieldBinding }) {
  return (
    <>
      {scales.probabilityMode === 'p1p2' ? (
        <>
          <SelectField label="P1: the hazardous situation occurs" options={levelOptions(scales.p1)} {...field(`${prefix}p1`)} />
          <SelectField label="P2: the situation leads to harm" options={levelOptions(scales.p2)} {...field(`${prefix}p2`)} />
        </>
      ) : (
        <SelectField label="P: probability of harm" options={levelOptions(scales.probability)} {...field(`${prefix}p`)} />
      )}
      <SelectField label="S: severity of the harm" options={levelOptions(scales.severity)} {...field(`${prefix}s`)} />
    </>
  );
}
