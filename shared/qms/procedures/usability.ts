import { bullets, companyName, paragraphs, products } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Usability engineering (IEC 62366-1) as part of design inputs (7.3.3) and validation (7.3.7). */
export const SOP_USABILITY: ProcedureDef = {
  key: 'SOP-USE',
  kind: 'sop',
  title: 'Usability engineering',
  purpose: (f) => `How ${companyName(f)} makes ${products(f)} safe to use for its intended users in its use environments, following IEC 62366-1.`,
  sections: [
    {
      id: 'specification',
      heading: 'Use specification and user interface requirements',
      clauses: ['7.3.3'],
      draft: () =>
        paragraphs(
          'For each product the team writes the use specification: intended medical indication, patient population, intended users with their knowledge and abilities, use environments and operating principle. From it and from research with users, the team identifies the user-interface characteristics related to safety and the foreseeable use errors, and the hazard-related use scenarios that feed risk management. Requirements for the user interface, including the ones that control use-related risks, are recorded as design inputs.',
        ),
    },
    {
      id: 'evaluation',
      heading: 'Formative and summative evaluation',
      clauses: ['7.3.7', '7.3.6'],
      draft: () =>
        paragraphs(
          bullets([
            'Formative evaluations (walkthroughs, prototype tests with representative users) are run while the design develops, and their findings are recorded and acted on.',
            'The summative evaluation tests the final user interface with representative users performing the hazard-related use scenarios, with acceptance criteria set in advance. It is part of design validation.',
            'Residual use-related risk is evaluated in the risk management file.',
          ]),
        ),
    },
    {
      id: 'records',
      heading: 'Usability engineering file',
      clauses: ['4.2.5', '7.3.10'],
      draft: () =>
        paragraphs(
          'The use specification, user interface specification, evaluation plans, results and the summative report form the usability engineering file, which is part of the design and development file.',
        ),
    },
  ],
};
