import { bullets, companyName, hasMarket, paragraphs, prrc, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

function deadlines(f: Parameters<typeof prrc>[0]): string {
  const items: string[] = [];
  if (hasMarket(f, 'eu')) {
    items.push(
      'EU (MDR Article 87): a serious incident is reported to the competent authority immediately once a causal relationship is established or reasonably possible, and no later than 15 days after awareness; a serious public health threat no later than 2 days; a death or unanticipated serious deterioration in health no later than 10 days. Field safety corrective actions are reported before they are taken, except in urgent cases, and trends under Article 88.',
    );
  }
  if (hasMarket(f, 'us')) {
    items.push(
      'US (21 CFR 803): a death or serious injury that the device may have caused or contributed to, or a malfunction that would be likely to cause one if it recurred, is reported to FDA within 30 calendar days; within 5 working days where remedial action is needed to prevent an unreasonable risk of substantial harm. Corrections and removals follow 21 CFR 806.',
    );
  }
  if (hasMarket(f, 'uk')) items.push('UK: serious incidents are reported to the MHRA within the timelines of its vigilance guidance.');
  if (hasMarket(f, 'ch')) items.push('Switzerland: serious incidents are reported to Swissmedic within the MedDO timelines.');
  if (hasMarket(f, 'ca')) items.push('Canada: mandatory problem reports go to Health Canada within 10 days (death or serious deterioration) or 30 days (could lead to one).');
  return items.length ? bullets(items) : 'The reporting deadlines are added here for each market once the markets are chosen in the company profile.';
}

/** Reporting to regulatory authorities (8.2.3), advisory notices and field actions (8.3). */
export const SOP_VIGILANCE: ProcedureDef = {
  key: 'SOP-VIG',
  kind: 'sop',
  title: 'Vigilance and reporting to authorities',
  purpose: (f) =>
    `How ${companyName(f)} decides whether an incident must be reported to an authority, reports it in time, and issues advisory notices and field safety corrective actions.`,
  sections: [
    {
      id: 'assessment',
      heading: 'Assessing an incident',
      clauses: ['8.2.3'],
      draft: (f) =>
        paragraphs(
          `Every complaint, problem report or piece of post-market information that suggests the device may have caused or contributed to harm is passed to ${prrc(f)} the day it is known. They decide, and record why, whether it is a serious incident or otherwise reportable in each market the device is sold in. When in doubt, the incident is reported.`,
        ),
    },
    {
      id: 'deadlines',
      heading: 'Reporting deadlines',
      clauses: ['8.2.3', '7.2.3'],
      draft: (f) =>
        paragraphs(
          'The clock starts on the day anyone in the company becomes aware of the event.',
          deadlines(f),
          'Reports use the authority’s current form. Follow-up and final reports are sent as the investigation proceeds.',
        ),
    },
    {
      id: 'field-actions',
      heading: 'Advisory notices and field safety corrective actions',
      clauses: ['8.3', '7.2.3'],
      draft: (f) =>
        paragraphs(
          `When software already in use must be corrected, withdrawn, or used differently to stay safe, ${topManagement(f)} and ${prrc(f)} decide on a field safety corrective action and issue an advisory notice (field safety notice) to the affected users and customers. Because the product is software, the action is usually a corrected release, a forced update or a server-side change; the notice says what the risk is, what users must do, and by when. The action and its effectiveness (how many users received and acted on it) are recorded, and the authority is informed as required.`,
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '8.2.3'],
      draft: () =>
        paragraphs(
          'Every reportability decision (including decisions not to report), every report sent, every advisory notice and the evidence of its effectiveness are kept with the complaint or problem report they arose from.',
        ),
    },
  ],
};
