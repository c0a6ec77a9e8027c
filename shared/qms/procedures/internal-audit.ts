import { bullets, companyName, isSmall, managementRep, paragraphs, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Internal audit (8.2.4) and the process monitoring it feeds (8.2.5). */
export const SOP_INTERNAL_AUDIT: ProcedureDef = {
  key: 'SOP-IA',
  kind: 'sop',
  title: 'Internal audit',
  purpose: (f) =>
    `How ${companyName(f)} plans and performs internal audits to find out whether its QMS meets ISO 13485, the regulations and its own procedures, and whether it is effectively implemented and maintained.`,
  sections: [
    {
      id: 'programme',
      heading: 'Audit programme',
      clauses: ['8.2.4'],
      draft: (f) =>
        paragraphs(
          `${managementRep(f)} keeps an audit programme that covers every process of the QMS and every applicable clause of ISO 13485 at least once a year. Processes that matter more for safety, or where earlier audits, complaints or CAPAs showed weaknesses, are audited more often.`,
          'The programme sets, for each audit, its scope and criteria (the clauses and procedures), the auditor and the planned month. It is reviewed at every management review.',
        ),
    },
    {
      id: 'auditors',
      heading: 'Auditors and independence',
      clauses: ['8.2.4', '6.2'],
      draft: (f) =>
        paragraphs(
          'Auditors are trained in ISO 13485 and in audit technique, and their training is recorded. No auditor audits their own work.',
          isSmall(f)
            ? `In a team the size of ${companyName(f)}, staff audit each other’s processes where they did not take part in the work audited; where that is not possible (for example the management representative’s own processes), a qualified external auditor is engaged.`
            : 'Auditors are chosen from outside the area audited; an external auditor is engaged where no independent internal auditor is available.',
        ),
    },
    {
      id: 'conduct',
      heading: 'Performing an audit',
      clauses: ['8.2.4'],
      draft: (f) =>
        paragraphs(
          bullets([
            'Plan: the auditor sends the scope, criteria and schedule to the people audited at least a week ahead.',
            'Audit: the auditor samples records, interviews the people who do the work and compares what happens with what the procedures and the standard require.',
            'Findings: each finding states the requirement, the evidence and whether it is a major nonconformity (a requirement not met in a way that can affect product safety or the QMS as a whole), a minor nonconformity, or an observation.',
            'Report: within 10 working days the auditor reports the findings and conclusions to the people audited and to top management.',
          ]),
          `The manager of the area audited makes sure corrections and corrective actions are taken without undue delay; nonconformities lead to a CAPA, whose follow-up verifies the actions and reports the result. ${topManagement(f)} receives the audit results as a management review input.`,
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '8.2.4', '8.2.5'],
      draft: () =>
        paragraphs(
          'The internal audit list in Cairn holds each audit with its scope, auditor, date, findings (with their class and the CAPA opened for each nonconformity) and conclusion. Audit results, with the process indicators of the quality manual, show whether each process achieves its planned results; where one does not, correction and corrective action are taken (8.2.5).',
        ),
    },
  ],
};
