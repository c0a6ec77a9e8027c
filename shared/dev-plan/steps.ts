import { ANNEX_A_TABLE } from '../regulatory/annex-a-table';
import type { SafetyClass } from '../regulatory/safety-class';
import * as dev from './drafts-development';
import * as ctl from './drafts-control';
import type { PlanFacts } from './plan-facts';

/** The steps of the development plan wizard, in the order the plan reads. */
export const DEV_PLAN_STEP_IDS = [
  'team',
  'lifecycle',
  'deliverables',
  'plan-updates',
  'system-coordination',
  'standards-tools',
  'integration',
  'verification',
  'risk',
  'documentation',
  'configuration',
  'supporting-items',
  'control-before-verification',
  'common-defects',
  'problem-resolution',
  'maintenance',
] as const;
export type DevPlanStepId = (typeof DEV_PLAN_STEP_IDS)[number];

export interface DevPlanStepDef {
  id: DevPlanStepId;
  /** The IEC 62304 sub-clause whose Table A.1 row decides which classes need the step. */
  clause: string;
  /** The clause as a reader cites it, e.g. "5.1.1 a" for one item of a sub-clause. */
  reference: string;
  title: string;
  /** What an auditor or notified body reviewer checks in this section. */
  reviewerLooksFor: string;
  draft(facts: PlanFacts): string;
}

export const DEV_PLAN_STEPS: readonly DevPlanStepDef[] = [
  {
    id: 'team',
    clause: '5.1.1',
    reference: '5.1.1',
    title: 'Team and resources',
    reviewerLooksFor: 'Named people for each activity, with the role each plays, and that the competence to do the work is available or contracted.',
    draft: dev.draftTeam,
  },
  {
    id: 'lifecycle',
    clause: '5.1.1',
    reference: '5.1.1 a',
    title: 'Lifecycle model and phases',
    reviewerLooksFor: 'Which lifecycle model is used and how the activities of clause 5 map onto its phases and reviews, for the class the software has.',
    draft: dev.draftLifecycle,
  },
  {
    id: 'deliverables',
    clause: '5.1.1',
    reference: '5.1.1 b, c',
    title: 'Deliverables and traceability',
    reviewerLooksFor: 'The output of each activity, and how system requirements, software requirements, tests and risk controls are traced to each other.',
    draft: dev.draftDeliverables,
  },
  {
    id: 'plan-updates',
    clause: '5.1.2',
    reference: '5.1.2',
    title: 'Keeping the plan up to date',
    reviewerLooksFor: 'A rule for when the plan is updated as development proceeds, and that updates are controlled.',
    draft: dev.draftPlanUpdates,
  },
  {
    id: 'system-coordination',
    clause: '5.1.3',
    reference: '5.1.3',
    title: 'System requirements and design coordination',
    reviewerLooksFor: 'Where the system requirements are, and how software work is coordinated with system design and development.',
    draft: dev.draftSystemCoordination,
  },
  {
    id: 'standards-tools',
    clause: '5.1.4',
    reference: '5.1.4',
    title: 'Standards, methods and tools',
    reviewerLooksFor: 'For class C: the named standards, methods and tools (coding standard, static analysis, compiler versions) and how their use is checked.',
    draft: dev.draftStandardsTools,
  },
  {
    id: 'integration',
    clause: '5.1.5',
    reference: '5.1.5',
    title: 'Integration and integration testing',
    reviewerLooksFor: 'How units and SOUP are integrated and how integration is tested and recorded, including regression testing.',
    draft: dev.draftIntegration,
  },
  {
    id: 'verification',
    clause: '5.1.6',
    reference: '5.1.6',
    title: 'Verification planning',
    reviewerLooksFor: 'Which deliverables are verified, by which tasks, at which milestones, and with what acceptance criteria.',
    draft: dev.draftVerification,
  },
  {
    id: 'risk',
    clause: '5.1.7',
    reference: '5.1.7',
    title: 'Risk management planning',
    reviewerLooksFor: 'How software risk management fits the ISO 14971 process, including risks from SOUP.',
    draft: ctl.draftRisk,
  },
  {
    id: 'documentation',
    clause: '5.1.8',
    reference: '5.1.8',
    title: 'Documentation planning',
    reviewerLooksFor: 'Each document with its title or ID, purpose, and who develops, reviews, approves and changes it.',
    draft: ctl.draftDocumentation,
  },
  {
    id: 'configuration',
    clause: '5.1.9',
    reference: '5.1.9',
    title: 'Configuration management',
    reviewerLooksFor: 'Which items are controlled, how they are identified, who is responsible, when items come under control and when problem resolution is used.',
    draft: ctl.draftConfiguration,
  },
  {
    id: 'supporting-items',
    clause: '5.1.10',
    reference: '5.1.10',
    title: 'Supporting items under control',
    reviewerLooksFor: 'The tools and settings that could affect the product, and how their versions are controlled.',
    draft: ctl.draftSupportingItems,
  },
  {
    id: 'control-before-verification',
    clause: '5.1.11',
    reference: '5.1.11',
    title: 'Control before verification',
    reviewerLooksFor: 'That configuration items are controlled before they are verified, so the verified version is known.',
    draft: ctl.draftControlBeforeVerification,
  },
  {
    id: 'common-defects',
    clause: '5.1.12',
    reference: '5.1.12',
    title: 'Avoiding common defects',
    reviewerLooksFor: 'Defect categories typical of the chosen languages and frameworks, and evidence that they cannot lead to unacceptable risk.',
    draft: ctl.draftCommonDefects,
  },
  {
    id: 'problem-resolution',
    clause: '5.1.1',
    reference: '5.1.1 e, 9',
    title: 'Problem resolution',
    reviewerLooksFor: 'How problems with the product, deliverables and activities are reported, evaluated for safety, resolved, verified and analysed for trends.',
    draft: ctl.draftProblemResolution,
  },
  {
    id: 'maintenance',
    clause: '6.1',
    reference: '6.1',
    title: 'Maintenance plan',
    reviewerLooksFor: 'How feedback after release is received and evaluated, when it counts as a problem, and how SOUP upgrades, patches and obsolescence are handled.',
    draft: ctl.draftMaintenance,
  },
];

/** The classes whose Table A.1 row asks for a step's clause. */
export function stepClasses(step: DevPlanStepDef): readonly SafetyClass[] {
  const row = ANNEX_A_TABLE.find((r) => r.clause === step.clause);
  if (!row) throw new Error(`Clause ${step.clause} is not in Table A.1.`);
  return row.classes;
}

/** Whether the project's class makes the step required; the others are optional, never hidden. */
export function stepRequired(step: DevPlanStepDef, projectClass: SafetyClass): boolean {
  return stepClasses(step).includes(projectClass);
}

export function stepById(id: DevPlanStepId): DevPlanStepDef {
  const step = DEV_PLAN_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`No development plan step ${id}.`);
  return step;
}
