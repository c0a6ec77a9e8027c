import type { WalkEvidence } from './evidence';
import type { Assessment, StageRule } from './stage-rules';
import { withDocument } from './stage-rules';
import { requiredDocuments } from '../release/required-documents';
import { clausesAsked, documentGap, documentNext, documentRecord, named, plural, reviewGap, reviewRecord, sentenceList } from './words';

const notRequired = (e: WalkEvidence, what: string): Assessment => ({
  state: 'done',
  reason: `Class ${e.projectClass} does not ask for ${what} (Table A.1); nothing to record.`,
  next: null,
  records: [],
});

/**
 * The documents the release waits for that show the verification is whole (requiredDocuments): the
 * traceability matrix and the risk analysis with its controls verified. Written once the tests pass, so
 * the walk asks for them here rather than leaving them to surface as release blockers.
 */
const CLOSING_DOCUMENTS = [
  { type: 'trace-matrix', title: 'traceability matrix' },
  { type: 'risk-analysis', title: 'risk analysis' },
] as const;

function closingDocuments(e: WalkEvidence, records: string[]): Assessment | null {
  const open = CLOSING_DOCUMENTS.filter((d) => requiredDocuments(e.projectClass).includes(d.type) && !e.documents[d.type].approved);
  const first = open[0];
  if (!first) return null;
  const doc = e.documents[first.type];
  return {
    state: 'in_progress',
    reason: `Every requirement is verified in ${e.testing.version ?? ''}; ${sentenceList(open.map((d) => documentGap(e.documents[d.type], `${d.title}`)))}.`,
    next: documentNext(doc, first.title),
    records: [...records, ...CLOSING_DOCUMENTS.flatMap((d) => documentRecord(e.documents[d.type]))],
    screen: 'documents',
  };
}

function testing(e: WalkEvidence): Assessment {
  const t = e.testing;
  const records = t.completedRuns.map((r) => `${r} (completed run of ${t.version ?? ''})`);
  if (t.cases === 0 && t.version === null)
    return { state: 'not_started', reason: 'Nothing recorded yet: no test case and no test run.', next: 'Write test cases that verify the requirements', records };
  const gaps = [
    t.version === null ? 'no test run is recorded for any version' : '',
    t.unverified.length > 0 ? `${plural(t.unverified.length, 'requirement')} without a passed test${t.version ? ` in ${t.version}` : ''}: ${named(t.unverified)}` : '',
    t.notPassed.length > 0 ? `${plural(t.notPassed.length, 'test case')} failed or blocked and not passed since: ${named(t.notPassed)}` : '',
    t.openRuns.length > 0 ? `test runs not completed: ${named(t.openRuns)}` : '',
  ].filter((g) => g !== '');
  if (gaps.length === 0)
    return closingDocuments(e, records) ?? { state: 'done', reason: `Every requirement is verified in ${t.version ?? ''} and every test run is complete.`, next: null, records };
  // An open run comes first: results recorded in it count only once it is completed and signed, so its
  // requirements read as unverified until then and "link tests" would send the tester the wrong way.
  const next =
    t.version === null
      ? 'Start a test run for the version to release'
      : t.openRuns.length > 0
        ? 'Complete the open test runs'
        : t.unverified.length > 0
          ? 'Link tests to the unverified requirements and run them'
          : 'Fix the failures (a problem report each) and run the tests again';
  return { state: 'in_progress', reason: `${gaps.join('; ').replace(/^./, (c) => c.toUpperCase())}.`, next, records };
}

export const LATE_STAGES: StageRule[] = [
  {
    id: 'architecture',
    title: 'Software architecture',
    screen: 'architecture',
    after: ['requirements'],
    asks: (e) => clausesAsked(e.projectClass, ['5.3']),
    assess: (e) => {
      if (e.projectClass === 'A') return notRequired(e, 'an architecture');
      const a = e.architecture;
      return withDocument(
        e,
        a.items > 0 || a.interfaces > 0,
        'sad',
        'software architecture description',
        [
          { text: a.interfaces === 0 ? 'no interface between the software items is described' : '', next: 'Describe the interfaces between the software items' },
          // The trace the release checks (5.8.6): each item implements a requirement, each SOUP item is used by an item.
          {
            text: a.unimplementedItems.length > 0 ? `${plural(a.unimplementedItems.length, 'software item')} with no requirement allocated: ${named(a.unimplementedItems)}` : '',
            next: 'Allocate the requirements to the software items that implement them',
            screen: 'requirements',
          },
          {
            text: a.unusedSoup.length > 0 ? `${plural(a.unusedSoup.length, 'SOUP item')} used by no software item: ${named(a.unusedSoup)}` : '',
            next: 'Name the software items that use each SOUP item',
            screen: 'soup',
          },
          { text: reviewGap(a.review, 'architecture'), next: 'Review the architecture and record the review (5.3.6)' },
        ],
        [plural(a.items, 'software item'), plural(a.interfaces, 'interface'), ...reviewRecord(a.review)],
        // Items are added in the software tree; the Architecture screen draws them and their interfaces.
        {
          reason: `Nothing recorded yet: class ${e.projectClass} needs the software split into items with their interfaces.`,
          next: 'Split the software system into software items',
          screen: 'software',
        },
      );
    },
  },
  {
    id: 'detailed-design',
    title: 'Detailed design',
    screen: 'architecture',
    after: ['architecture'],
    asks: (e) => clausesAsked(e.projectClass, ['5.4']),
    assess: (e) => {
      if (e.projectClass === 'A') return notRequired(e, 'a detailed design');
      const d = e.design;
      // Units are added in the software tree, like the items they divide.
      const notStarted = {
        reason: `Nothing recorded yet: class ${e.projectClass} needs the software items divided into software units.`,
        next: 'Divide the software items into software units',
        screen: 'software' as const,
      };
      if (e.projectClass === 'B') {
        if (d.units === 0) return { state: 'not_started', ...notStarted, records: [] };
        return {
          state: 'done',
          reason: `The software is divided into ${plural(d.units, 'software unit')}; class B asks no more of the detailed design.`,
          next: null,
          records: [plural(d.units, 'software unit')],
        };
      }
      return withDocument(
        e,
        d.units > 0,
        'detailed-design',
        'detailed design',
        [
          {
            text: d.undesigned.length > 0 ? `${plural(d.undesigned.length, 'software unit')} without a design: ${named(d.undesigned)}` : '',
            next: 'Write the design of each software unit',
          },
          { text: reviewGap(d.review, 'detailed design'), next: 'Review the detailed design and record the review (5.4.4)' },
        ],
        [plural(d.units, 'software unit'), ...reviewRecord(d.review)],
        notStarted,
      );
    },
  },
  {
    id: 'unit-verification',
    title: 'Unit implementation and verification',
    screen: 'verification',
    after: ['detailed-design'],
    asks: (e) => clausesAsked(e.projectClass, ['5.5']),
    assess: (e) => {
      if (e.projectClass === 'A') return notRequired(e, 'unit verification beyond implementing the software');
      const u = e.unitVerification;
      if (u.units === 0)
        return {
          state: 'not_started',
          reason: 'Nothing recorded yet: there is no software unit to verify.',
          next: 'Divide the software items into software units',
          records: [],
          screen: 'software',
        };
      const verified = u.units - u.unverified.length;
      if (u.unverified.length === 0)
        return {
          state: 'done',
          reason: `Every software unit has a passed verification record (${plural(u.units, 'unit')}).`,
          next: null,
          records: [`${plural(verified, 'unit')} verified`],
        };
      return {
        state: verified > 0 ? 'in_progress' : 'not_started',
        reason: `${plural(u.unverified.length, 'software unit')} of ${u.units} without a passed verification record: ${named(u.unverified)}.`,
        next: 'Record the verification of each software unit',
        records: verified > 0 ? [`${plural(verified, 'unit')} verified`] : [],
      };
    },
  },
  {
    id: 'testing',
    title: 'Integration and system testing',
    screen: 'tests',
    after: ['requirements'],
    asks: (e) => clausesAsked(e.projectClass, ['5.6', '5.7']),
    assess: testing,
  },
  {
    id: 'release',
    title: 'Release',
    screen: 'releases',
    after: ['quality-system', 'risk-plan', 'classification', 'development-plan', 'requirements', 'soup', 'architecture', 'detailed-design', 'unit-verification', 'testing'],
    asks: (e) => clausesAsked(e.projectClass, ['5.8']),
    assess: ({ release }) => {
      if (release.released)
        return { state: 'done', reason: `Version ${release.released} is released, its baseline frozen and signed.`, next: null, records: [`Release ${release.released}`] };
      if (!release.draft)
        return { state: 'not_started', reason: 'Nothing recorded yet: no release record.', next: 'Create the release record for the version to ship', records: [] };
      return {
        state: 'in_progress',
        reason:
          release.blockers.length > 0
            ? `${release.draft} is not releasable yet: ${plural(release.blockers.length, 'check')} open, first: ${release.blockers[0] ?? ''}`
            : `${release.draft} passes every check; it waits for its release signature.`,
        next: release.blockers.length > 0 ? `Work through the release checklist of ${release.draft}` : `Sign and release ${release.draft}`,
        records: [`Release record ${release.draft} (draft)`],
      };
    },
  },
  {
    id: 'maintenance',
    title: 'Problem resolution and change management',
    screen: 'problems',
    after: ['release'],
    asks: (e) => clausesAsked(e.projectClass, ['6', '8.2', '9']),
    assess: ({ release, maintenance: m }) => {
      const records = m.problems > 0 ? [plural(m.problems, 'problem report')] : [];
      const open = [
        m.undecided.length > 0 ? `${plural(m.undecided.length, 'problem report')} without a decision: ${named(m.undecided)}` : '',
        m.unfinishedChanges.length > 0 ? `${plural(m.unfinishedChanges.length, 'change request')} not finished: ${named(m.unfinishedChanges)}` : '',
      ].filter((t) => t !== '');
      if (open.length > 0)
        return {
          state: 'in_progress',
          reason: `${open.join('; ').replace(/^./, (c) => c.toUpperCase())}.`,
          next: m.undecided.length > 0 ? 'Investigate the open problem reports and decide each' : 'Carry the open change requests through to verification',
          records,
        };
      if (!release.released)
        return {
          state: 'not_started',
          reason:
            m.problems > 0
              ? 'Every problem report so far is decided; the maintenance process starts with the first release.'
              : 'Nothing recorded yet: feedback and problems are recorded here once the product is released.',
          next: 'Record feedback and problems as they come in',
          records,
        };
      return { state: 'done', reason: `The product is released and every problem report and change request is decided or finished.`, next: null, records };
    },
  },
];
