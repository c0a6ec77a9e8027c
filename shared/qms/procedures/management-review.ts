import { bullets, companyName, managementRep, paragraphs, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Management review (5.6) with the analysis of data it rests on (8.4). */
export const SOP_MANAGEMENT_REVIEW: ProcedureDef = {
  key: 'SOP-MR',
  kind: 'sop',
  title: 'Management review',
  purpose: (f) =>
    `How the top management of ${companyName(f)} reviews the QMS at planned intervals to make sure it remains suitable, adequate and effective, and decides what to improve.`,
  sections: [
    {
      id: 'schedule',
      heading: 'When and who',
      clauses: ['5.6.1', '5.1'],
      draft: (f) =>
        paragraphs(
          `${topManagement(f)} holds a management review at least once every 12 months, and additionally after a serious incident, a field safety corrective action, a major audit nonconformity or a significant change to the company or its regulations. ${managementRep(f)} prepares it and the people who own QMS processes attend.`,
          'The review also assesses opportunities to improve and the need to change the QMS, including the quality policy and quality objectives.',
        ),
    },
    {
      id: 'data',
      heading: 'Analysis of data',
      clauses: ['8.4'],
      draft: () =>
        paragraphs(
          'Before each review the process owners collect and analyse the data the QMS produces, using simple statistics (counts, trends over the period, time to close) and comparing against the objectives:',
          bullets([
            'feedback and complaints',
            'conformity to product requirements (releases, escaped defects, problem reports)',
            'trends in processes and product, including opportunities for preventive action',
            'suppliers',
            'audits',
            'service and post-market reports where they apply',
          ]),
          'Where the analysis shows the QMS is not suitable, adequate or effective, it is an input to improvement (8.5).',
        ),
    },
    {
      id: 'inputs',
      heading: 'Review input',
      clauses: ['5.6.2'],
      draft: () =>
        paragraphs(
          'The review covers at least:',
          bullets([
            'feedback and complaint handling',
            'reporting to regulatory authorities',
            'internal and external audits',
            'monitoring and measurement of processes and of product',
            'corrective and preventive actions',
            'follow-up actions from previous management reviews',
            'changes that could affect the QMS',
            'recommendations for improvement',
            'applicable new or revised regulatory requirements',
          ]),
        ),
    },
    {
      id: 'outputs',
      heading: 'Review output and records',
      clauses: ['5.6.3', '4.2.5'],
      draft: (f) =>
        paragraphs(
          'The minutes record the inputs reviewed and the decisions and actions on: improvements needed to keep the QMS and its processes suitable, adequate and effective; improvement of product related to customer requirements; changes needed to respond to new or revised regulatory requirements; and resources needed. Each action has an owner and a date.',
          `The management review list in Cairn holds each review with its date, attendees, inputs, decisions and actions; ${managementRep(f)} follows the actions up and reports on them at the next review.`,
        ),
    },
  ],
};
