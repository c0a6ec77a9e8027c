import { plural } from '../../../../shared/domain/words';
import type { RiskMatrix, RiskPlan, RiskRow } from '../../../../shared/api/risk-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import type { Block, ContentSection } from '../../../../shared/documents/content';
import type { RiskEstimate } from '../../../../shared/risk/evaluate';
import type { Conclusion, ControlEvidence, RiskConclusions } from '../../../../shared/risk/report-conclusions';
import { recordRef } from '../canonical';
import { countsTable, estimateText } from './risk-tables';

export const RISK_REPORT_KEY = 'RISK-REPORT';

export interface RiskReportInput {
  productName: string;
  plan: RiskPlan;
  rows: RiskRow[];
  matrix: RiskMatrix;
  /** The controls' evidence and the clause 9 conclusions computed from it (see report-conclusions.ts). */
  version: string | null;
  controls: ControlEvidence[];
  conclusions: RiskConclusions;
}

const TEST_RESULT_TEXT: Record<ControlEvidence['test'], string> = { passed: 'Passed', failed: 'Failed', 'not-run': 'Not run', untested: 'No test' };

/** A conclusion as the report states it: the claim when the records support it, otherwise the gaps. */
function conclusionBlocks(c: Conclusion): Block[] {
  return c.gaps.length > 0
    ? [
        { kind: 'paragraph', text: c.text },
        { kind: 'list', items: c.gaps },
      ]
    : [{ kind: 'paragraph', text: c.text }];
}

function controlsSection(input: RiskReportInput): ContentSection {
  const verdicts = new Map(input.conclusions.controls.map((v) => [v.humanId, v]));
  return {
    heading: 'Implementation and verification of the risk controls',
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'Control', width: 12 },
          { header: 'Implemented by', width: 26 },
          { header: `Tests${input.version ? ` in ${input.version}` : ''}`, width: 14 },
          { header: 'Shown by the records', width: 48 },
        ],
        rows: input.controls.map((c) => [
          c.humanId,
          c.requirements.length > 0 ? c.requirements.map((r) => `${r.humanId} (${r.status})`).join(', ') : 'Outside the software',
          c.requirements.length > 0 ? TEST_RESULT_TEXT[c.test] : '—',
          `${verdicts.get(c.humanId)?.verified ? 'Verified' : 'Not verified'}: ${verdicts.get(c.humanId)?.reason ?? ''}`,
        ]),
        emptyText: 'No risk control is recorded.',
      },
    ],
  };
}

function count(estimates: readonly (RiskEstimate | null)[], verdict: 'acceptable' | 'unacceptable' | null): string {
  return String(estimates.filter((e) => (verdict === null ? e === null : e?.acceptability === verdict)).length);
}

/** What the plan asked for that the file does not yet show; empty when the plan is fulfilled. */
export function planGaps(input: Pick<RiskReportInput, 'plan' | 'rows'>): string[] {
  const gaps: string[] = [];
  if (input.plan.missing.length) gaps.push(`The plan still has ${plural(input.plan.missing.length, 'part')} to write.`);
  if (input.rows.length === 0) gaps.push('No risk chain is recorded.');
  const open = input.rows.filter((r) => r.open.length > 0);
  if (open.length) gaps.push(`${plural(open.length, 'chain')} ${open.length === 1 ? 'has' : 'have'} open points: ${open.map((r) => r.humanId).join(', ')}.`);
  if (input.plan.overall.acceptable === null) gaps.push('The overall residual risk has not been evaluated.');
  else if (!input.plan.overall.acceptable) gaps.push('The overall residual risk was judged not acceptable.');
  return gaps;
}

/**
 * The risk management report (ISO 14971 clause 9): risks per level before and after control, the two
 * matrices, the risks that stay unacceptable with their benefit-risk analysis, the overall residual risk
 * and whether the plan has been carried out — stated from the records, never asserted by hand.
 */
export function buildRiskReport(input: RiskReportInput): DocumentContent {
  const { plan, rows, matrix, conclusions } = input;
  const initial = rows.map((r) => r.initial);
  const residual = rows.map((r) => r.residual);
  const unacceptable = rows.filter((r) => r.residual?.acceptability === 'unacceptable');
  const o = plan.overall;
  return {
    docKey: RISK_REPORT_KEY,
    title: 'Risk management report',
    orientation: 'portrait',
    purpose: `This report reviews the risk management of ${input.productName} before release: the risks found, how far controls reduced them, the overall residual risk and whether the risk management plan has been carried out.`,
    sections: [
      {
        heading: 'Risks before and after control',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: '', width: 40 },
              { header: 'Before control', width: 30 },
              { header: 'After control', width: 30 },
            ],
            rows: [
              ['Risk chains', String(rows.length), String(rows.length)],
              ['Acceptable', count(initial, 'acceptable'), count(residual, 'acceptable')],
              ['Unacceptable', count(initial, 'unacceptable'), count(residual, 'unacceptable')],
              ['Not estimated', '0', count(residual, null)],
            ],
          },
        ],
        subsections: [
          { heading: 'Chains per cell before control', blocks: [countsTable(matrix, 'initial')] },
          { heading: 'Chains per cell after control', blocks: [countsTable(matrix, 'residual')] },
        ],
      },
      {
        heading: 'Residual risks that are not acceptable',
        blocks: unacceptable.length
          ? [
              {
                kind: 'table',
                columns: [
                  { header: 'Chain', width: 22 },
                  { header: 'Residual risk', width: 28 },
                  { header: 'Benefit-risk analysis (7.4)', width: 50 },
                ],
                rows: unacceptable.map((r) => [`${r.humanId} ${r.hazard.name} → ${r.harm.name}`, estimateText(r.residual), r.benefitRisk || 'Missing']),
              },
            ]
          : [{ kind: 'paragraph', text: 'Every estimated residual risk is acceptable under the plan’s matrix.' }],
      },
      controlsSection(input),
      {
        heading: 'Overall residual risk',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Criterion (from the plan)', plan.overallCriterion || 'Not written'],
              ['Evaluation', o.evaluation || 'Not evaluated'],
              ['Evaluated', o.evaluatedAt ? `${o.evaluatedAt.slice(0, 10)}${o.evaluatedBy ? ` by ${o.evaluatedBy}` : ''}` : '—'],
            ],
          },
        ],
      },
      {
        heading: 'Conclusions (ISO 14971 clause 9)',
        blocks: [],
        subsections: [
          { heading: 'Execution of the risk management plan', blocks: conclusionBlocks(conclusions.planCarriedOut) },
          { heading: 'Acceptability of the overall residual risk', blocks: conclusionBlocks(conclusions.overallAcceptable) },
          { heading: 'Production and post-production information', blocks: conclusionBlocks(conclusions.productionInformation) },
        ],
      },
    ],
    records: [
      recordRef('risk-overall', 'risk_plan', 'Overall residual risk evaluation', o),
      recordRef('risk-conclusions', 'conclusion', 'Conclusions of clause 9', { version: input.version, conclusions }),
      ...rows.map((r) =>
        recordRef(`risk:${r.humanId}`, 'risk_chain', `${r.humanId} ${r.hazard.name} → ${r.harm.name}`, {
          initial: r.initial,
          residual: r.residual,
          benefitRisk: r.benefitRisk,
          open: r.open,
        }),
      ),
    ],
  };
}
