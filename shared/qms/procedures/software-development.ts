import { companyName, managementRep, paragraphs, products, prrc, teamWithRole } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Integrated software development: design control (7.3) carried out through IEC 62304, ISO 14971 and IEC 62366-1. */
export const SOP_DEVELOPMENT: ProcedureDef = {
  key: 'SOP-DEV',
  kind: 'sop',
  title: 'Integrated software development',
  purpose: (f) =>
    `How ${companyName(f)} plans, specifies, designs, implements, verifies, validates and transfers its medical device software (${products(f)}), meeting ISO 13485 design and development controls through IEC 62304, with risk management (ISO 14971) and usability engineering (IEC 62366-1) built in.`,
  sections: [
    {
      id: 'planning',
      heading: 'Planning',
      clauses: ['7.1', '7.3.1', '7.3.2'],
      draft: () =>
        paragraphs(
          'Each product has a software development plan (SDP), made from the project’s records in Cairn. It states the lifecycle model, the deliverables and their reviews, the software safety class and which IEC 62304 activities follow from it, the verification and validation activities, the responsibilities and the traceability between requirements, risk controls and tests. The plan is kept current as development proceeds; each change is a new approved version.',
        ),
    },
    {
      id: 'inputs',
      heading: 'Requirements (design inputs)',
      clauses: ['7.2.1', '7.2.2', '7.3.3'],
      draft: () =>
        paragraphs(
          'Requirements are recorded in Cairn with an ID, a source and a rationale. They cover the intended purpose and use, performance and safety, usability (from the usability engineering file), risk controls (from the risk management file), interfaces, data protection and security, and the applicable regulatory requirements and standards.',
          'Inputs are reviewed for completeness, clarity and testability and for conflicts between them before design starts; the review is recorded with its reviewer. Requirements for a customer contract or tender are reviewed before the company commits to them, including that it can meet them.',
        ),
    },
    {
      id: 'outputs',
      heading: 'Design outputs, reviews and verification',
      clauses: ['7.3.4', '7.3.5', '7.3.6', '8.2.6'],
      draft: (f) =>
        paragraphs(
          'Outputs are the architecture, the detailed design where the class requires it, the source code, the SOUP list and the build and release configuration. They are traceable to the inputs and give what release and use need to know, including the characteristics essential for safe use.',
          `Design reviews are held at the milestones of the SDP with the people the stage concerns and at least one person not responsible for the stage reviewed (${teamWithRole(f, 'reviewer', 'a reviewer named in the plan')}). They are recorded with the design reviewed, the participants, the date and the actions.`,
          'Verification: unit, integration and system tests with acceptance criteria set before they run. Results are recorded with the version tested, the tester, the date and the outcome; failures become problem reports. A release is accepted only when all planned verification has passed or each open item is justified (monitoring and measurement of product).',
        ),
    },
    {
      id: 'validation',
      heading: 'Validation and transfer',
      clauses: ['7.3.7', '7.3.8'],
      draft: (f) =>
        paragraphs(
          'Validation shows that the product meets the needs of its users for its intended purpose. It is done on the release candidate (or an equivalent build, with the equivalence argued) under realistic conditions: the summative usability evaluation, clinical evaluation, and any studies the clinical evaluation plan calls for. Validation is completed before the product is released for use.',
          `Transfer: the release record states that the build was made reproducibly from a tagged version, that it is what was verified and validated, and that deployment can deliver it unchanged. ${prrc(f)} confirms conformity before the first release and before each release that changes the declaration of conformity.`,
        ),
    },
    {
      id: 'files',
      heading: 'Design and development file',
      clauses: ['7.3.10', '4.2.5'],
      draft: (f) =>
        paragraphs(
          `The design and development file is the project file in Cairn plus the version control repository: plans, requirements, architecture, SOUP, risk management, reviews, test records, releases and the change history. It shows conformity to the requirements of this procedure and to the design changes made. ${managementRep(f)} checks it is complete at each release.`,
        ),
    },
  ],
};
