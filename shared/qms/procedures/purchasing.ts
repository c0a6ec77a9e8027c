import { lines } from '../company';
import { bullets, companyName, managementRep, paragraphs, words } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Purchasing and supplier evaluation (7.4), including outsourced processes (4.1.5). */
export const SOP_PURCHASING: ProcedureDef = {
  key: 'SOP-PUR',
  kind: 'sop',
  title: 'Purchasing and supplier evaluation',
  purpose: (f) =>
    `How ${companyName(f)} evaluates, selects and monitors the suppliers of products and services that can affect its product, and makes sure what it buys meets the specified requirements.`,
  sections: [
    {
      id: 'criticality',
      heading: 'Supplier criticality and qualification',
      clauses: ['7.4.1', '4.1'],
      draft: (f) => {
        const critical = lines(f.company.criticalSuppliers);
        return paragraphs(
          'Each supplier is given a criticality by the effect of what it supplies on the product’s safety, performance and regulatory compliance:',
          bullets([
            'Critical: failure could affect patient safety or the conformity of the product (cloud hosting of the medical device, outsourced development, the notified body’s services).',
            'Major: affects QMS processes or product quality indirectly (issue tracking, CI service).',
            'Minor: no effect on product or QMS (office supplies).',
          ]),
          'Critical and major suppliers are evaluated before the first purchase on their ability to supply to our requirements (certifications such as ISO 13485 or ISO 27001, a questionnaire or an audit, references), and the evaluation is recorded. Critical suppliers sign a quality agreement that names what they must tell us (changes, incidents, data breaches).',
          critical.length ? `Critical suppliers at present: ${words(critical)}.` : '',
        );
      },
    },
    {
      id: 'purchasing-information',
      heading: 'Purchasing information',
      clauses: ['7.4.2'],
      draft: () =>
        paragraphs(
          'Orders and contracts for critical and major supplies state what is purchased (specification, version or service level), the supplier’s quality and regulatory obligations, and the duty to notify us before changing the product or service. SOUP components are specified by name and exact version in the SOUP list.',
        ),
    },
    {
      id: 'verification',
      heading: 'Verification and monitoring',
      clauses: ['7.4.3', '7.4.1'],
      draft: (f) =>
        paragraphs(
          'Purchased products and services are verified in proportion to their risk before use: for software components, by the SOUP evaluation and the tests of the integrated product; for services, by checking the service meets the agreed level.',
          `${managementRep(f)} re-evaluates critical suppliers every year and major ones every two years, using their performance (incidents, delays, nonconformities). A supplier that fails to meet requirements is handled in proportion to the risk: a corrective action request, closer monitoring, or disqualification.`,
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '7.4.1'],
      draft: () =>
        paragraphs(
          'The supplier list in Cairn holds each supplier with what it supplies, its criticality, its qualification status, the evaluation and the date of the next re-evaluation.',
        ),
    },
  ],
};
