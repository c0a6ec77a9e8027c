import { bullets, companyName, managementRep, paragraphs, prrc } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Software problem resolution (IEC 62304 clause 9) as ISO 13485's control of nonconforming product (8.3). */
export const SOP_PROBLEMS: ProcedureDef = {
  key: 'SOP-PRB',
  kind: 'sop',
  title: 'Software problem resolution',
  purpose: (f) =>
    `How ${companyName(f)} records, investigates and resolves problems in its released and unreleased software and deliverables, so that nonconforming software is not released or used, and problems already in the field are dealt with in proportion to their risk.`,
  sections: [
    {
      id: 'report',
      heading: 'Problem reports',
      clauses: ['8.3'],
      draft: () =>
        paragraphs(
          'Anyone who finds a problem in software under configuration control, in its documentation or in a SOUP item records a problem report (PR-n) with: what was observed, the version, how to reproduce it, and its criticality:',
          bullets([
            'High: could contribute to a hazardous situation or breach of health data.',
            'Medium: a requirement is not met, without effect on safety.',
            'Low: cosmetic or an inconvenience.',
          ]),
        ),
    },
    {
      id: 'investigation',
      heading: 'Investigation and decision',
      clauses: ['8.3', '8.5.2'],
      draft: (f) =>
        paragraphs(
          'The report is investigated to find the cause and, through risk management, whether the problem is relevant to safety. The outcome is recorded: a change request to fix it, or a justified decision not to act (a deviation), approved by someone with the authority to do so.',
          `Nonconforming software is identified in the release record and not released until fixed or accepted under a documented concession whose justification shows the regulatory requirements are still met; ${prrc(f)} approves every concession. Where the cause lies in a process, a CAPA is opened.`,
          `Problems found after delivery are assessed for their effect on software already in use: ${managementRep(f)} decides with the vigilance procedure whether users must be told, whether an advisory notice or field safety corrective action is needed, and whether an authority must be informed.`,
        ),
    },
    {
      id: 'fix',
      heading: 'Fixing and verifying',
      clauses: ['8.3', '7.3.9'],
      draft: () =>
        paragraphs(
          'Fixes go through change management. The fix is verified, regression tests show it introduced no new problem, and the report is closed only when the fix is in a released version. Reworked software is re-verified like any other change, with the rework’s possible adverse effects considered.',
          'Open problem reports are reviewed before each release and their trends analysed at least once a year.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '8.3'],
      draft: () =>
        paragraphs(
          'Problem reports, their investigation, decision, concession (if any) and the verification of the fix are kept in Cairn and linked to the change requests and releases concerned.',
        ),
    },
  ],
};
