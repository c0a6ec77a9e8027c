import { bullets, companyName, hasMarket, paragraphs, products, prrc, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

function marketSteps(f: Parameters<typeof prrc>[0]): string[] {
  const steps: string[] = [];
  if (hasMarket(f, 'eu'))
    steps.push(
      'EU: classification under MDR Annex VIII, conformity assessment with a notified body where the class requires it, EU declaration of conformity (Annex IV), CE marking, Basic UDI-DI and UDI-DI assigned and registered in EUDAMED with the actor registration (SRN).',
    );
  if (hasMarket(f, 'us'))
    steps.push(
      'US: establishment registration and device listing with FDA, the premarket pathway that applies (510(k), De Novo or exemption), unique device identifiers in the GUDID.',
    );
  if (hasMarket(f, 'uk'))
    steps.push('UK: UKCA or CE marking as currently accepted, and registration with the MHRA through a UK responsible person where the company is outside the UK.');
  if (hasMarket(f, 'ch')) steps.push('Switzerland: a Swiss authorised representative and registration with Swissmedic.');
  if (hasMarket(f, 'ca')) steps.push('Canada: a medical device licence for class II and above, and an MDSAP certificate for the QMS.');
  return steps;
}

/** Product certification and registration (7.2.1, 7.2.3, 7.5.8, 7.5.9) and the regulatory requirements list. */
export const SOP_REGISTRATION: ProcedureDef = {
  key: 'SOP-REG',
  kind: 'sop',
  title: 'Product certification and registration',
  purpose: (f) =>
    `How ${companyName(f)} identifies the regulatory requirements for ${products(f)} in each market, obtains the certificates and registrations it needs, identifies each product and release, and keeps all of it current.`,
  sections: [
    {
      id: 'requirements',
      heading: 'Regulatory requirements list',
      clauses: ['7.2.1', '4.1', '5.2'],
      draft: (f) =>
        paragraphs(
          `${prrc(f)} keeps a list of the regulations, standards and guidance that apply to each product, with their edition. It is checked at least every quarter for new and revised requirements (official journals, authority and notified-body newsletters); each change is assessed and, where it affects the products or the QMS, turned into a change request or a management review input.`,
        ),
    },
    {
      id: 'certification',
      heading: 'Certification and registration per market',
      clauses: ['7.2.3', '4.2.3'],
      draft: (f) => {
        const steps = marketSteps(f);
        return paragraphs(
          steps.length ? bullets(steps) : 'The steps for each market are added here once the markets are chosen in the company profile.',
          `${topManagement(f)} signs the declarations of conformity. Certificates, registrations and their expiry dates are tracked, and renewals start at least six months before expiry. Communication with authorities and notified bodies goes through ${prrc(f)}.`,
        );
      },
    },
    {
      id: 'identification',
      heading: 'Identification and traceability',
      clauses: ['7.5.8', '7.5.9'],
      draft: (f) =>
        paragraphs(
          'Each product is identified by its name and a semantic version (MAJOR.MINOR.PATCH) shown in the app’s about screen and on its label, with its UDI where the market requires one.',
          hasMarket(f, 'eu')
            ? 'For software under the MDR (Annex VI, Part C, 6.5): a change to the original performance, safety, intended use or the interpretation of data needs a new UDI-DI; a minor revision (a bug fix, a security patch, a usability improvement without a safety purpose) needs only a new UDI-PI, the version.'
            : '',
          'Traceability: each release is traceable to the tagged source, the SOUP versions and the verification records it was built from, and distribution records (app-store releases, deployment logs, customer installations) show which customers received which version, so that affected users can be found for a field action.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5'],
      draft: () =>
        paragraphs(
          'The regulatory requirements list, certificates, declarations of conformity, registrations, UDI assignments and distribution records are kept in the medical device file.',
        ),
    },
  ],
};
