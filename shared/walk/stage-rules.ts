import type { WalkScreen, WalkStageId } from '../api/walk-types';
import { fieldWords } from '../requirements/fields';
import type { WalkEvidence } from './evidence';
import { clausesAsked, documentGap, documentNext, documentRecord, named, plural, reviewGap, reviewRecord, sentenceList } from './words';

/** A stage judged on its own records, before the walk looks at what it waits for. */
export interface Assessment {
  state: 'not_started' | 'in_progress' | 'done';
  reason: string;
  next: string | null;
  records: string[];
  /** Where the next action is done, when not on the stage's own screen (a document to approve). */
  screen?: WalkScreen;
}

export interface StageRule {
  id: WalkStageId;
  title: string;
  screen: WalkScreen;
  /** Stages whose output this one starts from: while they are not done and this one has nothing, it is blocked. */
  after: readonly WalkStageId[];
  asks(e: WalkEvidence): string;
  assess(e: WalkEvidence): Assessment;
}

const done = (reason: string, records: string[]): Assessment => ({ state: 'done', reason, next: null, records });
/** Several gaps as one sentence: "; " keeps the lists inside each gap readable. */
const sentence = (parts: string[]) => {
  const text = parts.filter((p) => p !== '').join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/** Shared shape of the stages closed by "its records are complete and its document is approved". */
export function withDocument(
  e: WalkEvidence,
  started: boolean,
  doc: keyof WalkEvidence['documents'],
  title: string,
  gaps: { text: string; next: string; screen?: WalkScreen }[],
  records: string[],
  notStarted: { reason: string; next: string; screen?: WalkScreen },
): Assessment {
  const document = e.documents[doc];
  const allRecords = [...records, ...documentRecord(document)];
  if (!started && document.state === null) return { state: 'not_started', ...notStarted, records: allRecords };
  const open = gaps.filter((g) => g.text !== '');
  const docGap = documentGap(document, title);
  if (open.length === 0 && docGap === '') return done(`The records are complete and ${document.label} is approved.`, allRecords);
  const first = open[0];
  return {
    state: 'in_progress',
    reason: sentence([...open.map((g) => g.text), docGap]),
    next: first?.next ?? documentNext(document, title),
    records: allRecords,
    ...(first ? (first.screen ? { screen: first.screen } : {}) : { screen: 'documents' as const }),
  };
}

export const EARLY_STAGES: StageRule[] = [
  {
    id: 'quality-system',
    title: 'Quality system',
    screen: 'qms',
    after: [],
    asks: () => 'Every class: an ISO 13485 quality management system the software work runs under (IEC 62304 4.1).',
    assess: ({ qms }) => {
      const unapproved = qms.proceduresNeeded.filter((p) => !qms.proceduresApproved.includes(p));
      const records = qms.proceduresApproved.map((p) => `${p} (approved)`);
      if (!qms.started)
        return {
          state: 'not_started',
          reason: 'Nothing recorded yet: no company profile and no procedure.',
          next: 'Describe the company and its scope on the Quality system screen',
          records,
        };
      if (qms.companyMissing.length === 0 && unapproved.length === 0)
        return done(`The company profile is complete and all ${plural(qms.proceduresNeeded.length, 'needed procedure')} are approved.`, records);
      return {
        state: 'in_progress',
        reason: sentence([
          qms.companyMissing.length > 0 ? `the company profile still lacks ${sentenceList(qms.companyMissing)}` : '',
          unapproved.length > 0 ? `${plural(unapproved.length, 'needed procedure')} without an approved version: ${named(unapproved)}` : '',
        ]),
        // The markets are the one gap of the company profile filled elsewhere: in the product profile.
        ...(qms.companyMissing.length === 1 && !qms.marketsChosen ? { screen: 'product' as const } : {}),
        next:
          qms.companyMissing.length > (qms.marketsChosen ? 0 : 1)
            ? 'Complete the company profile'
            : !qms.marketsChosen
              ? 'Choose the markets the product is sold in, in the product profile'
              : !qms.scopeAnswered
                ? 'Answer the scope questions: they decide which procedures are needed'
                : `Write and approve ${unapproved[0] ?? 'the procedures'}`,
        records,
      };
    },
  },
  {
    id: 'risk-plan',
    title: 'Risk management plan',
    screen: 'risk',
    after: [],
    asks: () => 'Every class: an ISO 14971 risk management plan with the acceptability criteria (IEC 62304 4.2).',
    assess: (e) =>
      withDocument(e, e.riskPlan.saved, 'risk-plan', 'risk management plan', [], e.riskPlan.hazards > 0 ? [plural(e.riskPlan.hazards, 'hazard') + ' in the risk file'] : [], {
        reason: 'Nothing recorded yet: no risk management plan.',
        next: 'Write the risk management plan: scope, responsibilities and acceptability criteria',
      }),
  },
  {
    id: 'classification',
    title: 'Software safety classification',
    screen: 'software',
    after: [],
    asks: () => 'Every class: each software system classified A, B or C from the harm it can contribute to (IEC 62304 4.3).',
    assess: (e) => {
      const { total, unclassified } = e.systems;
      return withDocument(
        e,
        total > 0,
        'safety-classification',
        'safety classification',
        [
          {
            text: unclassified > 0 ? `${plural(unclassified, 'software system')} not classified (treated as class C)` : '',
            next: 'Answer the classification questions for each software system',
          },
        ],
        total > 0 ? [`${plural(total - unclassified, 'system')} classified, the project follows class ${e.projectClass}`] : [],
        { reason: 'Nothing recorded yet: no software system, so everything counts as class C.', next: 'Add the software system and answer the classification questions' },
      );
    },
  },
  {
    id: 'development-plan',
    title: 'Software development plan',
    screen: 'dev-plan',
    after: ['classification'],
    asks: (e) => clausesAsked(e.projectClass, ['5.1']),
    assess: (e) =>
      withDocument(
        e,
        e.devPlan.editedSteps > 0,
        'sdp',
        'software development plan',
        [],
        e.devPlan.editedSteps > 0 ? [`${plural(e.devPlan.editedSteps, 'plan step')} written`] : [],
        {
          reason: 'Nothing recorded yet: the plan steps are drafted from the class but nobody has worked through them.',
          next: 'Work through the development plan steps',
        },
      ),
  },
  {
    id: 'requirements',
    title: 'Software requirements',
    screen: 'requirements',
    after: [],
    asks: (e) => clausesAsked(e.projectClass, ['5.2']),
    assess: (e) => {
      const r = e.requirements;
      // 5.3.1 places every requirement in the architecture; class A has no architecture to allocate to.
      const allocate = e.projectClass !== 'A';
      return withDocument(
        e,
        r.live > 0,
        'srs',
        'software requirements specification',
        [
          {
            text:
              r.incomplete.length > 0
                ? `${plural(r.incomplete.length, 'requirement')} missing what class ${e.projectClass} asks (${sentenceList(fieldWords(r.incompleteFields))}): ${named(r.incomplete)}`
                : '',
            next: 'Complete the requirements: the fields their class asks for',
          },
          {
            text: r.notApproved.length > 0 ? `${plural(r.notApproved.length, 'requirement')} not approved: ${named(r.notApproved)}` : '',
            next: 'Approve the requirements that are ready',
          },
          {
            text:
              allocate && r.unallocated.length > 0
                ? `${plural(r.unallocated.length, 'requirement')} not allocated to a software item, which class ${e.projectClass} needs: ${named(r.unallocated)}`
                : '',
            next: 'Allocate each requirement to the software items that implement it',
          },
          { text: reviewGap(r.review, 'requirements'), next: 'Review the requirements and record the review (5.2.6)' },
        ],
        r.live > 0 ? [plural(r.live, 'requirement'), ...reviewRecord(r.review)] : [],
        { reason: 'Nothing recorded yet: no requirement.', next: 'Write the first software requirements' },
      );
    },
  },
  {
    id: 'soup',
    title: 'SOUP',
    screen: 'soup',
    after: [],
    asks: (e) => clausesAsked(e.projectClass, ['8.1.2', '5.3.3', '5.3.4']),
    assess: (e) =>
      withDocument(
        e,
        e.soup.live > 0,
        'soup-list',
        'SOUP list',
        [
          {
            text: e.soup.incomplete.length > 0 ? `${plural(e.soup.incomplete.length, 'SOUP item')} missing what class ${e.projectClass} asks: ${named(e.soup.incomplete)}` : '',
            next: 'Complete the SOUP items: purpose, requirements and anomaly review',
          },
        ],
        e.soup.live > 0 ? [plural(e.soup.live, 'SOUP item')] : [],
        {
          reason: 'Nothing recorded yet: no SOUP item. A product that uses none still approves a SOUP list that says so.',
          next: 'Import the SOUP from a package lock, or add each item',
        },
      ),
  },
];
