/**
 * Starter lists for the hazard analysis: hazard categories that matter for software and connected
 * devices (after the hazard groups of ISO 14971 Annex C, extended for data and security), and the
 * software causes IEC 62304 7.1.2 asks a team to consider.
 */

export const HAZARD_CATEGORIES = ['energy', 'biological-chemical', 'information-data', 'use-error', 'cybersecurity', 'functional-failure', 'environment', 'other'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

export const HAZARD_CATEGORY_LABELS: Record<HazardCategory, string> = {
  energy: 'Energy (electrical, thermal, mechanical, radiation)',
  'biological-chemical': 'Biological or chemical',
  'information-data': 'Information and data (wrong, late, lost or corrupted)',
  'use-error': 'Use error',
  cybersecurity: 'Cybersecurity',
  'functional-failure': 'Functional failure (loss or degradation of a function)',
  environment: 'Operating environment and interoperability',
  other: 'Other',
};

/** Software causes of a hazardous situation (IEC 62304 7.1.2). */
export const CAUSE_CATEGORIES = ['specification', 'functional-defect', 'soup-failure', 'soup-anomaly', 'hardware-or-other-software', 'foreseeable-misuse'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export const CAUSE_CATEGORY_LABELS: Record<CauseCategory, string> = {
  specification: 'Incomplete or incorrect specification',
  'functional-defect': 'Defect in the software item’s function',
  'soup-failure': 'SOUP failure or unexpected result',
  'soup-anomaly': 'Known SOUP anomaly',
  'hardware-or-other-software': 'Hardware fault or other software behaving unpredictably',
  'foreseeable-misuse': 'Reasonably foreseeable misuse',
};
