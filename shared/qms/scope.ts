import { clauseTitle, isClause } from './clauses';

/**
 * Where a clause stands in the quality management system. ISO 13485 clause 1 lets an organisation leave
 * out requirements of clauses 6, 7 and 8 that its activities or its devices do not call for
 * ("not applicable"), and design and development controls (7.3) where the regulations permit it
 * ("excluded"); the quality manual must justify each one (4.2.2).
 */
export const SCOPE_STATUSES = ['applies', 'not_applicable', 'excluded'] as const;
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

export interface ScopeDecision {
  clause: string;
  status: ScopeStatus;
  justification: string;
}

/** The wizard's questions about what the company does; each "no" makes some clauses not applicable. */
export interface ScopeAnswers {
  /** The company makes, stores or ships a physical product (hardware, accessories, packaging). */
  physicalProduct: boolean;
  /** Any device is supplied sterile or must be sterilised before use. */
  sterile: boolean;
  /** The company installs or integrates the device at the customer's site. */
  installation: boolean;
  /** The company services devices in the field under contract (beyond software updates). */
  servicing: boolean;
  /** Monitoring or measuring equipment (calibrated instruments) is used to show the product conforms. */
  measuringEquipment: boolean;
}

export const SCOPE_QUESTIONS: readonly { key: keyof ScopeAnswers; question: string; help: string }[] = [
  {
    key: 'physicalProduct',
    question: 'Do you make, store or ship a physical product?',
    help: 'Hardware, accessories or packaging. A company that only ships software answers no.',
  },
  { key: 'sterile', question: 'Is any device supplied sterile or sterilised before use?', help: 'Only possible with a physical product.' },
  {
    key: 'installation',
    question: 'Do you install or integrate the device at the customer’s site?',
    help: 'App-store downloads and self-service sign-up are not installation by you; on-site integration into a hospital system is.',
  },
  {
    key: 'servicing',
    question: 'Do you service devices in the field?',
    help: 'Maintenance visits or repairs under contract. Software updates are handled by change management and deployment instead.',
  },
  {
    key: 'measuringEquipment',
    question: 'Do you use calibrated monitoring or measuring equipment to show the product conforms?',
    help: 'Test rigs, reference instruments or gauges. Software test tools are validated as QMS software instead.',
  },
];

/** Only requirements of clauses 6, 7 and 8 may be declared not applicable (ISO 13485 clause 1). */
export function mayBeNotApplicable(clause: string): boolean {
  return /^[678]\./.test(clause);
}

/** Only design and development (7.3) may be excluded, and only where the regulations permit it. */
export function mayBeExcluded(clause: string): boolean {
  return clause.startsWith('7.3.');
}

export const MIN_JUSTIFICATION = 20;

export type ScopeProblem = { field: 'clause' | 'status' | 'justification'; message: string };

/** Checks one decision against the standard's rules; null when it may be recorded. */
export function checkScopeDecision(decision: ScopeDecision): ScopeProblem | null {
  const { clause, status } = decision;
  if (!isClause(clause)) return { field: 'clause', message: `${clause} is not an ISO 13485:2016 clause Cairn tracks.` };
  if (status === 'applies') return null;
  if (status === 'not_applicable' && !mayBeNotApplicable(clause)) {
    return { field: 'status', message: `${clause} ${clauseTitle(clause)} always applies: only requirements of clauses 6, 7 and 8 can be not applicable.` };
  }
  if (status === 'excluded' && !mayBeExcluded(clause)) {
    return { field: 'status', message: `${clause} cannot be excluded: only design and development controls (7.3) can, where the regulations permit it.` };
  }
  if (decision.justification.trim().length < MIN_JUSTIFICATION) {
    return {
      field: 'justification',
      message: `Say why ${clause} ${status === 'excluded' ? 'is excluded' : 'does not apply'} (at least ${MIN_JUSTIFICATION} characters); the quality manual prints it (4.2.2).`,
    };
  }
  return null;
}

const SOFTWARE_ONLY = 'The company supplies software only; there is no physical product';

/** The decisions the wizard's answers lead to, with Cairn's justification for each clause left out. */
export function suggestedScope(answers: ScopeAnswers): ScopeDecision[] {
  const na = (clause: string, justification: string): ScopeDecision => ({ clause, status: 'not_applicable', justification });
  const out: ScopeDecision[] = [];
  if (!answers.physicalProduct) {
    out.push(na('6.4.2', `${SOFTWARE_ONLY} that could be contaminated or could contaminate people or the environment.`));
    out.push(na('7.5.2', `${SOFTWARE_ONLY} to clean, and no cleaning is specified for it.`));
  }
  if (!answers.physicalProduct || !answers.sterile) {
    out.push(na('7.5.5', 'No device is supplied sterile or needs sterilisation.'));
    out.push(na('7.5.7', 'No sterilisation process or sterile barrier system is used.'));
  }
  if (!answers.installation) {
    out.push(
      na('7.5.3', 'Users obtain and install the software themselves from the published distribution channel; the company does not install or integrate it at customer sites.'),
    );
  }
  if (!answers.servicing) {
    out.push(na('7.5.4', 'The company does not service devices in the field; software corrections and updates are released under change management and the deployment procedure.'));
  }
  if (!answers.measuringEquipment) {
    out.push(
      na(
        '7.6',
        'No monitoring or measuring equipment is used to show that the product conforms; software used for verification is validated under the QMS software validation procedure (4.1.6).',
      ),
    );
  }
  return out;
}

/** The clauses the wizard's questions decide: answering again sets each of them afresh. */
export const WIZARD_CLAUSES: readonly string[] = suggestedScope({ physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false }).map(
  (d) => d.clause,
);
