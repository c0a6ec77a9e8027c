import { bullets, companyName, managementRep, paragraphs, prrc } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Feedback and complaint handling (8.2.1, 8.2.2) and communication with customers (7.2.3). */
export const SOP_FEEDBACK: ProcedureDef = {
  key: 'SOP-FBK',
  kind: 'sop',
  title: 'Feedback and complaint handling',
  purpose: (f) => `How ${companyName(f)} collects feedback from users and customers, and receives, records, investigates and closes complaints in a timely way.`,
  sections: [
    {
      id: 'channels',
      heading: 'Feedback and communication channels',
      clauses: ['8.2.1', '7.2.3', '5.2'],
      draft: () =>
        paragraphs(
          'Users reach us through the support e-mail address and the contact form named in the instructions for use, through app-store reviews and through the customer’s account contact. We use these channels to give product information, handle enquiries and orders, and send advisory notices. Feedback is gathered actively too: support tickets, app-store reviews and customer meetings are reviewed every month as an early warning of quality problems and as input to risk management and post-market surveillance.',
        ),
    },
    {
      id: 'complaints',
      heading: 'Complaint handling',
      clauses: ['8.2.2'],
      draft: (f) =>
        paragraphs(
          'A complaint is any communication that alleges a deficiency in the identity, quality, durability, reliability, usability, safety or performance of the device after release. Every complaint is:',
          bullets([
            'recorded on the day it arrives, with the reporter, the product and version and what happened; acknowledged within 2 working days',
            `assessed at once for whether it could be a reportable incident; if so, ${prrc(f)} is informed the same day and the vigilance procedure starts`,
            'investigated, unless the decision not to investigate is justified and recorded',
            'answered: correction and corrective action are decided, problem reports or CAPAs are opened where the product or a process is at fault',
            'closed when the reporter has been answered and the actions are tracked elsewhere',
          ]),
          `${managementRep(f)} reviews open complaints every week. Where a complaint involves another party (a supplier, a distributor), the relevant information is exchanged with them.`,
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '8.2.2'],
      draft: () =>
        paragraphs(
          'Complaint records hold the receipt, the assessment for reportability, the investigation or the reason for not investigating, the actions and the answer. Complaint and feedback trends are an input to post-market surveillance and to the management review.',
        ),
    },
  ],
};
