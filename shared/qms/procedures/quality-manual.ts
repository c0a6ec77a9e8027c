import { MARKET_LABELS } from '../../regulatory/markets';
import { lines } from '../company';
import { applies, bullets, companyName, isSmall, managementRep, paragraphs, prrc, products, topManagement, words, type QmsFacts } from '../facts';
import type { ProcedureDef } from '../procedure-types';

function scopeText(f: QmsFacts): string {
  const sites = lines(f.company.sites);
  const markets = f.company.markets.map((m) => MARKET_LABELS[m]);
  return paragraphs(
    `${companyName(f)}${f.company.address.trim() ? `, ${f.company.address.trim().replace(/\n/g, ', ')}` : ''}, designs, develops, releases and monitors ${products(f)}. This manual describes the quality management system (QMS) with which it does so, and how that system meets ISO 13485:2016 and the regulations of the markets it supplies.`,
    `Scope of the QMS: design and development, release and distribution, post-market surveillance and maintenance of medical device software. ${sites.length ? `It covers ${sites.length === 1 ? 'the site' : 'the sites'} ${words(sites)}.` : 'The sites are listed in the company profile.'}`,
    markets.length
      ? `Markets: ${words(markets)}. The regulatory requirements of each are listed and kept current under the product certification and registration procedure.`
      : 'Markets: not yet decided; the regulatory requirements are listed once they are.',
    f.outOfScope.length
      ? `Some requirements of ISO 13485 do not apply to what ${companyName(f)} does. Each one, with its justification, is listed in the table "Clauses not applied" of this manual (4.2.2).`
      : 'Every requirement of ISO 13485:2016 applies; none is excluded or declared not applicable.',
  );
}

function policyText(f: QmsFacts): string {
  return paragraphs(
    `${companyName(f)} makes software that patients and clinicians rely on. Our quality policy:`,
    bullets([
      'We put the safety of patients and users first: a known risk is controlled before a release, never after it.',
      'We meet the requirements of our customers and of the regulations of every market we supply, and we keep track of them as they change.',
      'We keep the QMS simple enough that everyone follows it, and we improve it when audits, complaints, data or our own people show it falls short.',
      'We decide on evidence: every requirement is verified, every decision that matters is recorded and signed.',
    ]),
    `${topManagement(f)} issues this policy, makes sure every member of staff has read it as part of their induction, and reviews it for continuing suitability at every management review (5.3, 5.1).`,
  );
}

function objectivesText(f: QmsFacts): string {
  return paragraphs(
    'Quality objectives are set for the year at the management review and are measurable. Starting objectives:',
    bullets([
      'No release ships with an open problem report of high criticality.',
      'Every complaint is acknowledged within 2 working days and assessed for reportability within 5.',
      'Every CAPA has its effectiveness checked within 90 days of its actions being completed.',
      'Every member of staff is trained on the current version of each procedure they use before they work under it.',
      'The internal audit programme covers every process of the QMS at least once a year.',
    ]),
    `Planning the QMS (5.4.2): ${managementRep(f)} plans changes to the QMS so it stays whole while they are made. A change to a procedure is drafted, reviewed and approved like any controlled document, and staff are retrained before it takes effect.`,
  );
}

function processText(f: QmsFacts): string {
  const outsourced = lines(f.company.outsourcedProcesses);
  return paragraphs(
    'The QMS is organised in processes. Each is described by one procedure of the procedure set (listed in this manual) and leaves the records that procedure names:',
    bullets([
      'Management processes: management review, internal audit, CAPA, document and record control.',
      'Product realisation: integrated software development (with risk management and usability engineering), change management, deployment, product certification and registration.',
      'Post-market processes: feedback and complaints, vigilance, post-market surveillance, software problem resolution.',
      'Support processes: competence and training, purchasing and supplier evaluation, validation of QMS software.',
    ]),
    'Processes are run with a risk-based approach: the effort spent on controls (supplier checks, software validation, reviews) follows the risk the activity poses to product safety and performance (4.1.2).',
    outsourced.length
      ? `Outsourced processes (4.1.5), controlled through written quality agreements and the purchasing procedure: ${words(outsourced)}. ${companyName(f)} stays responsible for their conformity.`
      : 'No process is outsourced at present. Should one be, it is controlled through a written quality agreement and the purchasing procedure (4.1.5).',
    'Product realisation is planned per product in the software development plan, which states the objectives, the verification and validation activities and the records needed (7.1).',
  );
}

function rolesText(f: QmsFacts): string {
  const team = f.team.map((m) => `${m.name} (${m.role})`);
  return paragraphs(
    bullets([
      `Top management: ${topManagement(f)}. Sets the quality policy and objectives, provides resources, chairs the management review and answers for the QMS (5.1).`,
      `Management representative: ${managementRep(f)}. Keeps the QMS documented and effective, reports on its performance to top management, and promotes awareness of regulatory and QMS requirements (5.5.2).`,
      `Person responsible for regulatory compliance (MDR Article 15): ${prrc(f)}${f.company.prrcExternal ? ', available to the company permanently and continuously under contract as permitted for micro and small enterprises' : ''}. Checks conformity before release, keeps the technical documentation and declaration of conformity current, and makes sure post-market surveillance and vigilance duties are met.`,
    ]),
    team.length ? `Project roles in Cairn: ${words(team)}. Authors write records and documents; reviewers and approvers sign them electronically.` : '',
    isSmall(f)
      ? `With ${f.company.employees} ${f.company.employees === 1 ? 'person' : 'people'}, one person holds several roles. Independence is kept all the same: nobody approves a document they wrote without a second person reviewing it, and nobody audits their own work.`
      : '',
    'Internal communication (5.5.3): decisions on quality are made in the weekly team meeting or the management review and recorded; new or changed procedures are announced to everyone affected, and Cairn lists who must be trained on them.',
  );
}

function resourcesText(f: QmsFacts): string {
  return paragraphs(
    `${topManagement(f)} provides the people, tools and budget the QMS and the regulatory requirements need, and reviews their adequacy at every management review (6.1).`,
    'Infrastructure (6.3): development machines with full-disk encryption, a version control system with protected branches, continuous integration, issue tracking and Cairn for controlled records. Software among these that could affect product quality is validated under the QMS software validation procedure; hardware is replaced when it fails, and backups are tested at least once a year.',
    'Work environment (6.4.1): office and remote work need no special conditions for a software product. Staff work on company-managed devices; the security rules for handling health data apply wherever they work.',
    applies(f, '6.4.2') ? 'Contamination control (6.4.2) applies and is described in a separate work instruction.' : '',
  );
}

function improvementText(f: QmsFacts): string {
  return paragraphs(
    'The QMS is monitored and improved through data (8.1, 8.5.1). Each process has at least one indicator, collected by its owner and reported to the management review (8.2.5):',
    bullets([
      'Document control: documents overdue for review; time from draft to approval.',
      'Development: open problem reports by criticality at each release; escaped defects.',
      'Complaints and feedback: number, time to acknowledge, time to close.',
      'CAPA: open CAPAs, overdue actions, effectiveness checks passed.',
      'Training: procedures with staff still to be trained on their current version.',
      'Suppliers: critical suppliers overdue for re-evaluation.',
    ]),
    `When an indicator misses its target, ${managementRep(f)} decides on correction and, where the cause could recur, opens a CAPA.`,
  );
}

function customerText(f: QmsFacts): string {
  return paragraphs(
    `Customer focus (5.2): ${topManagement(f)} makes sure that the needs of patients, clinicians and paying customers, and the applicable regulatory requirements, are determined and met. Product requirements come from the intended purpose, user research, usability engineering and risk management (development procedure); what customers tell us after release comes back through feedback, complaints and post-market surveillance.`,
  );
}

/** The quality manual: scope and exclusions, policy and objectives, process map, roles (4.2.2). */
export const QUALITY_MANUAL: ProcedureDef = {
  key: 'QM',
  kind: 'manual',
  title: 'Quality manual',
  purpose: (f) =>
    `The quality manual of ${companyName(f)}: the scope of the quality management system with any clauses not applied and why, the quality policy and objectives, the processes and how they interact, and who is responsible for what.`,
  sections: [
    { id: 'scope', heading: 'Company and scope of the QMS', clauses: ['4.1', '4.2.1', '4.2.2'], draft: scopeText },
    { id: 'policy', heading: 'Quality policy', clauses: ['5.1', '5.3'], draft: policyText },
    { id: 'objectives', heading: 'Quality objectives and QMS planning', clauses: ['5.4.1', '5.4.2'], draft: objectivesText },
    { id: 'processes', heading: 'Processes and their interaction', clauses: ['4.1', '7.1'], draft: processText },
    { id: 'roles', heading: 'Responsibility, authority and communication', clauses: ['5.5.1', '5.5.2', '5.5.3'], draft: rolesText },
    { id: 'customer', heading: 'Customer focus', clauses: ['5.2'], draft: customerText },
    { id: 'resources', heading: 'Resources, infrastructure and work environment', clauses: ['6.1', '6.3', '6.4.1'], draft: resourcesText },
    { id: 'improvement', heading: 'Monitoring and improvement of the QMS', clauses: ['8.1', '8.2.5', '8.5.1'], draft: improvementText },
  ],
};
