import type { HandlerContext } from '../context';
import { storyDate } from './demo-calendar';
import { DEMO_PASSWORD } from './demo-content';
import { approveDemoVersions, member, type DemoApproval } from './demo-documents';

const SOFTWARE_ONLY = { physicalProduct: false, sterile: false, installation: false, servicing: false, measuringEquipment: false };

/** Each procedure approved in the sample, with the change note its author gave. */
const APPROVED = [
  { key: 'QM', note: 'First issue of the quality manual for the BreathWise launch.' },
  { key: 'SOP-DOC', note: 'First issue: document control in Cairn, retention for the EU and US.' },
  { key: 'SOP-CAPA', note: 'First issue, adopted after the mock audit.' },
  { key: 'SOP-PMS', note: 'First issue: complaint intake, trend review and vigilance assessment from the first day on the market.' },
];

async function writeCompanyAndScope(ctx: HandlerContext): Promise<void> {
  await ctx.call('qms.saveCompany', {
    legalName: 'Alder Respiratory Technologies GmbH',
    address: 'Wiesentalstraße 12\n79115 Freiburg im Breisgau\nGermany',
    employees: 4,
    sites: 'Freiburg im Breisgau (head office, development and support)',
    products: 'BreathWise Home Spirometry (patient app and clinician portal)',
    topManagement: 'Dr. Miriam Okafor',
    managementRep: 'Henrik Vogel',
    prrc: 'Dr. Katrin Albers',
    prrcExternal: true,
    outsourcedProcesses: 'Hosting of the clinician portal — Nordwolke Cloud GmbH\nAnnual penetration test — Kestrel Security Labs',
    criticalSuppliers: 'Nordwolke Cloud GmbH (EU hosting, ISO 27001)\nSpirolink Devices Ltd (Bluetooth spirometer and its SDK)',
  });
  await ctx.call('qms.applyScope', SOFTWARE_ONLY);
  await ctx.call('qms.generateDocuments', {});
  await ctx.call('qms.updateSection', {
    key: 'QM',
    sectionId: 'objectives',
    text: [
      'Quality objectives for the coming year, set at management review MR-001 and measured every quarter:',
      '- No BreathWise release ships with an open problem report of high criticality.',
      '- Every complaint is acknowledged within 2 working days and assessed for reportability within 5.',
      '- The exacerbation alert’s sensitivity in post-market data stays at or above the 85 % claimed in the clinical evaluation.',
      '- Every CAPA has its effectiveness checked within 90 days of its actions being completed.',
      '- Everyone is trained on the current version of each procedure before working under it.',
      '',
      'Planning the QMS (5.4.2): Henrik Vogel plans changes to the QMS so it stays whole while they are made. A change to a procedure is drafted, reviewed and approved like any controlled document, and staff are retrained before it takes effect.',
    ].join('\n'),
  });
}

/** The drafts of the procedures the sample approves, with the notes they go out with. */
async function procedureApprovals(ctx: HandlerContext): Promise<DemoApproval[]> {
  const overview = await ctx.call('qms.get', {});
  const approvals: DemoApproval[] = [];
  for (const { key, note } of APPROVED) {
    const documentId = overview.procedures.find((p) => p.key === key)?.document?.documentId;
    if (documentId === undefined) throw new Error(`The demo has no procedure ${key}.`);
    const versionId = (await ctx.call('documents.get', { documentId })).versions.at(-1)?.id;
    if (versionId === undefined) throw new Error(`The demo procedure ${key} has no version.`);
    approvals.push({ versionId, note });
  }
  return approvals;
}

/** Two people have read the approved quality manual; the rest of the training is still due, as in a real launch. */
async function recordTraining(ctx: HandlerContext): Promise<void> {
  const team = await ctx.call('users.list', {});
  for (const role of ['author', 'reviewer'] as const) {
    const traineeId = team.find((u) => u.email === member(role).email)?.id ?? 0;
    await ctx.call('qms.recordTraining', {
      traineeId,
      docKey: 'QM',
      version: 1,
      trainedOn: ctx.now().slice(0, 10),
      method: 'Read and understood; walkthrough with Henrik Vogel',
      password: DEMO_PASSWORD,
    });
  }
}

async function writeRecords(ctx: HandlerContext): Promise<void> {
  const record = (kind: 'supplier' | 'tool' | 'capa' | 'audit' | 'review', fields: Record<string, string>) => ctx.call('qms.saveRecord', { kind, fields });
  await record('supplier', {
    name: 'Nordwolke Cloud GmbH',
    supplies: 'EU hosting of the clinician portal and its database (Frankfurt region).',
    criticality: 'critical',
    status: 'qualified',
    evaluation: `ISO 27001 certificate checked (valid to ${storyDate(ctx, 480).slice(0, 7)}); data processing agreement and quality agreement signed; uptime 99.97 % over the last year.`,
    nextReview: storyDate(ctx, 300),
  });
  await record('supplier', {
    name: 'Spirolink Devices Ltd',
    supplies: 'The Bluetooth spirometer patients use with BreathWise, and its SDK (SOUP).',
    criticality: 'critical',
    status: 'conditional',
    evaluation: 'CE-marked class IIa spirometer; ISO 13485 certificate seen. Condition: notice of SDK changes at least 60 days ahead, to be added to the agreement by Q2.',
    nextReview: storyDate(ctx, 200),
  });
  await record('supplier', {
    name: 'Kestrel Security Labs',
    supplies: 'Annual penetration test of app, portal and API.',
    criticality: 'major',
    status: 'qualified',
    evaluation: 'CREST-accredited; sample report reviewed.',
    nextReview: storyDate(ctx, 400),
  });
  const tools = await ctx.call('qms.records', { kind: 'tool' });
  const cairn = tools.find((t) => t.builtIn);
  if (cairn)
    await ctx.call('qms.saveRecord', {
      kind: 'tool',
      id: cairn.id,
      fields: {
        ...cairn.fields,
        status: 'in_progress',
        evidence: `${cairn.fields.evidence ?? ''} Validation plan VP-CAIRN-01 approved; test protocol run on the demo project, report due end of month.`,
      },
    });
  await record('tool', {
    name: 'GitHub Actions release workflow',
    version: 'workflow definition at tag v1.0.0',
    use: 'Builds, tests and signs every BreathWise release; its output is what ships.',
    risk: 'high',
    status: 'validated',
    evidence: 'Process validation report PV-CI-02: reproducible builds shown by comparing the checksums of three rebuilds of 1.0.0-rc.4.',
  });
  await record('tool', { name: 'Jira Cloud', use: 'Issue tracking for development tasks (problem reports and CAPAs are kept in Cairn).', risk: 'low', status: 'not_required' });
  await record('capa', {
    title: 'Release notes missed a changed alert threshold',
    source: 'audit',
    kind: 'corrective',
    description:
      'Release candidate 1.0.0-rc.2 changed the default trend threshold but its draft release notes and IFU did not say so. Risk: clinicians could misread alert frequency; found in the mock audit before any patient used it.',
    rootCause: 'The release checklist did not ask whether a change affects labelling.',
    actions: `Add a labelling question to the release checklist (Jonas Brandt, done ${storyDate(ctx, -70)}); retrain the team (done).`,
    effectiveness: 'Criterion: the next two release candidates have labelling assessed. Result: 1.0.0-rc.3 and 1.0.0-rc.4 both assessed — effective.',
    state: 'closed',
  });
  await record('capa', {
    title: 'Spirometer SDK update arrived without notice',
    source: 'supplier',
    kind: 'preventive',
    description: 'Spirolink shipped SDK 4.2 with a changed timestamp format; caught in integration tests before release.',
    rootCause: 'No change-notification clause in the supplier agreement.',
    actions: `Add a 60-day change-notice clause (Henrik Vogel, due ${storyDate(ctx, 200)}).`,
    state: 'actions',
  });
  await record('audit', {
    scope: 'CAPA (8.5.2, 8.5.3), document control (4.2.4, 4.2.5), training (6.2)',
    auditor: 'Dr. Katrin Albers (external)',
    date: storyDate(ctx, -45),
    state: 'reported',
    findings:
      'Minor, 8.5.2: effectiveness criterion of CAPA-001 set only after the actions — fixed.\nObservation, 6.2: training on the quality manual not yet recorded for everyone.',
    conclusion: 'The processes audited are implemented and effective, with one minor nonconformity.',
  });
  await record('review', {
    date: storyDate(ctx, -30),
    attendees: 'Dr. Miriam Okafor, Henrik Vogel, Jonas Brandt, Sofia Lindqvist',
    state: 'held',
    inputs:
      'Complaints (none: BreathWise is not yet on the market), internal audit IA-001, CAPA-001 and CAPA-002, supplier status, MDR and FDA changes over the past year, the draft quality objectives.',
    decisions: 'Quality objectives for the coming year adopted. Add the alert sensitivity objective. Budget approved for the external validation of Cairn.',
    nextReview: storyDate(ctx, 335),
  });
}

/**
 * The sample's quality system: Alder Respiratory Technologies as the four-person software company its team
 * list shows, with an external PRRC, the software-only scope, its procedure set (manual, document control,
 * CAPA and post-market surveillance approved before development starts, the rest drafts), one edited section, and
 * the records the procedures call for.
 */
export async function buildDemoQms(ctx: HandlerContext): Promise<void> {
  await writeCompanyAndScope(ctx);
  await approveDemoVersions(ctx, await procedureApprovals(ctx));
  await recordTraining(ctx);
  await writeRecords(ctx);
}
