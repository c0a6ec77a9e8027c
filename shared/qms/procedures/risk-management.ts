import { bullets, companyName, managementRep, paragraphs, products, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Risk management through the product lifecycle (ISO 14971, required by ISO 13485 7.1). */
export const SOP_RISK: ProcedureDef = {
  key: 'SOP-RISK',
  kind: 'sop',
  title: 'Risk management',
  purpose: (f) =>
    `How ${companyName(f)} identifies the hazards of ${products(f)}, estimates and evaluates the risks, controls them and monitors them throughout the product’s life, as ISO 14971:2019 describes and ISO 13485 requires for product realisation.`,
  sections: [
    {
      id: 'policy',
      heading: 'Risk policy and acceptability',
      clauses: ['5.1', '7.1'],
      draft: (f) =>
        paragraphs(
          `${topManagement(f)} sets the policy for deciding when a risk is acceptable, taking into account the state of the art, applicable standards and the benefits to patients. The policy is stated in each product’s risk management plan as a matrix of severity and probability with the acceptable region marked, and is reviewed at the management review.`,
          'Risks are reduced as far as possible without affecting the benefit-risk ratio: a risk in the acceptable region is still reduced where a practicable measure exists.',
        ),
    },
    {
      id: 'process',
      heading: 'Risk analysis, evaluation and control',
      clauses: ['7.1', '7.3.3'],
      draft: () =>
        paragraphs(
          bullets([
            'Plan: each product has a risk management plan with its scope, lifecycle phases, responsibilities, acceptability criteria and verification activities.',
            'Analyse: the team identifies hazards and the sequences of events that lead to hazardous situations and harm, including software failure, SOUP failure, foreseeable misuse and use errors from the usability engineering file. Software failure is taken as certain; only its consequences are estimated.',
            'Evaluate: each risk is estimated (severity, probability) and compared with the criteria.',
            'Control: measures are chosen in this order: inherent safety by design, protective measures, information for safety. Each measure implemented in software becomes a requirement and is traced to the risk; its implementation and effectiveness are verified.',
            'Overall residual risk: once all risks are controlled, the team evaluates the overall residual risk against the benefits and records the decision.',
          ]),
        ),
    },
    {
      id: 'review',
      heading: 'Risk management review and production and post-production',
      clauses: ['7.1', '8.2.1'],
      draft: (f) =>
        paragraphs(
          `Before each release, ${managementRep(f)} reviews that the plan has been carried out, the overall residual risk is acceptable and the methods to collect production and post-production information are in place. The review is recorded.`,
          'After release, information from complaints, feedback, post-market surveillance, problem reports and the state of the art is reviewed for its relevance to safety. New hazards, or risks no longer acceptable, lead to an update of the risk management file and, where needed, a change or a CAPA.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '7.3.10'],
      draft: () =>
        paragraphs(
          'The risk management file is kept in Cairn: the plan, the hazards, hazardous situations and harms, risk estimates before and after control, risk controls linked to requirements and their verification, the software safety classification, and the risk management reviews. It is part of the design and development file.',
        ),
    },
  ],
};
