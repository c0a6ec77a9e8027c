import { bullets, companyName, managementRep, paragraphs, topManagement } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Competence, training and awareness (6.2). */
export const SOP_TRAINING: ProcedureDef = {
  key: 'SOP-TRN',
  kind: 'sop',
  title: 'Competence and training',
  purpose: (f) => `How ${companyName(f)} decides what competence each role needs, trains people to it, checks the training worked and keeps the records.`,
  sections: [
    {
      id: 'competence',
      heading: 'Competence per role',
      clauses: ['6.2', '6.1'],
      draft: (f) =>
        paragraphs(
          `${managementRep(f)} keeps a competence matrix: for each role, the education, training, skills and experience it needs (for example IEC 62304 and secure coding for developers, ISO 14971 for risk management, auditor training for internal auditors). A new person’s competence is compared with it when they join, and the gaps are planned as training.`,
        ),
    },
    {
      id: 'training',
      heading: 'Training and awareness',
      clauses: ['6.2'],
      draft: (f) =>
        paragraphs(
          bullets([
            'Induction: every new member of staff reads the quality manual, the quality policy and the procedures of their role before working under them.',
            'Procedure changes: when a new version of a procedure is approved, Cairn lists everyone who must be trained on it; they read it (or are briefed by its author) and confirm with their electronic signature before working under the new version.',
            'External training: courses and conferences are recorded with their certificate.',
          ]),
          `Training also makes people aware of the relevance of their work, of how it contributes to the quality objectives, and of the consequences of not following the procedures for patients. ${topManagement(f)} makes the time for it.`,
        ),
    },
    {
      id: 'effectiveness',
      heading: 'Effectiveness',
      clauses: ['6.2'],
      draft: () =>
        paragraphs(
          'The effectiveness of training is checked in proportion to the risk of the work: for reading a changed procedure, by the signed confirmation and by audit samples of the work done under it; for new skills, by a supervised first task or a short test. Where training did not work, it is repeated or another action is taken.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '6.2'],
      draft: () =>
        paragraphs(
          'The training list in Cairn holds who was trained on which procedure and version, when, how and who confirmed it. CVs, certificates and the competence matrix are kept with the personnel records.',
        ),
    },
  ],
};
