import { RISK_PLAN_FIELDS, type RiskPlan } from '../../../../shared/api/risk-types';
import type { ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { RISK_PLAN_FIELD_TEXT } from '../../../../shared/risk/plan-fields';
import { HARM_LEVEL_LABELS, rangeText, type ProbabilityLevel } from '../../../../shared/risk/scales';
import { recordRef } from '../canonical';
import { acceptabilityTable } from './risk-tables';

export const RISK_PLAN_KEY = 'RISK-PLAN';

const prose = (text: string) => ({ kind: 'paragraph' as const, text: text.trim() || 'Not written yet.' });

function probabilityTable(levels: readonly ProbabilityLevel[], label: string, unit: string) {
  return {
    kind: 'table' as const,
    columns: [
      { header: label, width: 8 },
      { header: 'Name', width: 16 },
      { header: `Range (${unit})`, width: 18 },
      { header: 'Definition', width: 58 },
    ],
    rows: levels.map((l, i) => [`${label}${i + 1}`, l.name, rangeText(levels, i), l.definition]),
  };
}

/** The risk management plan (ISO 14971 4.4): the team's prose, the scales, the acceptability matrix. */
export function buildRiskPlan(input: { productName: string; plan: RiskPlan }): DocumentContent {
  const { plan } = input;
  const s = plan.scales;
  const section = (f: (typeof RISK_PLAN_FIELDS)[number]): ContentSection => ({ heading: RISK_PLAN_FIELD_TEXT[f].label, blocks: [prose(plan[f])] });
  const probability: ContentSection =
    s.probabilityMode === 'p1p2'
      ? {
          heading: 'Probability',
          blocks: [
            {
              kind: 'paragraph',
              text: 'The probability of harm P is estimated as P1, the probability that the hazardous situation occurs, combined with P2, the probability that the situation leads to harm.',
            },
            probabilityTable(s.p1, 'P1', s.probabilityUnit),
            probabilityTable(s.p2, 'P2', s.probabilityUnit),
            {
              kind: 'table',
              columns: [{ header: 'P1 \\ P2', width: 16 }, ...s.p2.map((l, j) => ({ header: `P2 ${j + 1} ${l.name}`, width: 12 }))],
              rows: s.p1.map((l, i) => [`P1 ${i + 1} ${l.name}`, ...s.p2.map((_, j) => `P${s.combination[i]?.[j] ?? '?'}`)]),
            },
            probabilityTable(s.probability, 'P', s.probabilityUnit),
          ],
        }
      : {
          heading: 'Probability',
          blocks: [{ kind: 'paragraph', text: 'The probability of harm P is estimated directly on one scale.' }, probabilityTable(s.probability, 'P', s.probabilityUnit)],
        };
  return {
    docKey: RISK_PLAN_KEY,
    title: 'Risk management plan',
    orientation: 'portrait',
    purpose: `This plan sets out how the risks of ${input.productName} are managed across its life cycle: who does what, the scales risks are estimated on, and the criteria for accepting them (ISO 14971 4.4).`,
    sections: [
      ...(['scope', 'lifecyclePhases', 'responsibilities', 'reviewRequirements'] as const).map(section),
      {
        heading: 'Risk acceptability',
        blocks: [prose(plan.acceptabilityPolicy)],
        subsections: [
          {
            heading: 'Severity',
            blocks: [
              {
                kind: 'table',
                columns: [
                  { header: 'S', width: 6 },
                  { header: 'Name', width: 16 },
                  { header: 'IEC 62304 harm', width: 18 },
                  { header: 'Definition', width: 60 },
                ],
                rows: s.severity.map((l, i) => [`S${i + 1}`, l.name, HARM_LEVEL_LABELS[l.harm], l.definition]),
              },
            ],
          },
          probability,
          { heading: 'Acceptability matrix', blocks: [acceptabilityTable(s)] },
        ],
      },
      ...(['overallCriterion', 'controlVerification', 'productionInformation'] as const).map(section),
    ],
    records: [recordRef('risk-plan', 'risk_plan', 'Risk management plan', { ...Object.fromEntries(RISK_PLAN_FIELDS.map((f) => [f, plan[f]])), scales: s })],
  };
}
