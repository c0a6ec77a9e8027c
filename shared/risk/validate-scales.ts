import { decided, refused, type Decision } from '../regulatory/problems';
import { HARM_LEVEL_LABELS, HARM_LEVELS, PROBABILITY_SCALES, SCALE_MAX_LEVELS, SCALE_MIN_LEVELS, type ProbabilityLevel, type RiskScales } from './scales';

// Whether a set of scales can be used at all. Field paths are relative to the scales object, so a form
// or the contract can show each message beside the control at fault.

function levelsProblem(key: string, label: string, levels: readonly { name: string }[]): Decision<null> {
  if (levels.length < SCALE_MIN_LEVELS || levels.length > SCALE_MAX_LEVELS) {
    return refused(key, `The ${label} scale needs ${SCALE_MIN_LEVELS} to ${SCALE_MAX_LEVELS} levels; it has ${levels.length}.`);
  }
  const seen = new Map<string, number>();
  for (const [i, level] of levels.entries()) {
    const name = level.name.trim().toLowerCase();
    if (!name) return refused(`${key}.${i}.name`, `Name ${label} level ${i + 1}.`);
    const earlier = seen.get(name);
    if (earlier !== undefined) return refused(`${key}.${i}.name`, `${label} levels ${earlier + 1} and ${i + 1} are both called "${level.name.trim()}".`);
    seen.set(name, i);
  }
  return decided(null);
}

function rangesProblem(key: string, label: string, levels: readonly ProbabilityLevel[]): Decision<null> {
  for (const [i, level] of levels.entries()) {
    const field = `${key}.${i}.min`;
    if (!Number.isFinite(level.min) || level.min < 0 || level.min >= 1)
      return refused(field, `${label} level ${i + 1} must start at a probability from 0 up to (not including) 1.`);
    if (i === 0 && level.min !== 0) return refused(field, `The lowest ${label} level must start at 0 so every probability has a level.`);
    const below = levels[i - 1];
    if (below && level.min <= below.min) return refused(field, `${label} level ${i + 1} must start above level ${i} (${below.min}): levels go from least to most likely.`);
  }
  return decided(null);
}

function combinationProblem(scales: RiskScales): Decision<null> {
  const { p1, p2, probability, combination } = scales;
  if (combination.length !== p1.length) return refused('combination', `The P1 × P2 table needs one row per P1 level (${p1.length}); it has ${combination.length}.`);
  for (const [i, row] of combination.entries()) {
    if (row.length !== p2.length) return refused(`combination.${i}`, `Row P1 = ${i + 1} of the P1 × P2 table needs one cell per P2 level (${p2.length}); it has ${row.length}.`);
    for (const [j, value] of row.entries()) {
      const field = `combination.${i}.${j}`;
      if (!Number.isInteger(value) || value < 1 || value > probability.length)
        return refused(field, `P1 = ${i + 1} with P2 = ${j + 1} must give a P level from 1 to ${probability.length}.`);
      const left = row[j - 1];
      const up = combination[i - 1]?.[j];
      if ((left !== undefined && value < left) || (up !== undefined && value < up)) {
        return refused(field, `P1 = ${i + 1} with P2 = ${j + 1} gives P${value}, lower than a less likely pair: a higher P1 or P2 cannot make harm less likely.`);
      }
    }
  }
  return decided(null);
}

function acceptabilityProblem(scales: RiskScales): Decision<null> {
  const { probability, severity, acceptability } = scales;
  if (acceptability.length !== probability.length)
    return refused('acceptability', `The matrix needs one row per probability level (${probability.length}); it has ${acceptability.length}.`);
  for (const [p, row] of acceptability.entries()) {
    if (row.length !== severity.length)
      return refused(`acceptability.${p}`, `Row P${p + 1} of the matrix needs one cell per severity level (${severity.length}); it has ${row.length}.`);
    for (const [s, cell] of row.entries()) {
      if (cell !== 'acceptable') continue;
      if (row[s - 1] === 'unacceptable')
        return refused(
          `acceptability.${p}.${s}`,
          `P${p + 1} × S${s + 1} is acceptable but the less severe P${p + 1} × S${s} is not: a risk cannot become acceptable by growing more severe.`,
        );
      if (acceptability[p - 1]?.[s] === 'unacceptable')
        return refused(
          `acceptability.${p}.${s}`,
          `P${p + 1} × S${s + 1} is acceptable but the less likely P${p} × S${s + 1} is not: a risk cannot become acceptable by growing more likely.`,
        );
    }
  }
  return decided(null);
}

function severityOrderProblem(scales: RiskScales): Decision<null> {
  for (const [i, level] of scales.severity.entries()) {
    const below = scales.severity[i - 1];
    if (below && HARM_LEVELS.indexOf(level.harm) < HARM_LEVELS.indexOf(below.harm)) {
      return refused(
        `severity.${i}.harm`,
        `Severity level ${i + 1} maps to "${HARM_LEVEL_LABELS[level.harm]}", less than level ${i}'s "${HARM_LEVEL_LABELS[below.harm]}": levels go from least to most severe.`,
      );
    }
  }
  return decided(null);
}

/** The first reason these scales cannot be used, or the scales themselves. */
export function validateScales(scales: RiskScales): Decision<RiskScales> {
  if (!scales.probabilityUnit.trim()) return refused('probabilityUnit', 'Say what a probability is counted per (per use, per device-year …).');
  const checks: (() => Decision<null>)[] = [
    () => levelsProblem('severity', 'severity', scales.severity),
    () => severityOrderProblem(scales),
    ...PROBABILITY_SCALES.flatMap(({ key, label }) => [() => levelsProblem(key, label, scales[key]), () => rangesProblem(key, label, scales[key])]),
    () => combinationProblem(scales),
    () => acceptabilityProblem(scales),
  ];
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return decided(scales);
}
