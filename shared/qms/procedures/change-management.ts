import { bullets, companyName, hasMarket, paragraphs, prrc } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Control of design and development changes (7.3.9) and of changes to the QMS (4.1.4). */
export const SOP_CHANGES: ProcedureDef = {
  key: 'SOP-CHG',
  kind: 'sop',
  title: 'Change management',
  purpose: (f) =>
    `How ${companyName(f)} evaluates, approves, implements and verifies changes to its released products and to its QMS, and decides whether a change must be notified to a notified body or authority.`,
  sections: [
    {
      id: 'request',
      heading: 'Change requests',
      clauses: ['7.3.9'],
      draft: () =>
        paragraphs(
          'Every change to a product under configuration control starts as a change request (CR-n) stating what is to change, why, and which problem reports it resolves. Before it is approved the team assesses:',
          bullets([
            'its significance to the function, performance, usability, safety and regulatory status of the product',
            'its effect on parts, products in process and products already delivered',
            'its effect on the risk management file: new hazards or changed risks',
            'which documents, requirements, tests and SOUP items it touches, and the verification it needs',
          ]),
        ),
    },
    {
      id: 'significance',
      heading: 'Regulatory significance',
      clauses: ['7.3.9', '7.2.3'],
      draft: (f) =>
        paragraphs(
          `${prrc(f)} decides whether the change is significant for the product’s conformity assessment and records the reasoning.`,
          hasMarket(f, 'eu')
            ? 'EU: a change to the design or intended purpose that could affect conformity with the general safety and performance requirements, or the conditions of use, is reported to the notified body before it is implemented, using the notified body’s change notification process.'
            : '',
          hasMarket(f, 'us')
            ? 'US: the team follows FDA’s guidance on deciding when to submit a 510(k) for a software change to an existing device and records the decision path.'
            : '',
        ),
    },
    {
      id: 'implement',
      heading: 'Approval, implementation and verification',
      clauses: ['7.3.9', '7.3.6'],
      draft: () =>
        paragraphs(
          'An approved change is implemented on its own branch, reviewed, and verified (and validated where it affects user needs) before it is merged and released. Cairn marks trace links suspect when a linked record changes, and the team re-confirms or updates them. Documents whose records changed are revised and re-approved.',
        ),
    },
    {
      id: 'qms-changes',
      heading: 'Changes to the QMS',
      clauses: ['4.1', '5.4.2'],
      draft: () =>
        paragraphs(
          'A change to a QMS process, an outsourced process or a QMS software tool is evaluated for its effect on the QMS and on the products, approved by the management representative, and implemented as a new version of the procedures concerned. Staff are retrained before the change takes effect.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '7.3.9'],
      draft: () =>
        paragraphs(
          'Change requests with their assessment, approval, implementation, verification and regulatory decision are kept in Cairn and linked to the problem reports, requirements and releases they concern.',
        ),
    },
  ],
};
