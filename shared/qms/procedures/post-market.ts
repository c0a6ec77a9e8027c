import { bullets, companyName, hasMarket, managementRep, paragraphs, products, prrc } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Post-market surveillance (8.2.1, with the analysis of data of 8.4). */
export const SOP_POST_MARKET: ProcedureDef = {
  key: 'SOP-PMS',
  kind: 'sop',
  title: 'Post-market surveillance',
  purpose: (f) =>
    `How ${companyName(f)} actively and systematically gathers and analyses experience with ${products(f)} once on the market, to keep the benefit-risk assessment current and act when it changes.`,
  sections: [
    {
      id: 'plan',
      heading: 'Post-market surveillance plan',
      clauses: ['8.2.1'],
      draft: (f) =>
        paragraphs(
          `Each product has a post-market surveillance plan, written by ${managementRep(f)} before first release, that says which data are collected, how often, by whom and with what methods and thresholds. Sources:`,
          bullets([
            'complaints, support tickets and app-store reviews',
            'usage and error telemetry where users have agreed to it',
            'problem reports and their trends',
            'incidents with the same or similar devices in public databases and literature',
            'changes in the state of the art and in standards',
          ]),
        ),
    },
    {
      id: 'analysis',
      heading: 'Analysis and action',
      clauses: ['8.4', '8.2.1'],
      draft: () =>
        paragraphs(
          'Data are analysed at the interval the plan sets (at least every quarter) for trends in frequency or severity of incidents and side effects. The findings feed risk management, clinical evaluation, usability engineering and the management review. When they show a need, the team opens a CAPA, a change request or a field action under the vigilance procedure.',
        ),
    },
    {
      id: 'reports',
      heading: 'Reports',
      clauses: ['8.2.1', '4.2.3'],
      draft: (f) =>
        paragraphs(
          hasMarket(f, 'eu')
            ? `EU: a class I device has a post-market surveillance report (MDR Article 85), updated when necessary; a class IIa, IIb or III device has a periodic safety update report (Article 86), updated at least every two years for class IIa and at least every year for higher classes. ${prrc(f)} makes sure the reports are current and, where required, submitted.`
            : 'The results of post-market surveillance are summarised in a yearly report kept in the medical device file.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5'],
      draft: () => paragraphs('The plan, the data collected, each analysis with its conclusion, and the reports are kept in the medical device file.'),
    },
  ],
};
