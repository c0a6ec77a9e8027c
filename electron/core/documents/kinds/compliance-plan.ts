import type { CompliancePlan } from '../../../../shared/api/plan-types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';

export const COMPLIANCE_PLAN_KEY = '62304-PLAN';

const STATUS_WORDS: Record<string, string> = { not_started: 'Not started', in_progress: 'In progress', done: 'Done', not_applicable: 'Not applicable' };

/**
 * The IEC 62304 compliance plan as a controlled document: the class that governs the processes, then per
 * process every clause 5.1.1–9.8 with whether the class requires it, its status and where it is recorded.
 */
export function buildCompliancePlan(input: { productName: string; plan: CompliancePlan }): DocumentContent {
  const { plan } = input;
  return {
    docKey: COMPLIANCE_PLAN_KEY,
    title: 'IEC 62304 compliance plan',
    orientation: 'landscape',
    purpose:
      `This plan lists, for ${input.productName}, every activity of IEC 62304 (clauses 5.1.1 to 9.8, as amended in 2015), ` +
      'whether the software safety class requires it, how far the team has got and which record holds the work. ' +
      'Clauses the class does not require are listed too, with the reason, so a reviewer sees the whole picture.',
    sections: [
      {
        heading: 'Safety class and progress',
        blocks: [
          { kind: 'paragraph', text: plan.classBasis },
          {
            kind: 'table',
            columns: [
              { header: 'Process', width: 50 },
              { header: 'Clauses done', width: 25 },
              { header: 'Clauses required', width: 25 },
            ],
            rows: [
              ...plan.progress.map((p) => [`${p.process} ${p.label}`, String(p.done), String(p.applicable)]),
              ['All processes', String(plan.overall.done), String(plan.overall.applicable)],
            ],
          },
        ],
      },
      ...plan.progress.map((p) => ({
        heading: `${p.label} (clause ${p.process})`,
        blocks: [
          {
            kind: 'table' as const,
            columns: [
              { header: 'Clause', width: 8 },
              { header: 'Activity', width: 28 },
              { header: 'Required', width: 10 },
              { header: 'Status', width: 12 },
              { header: 'Justification or record', width: 42 },
            ],
            rows: plan.clauses
              .filter((c) => c.process === p.process)
              .map((c) => [
                c.clause,
                c.title,
                c.applies ? 'Yes' : 'No',
                c.applies ? (STATUS_WORDS[c.status] ?? c.status) : '—',
                c.applies ? c.justification || c.home.document : (c.notRequiredReason ?? ''),
              ]),
          },
        ],
      })),
    ],
    records: [
      recordRef('plan:class', 'safety class', `Class ${plan.projectClass}`, { class: plan.projectClass, basis: plan.classBasis }),
      ...plan.clauses.map((c) => recordRef(`clause:${c.clause}`, 'clause', `${c.clause} ${c.title}`, { applies: c.applies, status: c.status, justification: c.justification })),
    ],
  };
}
