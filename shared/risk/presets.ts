import { combinationFromRanges } from './combine';
import type { Acceptability, ProbabilityLevel, RiskScales, SeverityLevel } from './scales';

// Starting points for a plan. The wording is ours; the shape (five levels, a 10× step per probability
// level, no zone that skips reduction) follows common ISO 14971 practice. Teams edit both.

const A: Acceptability = 'acceptable';
const U: Acceptability = 'unacceptable';

const FIVE_SEVERITIES: SeverityLevel[] = [
  { name: 'Negligible', definition: 'Inconvenience or brief discomfort; no injury and no medical attention.', harm: 'none' },
  { name: 'Minor', definition: 'Temporary injury or impairment that resolves without professional medical care.', harm: 'non-serious' },
  { name: 'Serious', definition: 'Injury that needs professional medical care and heals completely.', harm: 'non-serious' },
  { name: 'Critical', definition: 'Permanent impairment or a life-threatening injury.', harm: 'serious' },
  { name: 'Catastrophic', definition: 'Death of the patient or of a user.', harm: 'death' },
];

const FIVE_PROBABILITIES: ProbabilityLevel[] = [
  { name: 'Improbable', definition: 'Not expected to happen in the life of the product.', min: 0 },
  { name: 'Remote', definition: 'Unlikely, but could happen a few times across all users over the product life.', min: 1e-6 },
  { name: 'Occasional', definition: 'Expected to happen now and then across all users.', min: 1e-5 },
  { name: 'Probable', definition: 'Expected to happen several times a year across all users.', min: 1e-4 },
  { name: 'Frequent', definition: 'Expected to happen regularly, for most users.', min: 1e-3 },
];

/** P1: how likely the whole sequence of events leading to the hazardous situation is. */
const FIVE_P1: ProbabilityLevel[] = [
  { name: 'Very unlikely', definition: 'The sequence needs several independent faults at once.', min: 0 },
  { name: 'Unlikely', definition: 'The sequence needs an unusual fault together with an unusual use.', min: 1e-5 },
  { name: 'Possible', definition: 'One fault or one plausible use error starts the sequence.', min: 1e-4 },
  { name: 'Likely', definition: 'The sequence follows from an everyday condition.', min: 1e-3 },
  { name: 'Almost certain', definition: 'Taken as certain, e.g. a software failure when classifying (IEC 62304 4.3).', min: 1e-2 },
];

/** P2: how likely the hazardous situation is to end in the harm. */
const FIVE_P2: ProbabilityLevel[] = [
  { name: 'Rarely', definition: 'Harm only if several other safeguards also fail.', min: 0 },
  { name: 'Seldom', definition: 'Harm in a small minority of exposures.', min: 1e-3 },
  { name: 'Sometimes', definition: 'Harm in some exposures, depending on the patient.', min: 1e-2 },
  { name: 'Often', definition: 'Harm in many exposures.', min: 1e-1 },
  { name: 'Nearly always', definition: 'Harm follows almost every exposure.', min: 0.5 },
];

/** Rows P1…P5 (least likely first), columns S1…S5. */
const FIVE_BY_FIVE: Acceptability[][] = [
  [A, A, A, A, A],
  [A, A, A, A, U],
  [A, A, A, U, U],
  [A, A, U, U, U],
  [A, U, U, U, U],
];

/** Five severities, five probabilities per use, P as P1 × P2. */
export function defaultScales(): RiskScales {
  return {
    probabilityUnit: 'per use',
    probabilityMode: 'p1p2',
    severity: FIVE_SEVERITIES.map((l) => ({ ...l })),
    probability: FIVE_PROBABILITIES.map((l) => ({ ...l })),
    p1: FIVE_P1.map((l) => ({ ...l })),
    p2: FIVE_P2.map((l) => ({ ...l })),
    combination: combinationFromRanges(FIVE_P1, FIVE_P2, FIVE_PROBABILITIES),
    acceptability: FIVE_BY_FIVE.map((row) => [...row]),
  };
}

const FOUR_SEVERITIES: SeverityLevel[] = [
  { name: 'Negligible', definition: 'No injury; at most an inconvenience.', harm: 'none' },
  { name: 'Marginal', definition: 'Minor, reversible injury.', harm: 'non-serious' },
  { name: 'Critical', definition: 'Serious or permanent injury.', harm: 'serious' },
  { name: 'Catastrophic', definition: 'Death.', harm: 'death' },
];

/** Each level 100× the one below; the lowest chosen so the expected count over all lifetime uses stays below one. */
const HUNDREDFOLD: ProbabilityLevel[] = [
  { name: 'Improbable', definition: 'Fewer than one event expected over all uses in the product life.', min: 0 },
  { name: 'Remote', definition: 'A handful of events over all uses in the product life.', min: 1e-8 },
  { name: 'Occasional', definition: 'Events now and then across the installed base.', min: 1e-6 },
  { name: 'Probable', definition: 'Events regularly across the installed base.', min: 1e-4 },
  { name: 'Frequent', definition: 'Events most users will meet.', min: 1e-2 },
];

const FIVE_BY_FOUR: Acceptability[][] = [
  [A, A, A, A],
  [A, A, A, U],
  [A, A, U, U],
  [A, U, U, U],
  [A, U, U, U],
];

/** Four severities (negligible to catastrophic) and five probabilities a hundredfold apart, single P. */
export function fourSeverityScales(): RiskScales {
  return {
    probabilityUnit: 'per use',
    probabilityMode: 'single',
    severity: FOUR_SEVERITIES.map((l) => ({ ...l })),
    probability: HUNDREDFOLD.map((l) => ({ ...l })),
    p1: FIVE_P1.map((l) => ({ ...l })),
    p2: FIVE_P2.map((l) => ({ ...l })),
    combination: combinationFromRanges(FIVE_P1, FIVE_P2, HUNDREDFOLD),
    acceptability: FIVE_BY_FOUR.map((row) => [...row]),
  };
}

export const SCALE_PRESETS = [
  { key: 'five-by-five', label: 'Five severities × five probabilities (P1 × P2)', make: defaultScales },
  { key: 'four-severities', label: 'Four severities × five probabilities, a hundredfold apart', make: fourSeverityScales },
] as const;
