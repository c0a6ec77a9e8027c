import { bullets, companyName, hasMarket, managementRep, paragraphs, prrc, products, teamWithRole } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Document and record control (4.2.3–4.2.5): IDs, review and approval, versions, retention. */
export const SOP_DOCUMENTS: ProcedureDef = {
  key: 'SOP-DOC',
  kind: 'sop',
  title: 'Document and record control',
  purpose: (f) =>
    `How ${companyName(f)} identifies, reviews, approves, changes, distributes and retains the documents of its QMS and of each medical device file, and how it keeps records legible, retrievable and protected.`,
  sections: [
    {
      id: 'documents',
      heading: 'Controlled documents',
      clauses: ['4.2.1', '4.2.4'],
      draft: (f) =>
        paragraphs(
          'Every document the QMS or a device file needs is a controlled document: procedures, plans, specifications, reports and the quality manual. Each has a unique ID (for example SOP-CAPA, SRS), a title, a version number and a state: draft, in review, approved or obsolete.',
          `Documents are written and kept in Cairn. Review and approval: the author signs the draft as authored and sends it to the reviewers and approvers named for it; they check it for adequacy and sign electronically with their password (${teamWithRole(f, 'approver', managementRep(f))} approve${f.team.filter((m) => m.role === 'approver').length === 1 ? 's' : ''} procedures). A document takes effect when the last approver signs.`,
          'Changes are made as a new version: the author states what changed and why, and the new version goes through the same review and approval as the first (or through a function given the original approval authority and the background information it needs). Cairn keeps every earlier version readable, marks the replaced version obsolete, and shows when an approved document no longer matches the records it was made from.',
          'Documents of external origin (standards, regulations, supplier manuals) are listed with their edition in the regulatory requirements list; the person who uses one checks it is current before relying on it.',
        ),
    },
    {
      id: 'device-file',
      heading: 'Medical device file',
      clauses: ['4.2.3'],
      draft: (f) =>
        paragraphs(
          `For each product (${products(f)}) a medical device file holds or references: the description and intended purpose, labelling and instructions for use, the product specifications, the procedures for release, distribution and installation, the servicing procedures where they apply, and the records of design, risk management, verification and validation.`,
          hasMarket(f, 'eu')
            ? `For the EU the file is the technical documentation of MDR Annexes II and III. ${prrc(f)} makes sure it is complete and current before the declaration of conformity is signed.`
            : 'The file is kept complete and current and is exported as one signed technical file from Cairn when an authority or auditor asks for it.',
        ),
    },
    {
      id: 'records',
      heading: 'Control of records',
      clauses: ['4.2.5'],
      draft: (f) =>
        paragraphs(
          'Records show that requirements were met. They are made at the time of the activity, in Cairn or in the tool the procedure names, and they stay legible, identifiable and retrievable. A change to a record is itself recorded: Cairn’s audit trail keeps who changed what, when, and the values before and after, chained by hash so tampering shows.',
          `Retention: records and obsolete documents are kept for at least the lifetime of the device as defined by ${companyName(f)}, and never less than two years from release of the product${hasMarket(f, 'eu') ? '; for the EU, the technical documentation and declaration of conformity are kept for at least ten years after the last device has been placed on the market (MDR Article 10(8))' : ''}.`,
          'Confidential health information in records is protected under the data protection rules: access is limited to those who need it, and records are not sent outside the company unencrypted.',
          'Project files are backed up daily and the restore is tested at least once a year.',
        ),
    },
    {
      id: 'duties',
      heading: 'Responsibilities',
      clauses: ['4.2.4', '5.5.1'],
      draft: (f) =>
        bullets([
          'Author: writes or revises the document and states the reason for each change.',
          `Reviewers (${teamWithRole(f, 'reviewer', 'named per document')}): check that the content is correct, complete and consistent with the records it is made from.`,
          `Approvers (${teamWithRole(f, 'approver', 'named per document')}): confirm the document is adequate and fit for use, and sign it.`,
          `${managementRep(f)}: owns this procedure, keeps the list of controlled documents, and checks at every management review that procedures are current.`,
        ]),
    },
  ],
};
