import type { RiskRow } from '../../../../shared/api/risk-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { CAUSE_CATEGORY_LABELS, HAZARD_CATEGORY_LABELS } from '../../../../shared/risk/catalogue';
import { CONTROL_TYPE_LABELS } from '../../../../shared/risk/controls';
import { recordRef } from '../canonical';
import { estimateText, verdictText } from './risk-tables';

export const RISK_ANALYSIS_KEY = 'RISK-ANALYSIS';

const COLUMNS = [
  { header: 'ID', width: 6 },
  { header: 'Hazard', width: 11 },
  { header: 'Sequence of events → hazardous situation', width: 15 },
  { header: 'Harm', width: 9 },
  { header: 'Software causes (62304 7.1)', width: 13 },
  { header: 'Initial risk', width: 10 },
  { header: 'Risk controls → requirements', width: 16 },
  { header: 'Residual risk', width: 10 },
  { header: 'Benefit-risk', width: 10 },
];

function row(r: RiskRow): string[] {
  return [
    r.humanId,
    `${r.hazard.humanId} ${r.hazard.name}\n(${HAZARD_CATEGORY_LABELS[r.hazard.category]})`,
    `${r.sequenceOfEvents ? `${r.sequenceOfEvents}\n→ ` : ''}${r.situation.humanId} ${r.situation.name}`,
    `${r.harm.humanId} ${r.harm.name}`,
    r.causes.map((c) => `${c.itemHumanId} ${c.itemName}: ${CAUSE_CATEGORY_LABELS[c.category]}${c.description ? ` — ${c.description}` : ''}`).join('\n') || '—',
    `${estimateText(r.initial)}\n${verdictText(r.initial)}`,
    r.controls
      .map(
        (c) =>
          `${c.humanId} ${c.name} [${CONTROL_TYPE_LABELS[c.type]}] → ${c.requirements.map((q) => q.humanId).join(', ') || 'no requirement'}${c.introducesHazard ? `\nNew hazard: ${c.newHazard ? c.newHazard.humanId : 'not analysed yet'}` : ''}`,
      )
      .join('\n') || '—',
    `${estimateText(r.residual)}\n${verdictText(r.residual)}`,
    r.benefitRisk || '—',
  ];
}

/** The hazard analysis as one FMEA-style table (ISO 14971 5 to 7, IEC 62304 7.1 to 7.3), one row per chain. */
export function buildRiskAnalysis(input: { productName: string; rows: RiskRow[] }): DocumentContent {
  const controls = new Map(input.rows.flatMap((r) => r.controls.map((c) => [c.id, c] as const)));
  return {
    docKey: RISK_ANALYSIS_KEY,
    title: 'Risk analysis',
    orientation: 'landscape',
    purpose: `This table records every identified chain from hazard to harm for ${input.productName}, the software items that can contribute and how, the risk before and after control, and the requirements that implement each control.`,
    sections: [
      { heading: 'Risk chains', blocks: [{ kind: 'table', columns: COLUMNS, rows: input.rows.map(row), emptyText: 'No risk chain is recorded yet.' }] },
      {
        heading: 'Verification of risk controls',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Control', width: 20 },
              { header: 'Verification of implementation', width: 40 },
              { header: 'Verification of effectiveness', width: 40 },
            ],
            rows: [...controls.values()].map((c) => [`${c.humanId} ${c.name}`, c.implementationVerification || 'Not recorded', c.effectivenessVerification || 'Not recorded']),
            emptyText: 'No risk control is recorded yet.',
          },
        ],
      },
    ],
    records: input.rows.map((r) => recordRef(`risk:${r.humanId}`, 'risk_chain', `${r.humanId} ${r.hazard.name} → ${r.harm.name}`, row(r))),
  };
}
