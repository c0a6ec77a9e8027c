import { bullets, companyName, managementRep, paragraphs, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Corrective and preventive action (8.5.2, 8.5.3). */
export const SOP_CAPA: ProcedureDef = {
  key: 'SOP-CAPA',
  kind: 'sop',
  title: 'Corrective and preventive action (CAPA)',
  purpose: (f) =>
    `How ${companyName(f)} finds the causes of nonconformities that have happened (corrective action) or could happen (preventive action), acts on them in proportion to their risk, and checks that the actions worked.`,
  sections: [
    {
      id: 'sources',
      heading: 'When a CAPA is opened',
      clauses: ['8.5.1', '8.4'],
      draft: () =>
        paragraphs(
          'A CAPA is opened when a problem could recur or spread and fixing the single case (a correction) is not enough. Sources:',
          bullets([
            'complaints and trends in feedback or post-market data',
            'internal and external audit findings',
            'software problem reports whose cause lies in the way we work, not only in the code',
            'nonconforming product, returned releases or field safety corrective actions',
            'management review outputs and missed quality objectives',
            'supplier failures',
          ]),
          'Whoever sees the need may propose a CAPA; the management representative decides whether to open one within 5 working days and records a reason when not.',
        ),
    },
    {
      id: 'corrective',
      heading: 'Corrective action',
      clauses: ['8.5.2'],
      draft: (f) =>
        paragraphs(
          'Each CAPA is recorded with a number (CAPA-n) and an owner, and goes through these steps:',
          bullets([
            'Describe the nonconformity and its extent, with the evidence.',
            'Assess its risk to patients, users and regulatory compliance. The depth of the investigation and the urgency follow from it; a CAPA with safety impact is raised with top management the same day.',
            'Find the root cause (for example with five whys or a cause-and-effect diagram) and record how it was found.',
            'Plan actions that remove the cause, with owners and due dates. Check that the actions do not harm the device’s ability to meet its requirements or the regulations.',
            'Carry out the actions; update documents, code, training and risk management as needed.',
            'Verify effectiveness: the CAPA owner sets, before the actions start, the criterion that will show the problem is gone, and checks it afterwards. A CAPA is closed only when the check passes.',
          ]),
          `Actions are taken without undue delay. ${managementRep(f)} reviews open CAPAs every month and escalates overdue ones to ${topManagement(f)}.`,
        ),
    },
    {
      id: 'preventive',
      heading: 'Preventive action',
      clauses: ['8.5.3'],
      draft: () =>
        paragraphs(
          'Preventive actions follow the same steps for a potential nonconformity: trends that have not yet crossed a limit, near misses, weaknesses found in a process before they caused a problem, and lessons from other products or companies. The record states the potential nonconformity, its cause, the action taken and how its effectiveness was checked.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '8.5.2', '8.5.3'],
      draft: () =>
        paragraphs(
          'The CAPA list in Cairn holds, for each CAPA: its source, description, risk assessment, root cause, actions with owners and dates, the effectiveness criterion and result, and its state (open, actions in progress, effectiveness check, closed). Investigations and evidence are attached by reference. CAPA status and trends are an input to every management review.',
        ),
    },
  ],
};
