import type { DevPlanStepView, DevPlanView } from '../../../../shared/api/dev-plan-types';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import { proseBlocks } from '../../../../shared/dev-plan/prose-blocks';
import type { ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { recordRef } from '../canonical';

export const DEVELOPMENT_PLAN_KEY = 'SDP';

export interface DevelopmentPlanInput {
  productName: string;
  manufacturer: string;
  plan: DevPlanView;
  systems: SoftwareNode[];
  team: { name: string; role: Role }[];
}

const STATE_WORDS: Record<DevPlanStepView['state'], string> = {
  empty: 'Not written',
  generated: 'Written',
  'generated-outdated': 'Written',
  edited: 'Written',
};

/** The first sentence of a classification rationale after its "Class X." opening: the full text is in the SSC. */
function rationaleSummary(node: SoftwareNode): string {
  if (!node.rationale) return 'Not classified yet: treated as class C.';
  const body = node.rationale.replace(/^Class [ABC]\.\s*/, '');
  const first = /^.*?\.(?=\s|$)/.exec(body)?.[0] ?? body;
  return `${first} Full rationale: software safety classification (SSC).`;
}

function stepSection(step: DevPlanStepView, projectClass: string): ContentSection | null {
  const heading = `${step.title} (IEC 62304 ${step.reference})`;
  if (step.state !== 'empty') return { heading, blocks: proseBlocks(step.text) };
  if (!step.required) return null;
  // A required section with no text stays in the document as a visible gap, never silently dropped.
  return {
    heading,
    blocks: [
      {
        kind: 'paragraph',
        text: `GAP — not yet written. Class ${projectClass} requires this section (Table A.1 asks for clause ${step.clause} in class ${step.classes.join(', ')}). A reviewer will look for: ${step.reviewerLooksFor}`,
      },
    ],
  };
}

/**
 * The software development plan (IEC 62304 5.1, with the maintenance plan of 6.1): the class that
 * governs it, the team, where each section stands, then each written section in plan order.
 */
export function buildDevelopmentPlan(input: DevelopmentPlanInput): DocumentContent {
  const { plan } = input;
  const sections = plan.steps.map((s) => stepSection(s, plan.projectClass)).filter((s): s is ContentSection => s !== null);
  return {
    docKey: DEVELOPMENT_PLAN_KEY,
    title: 'Software development plan',
    orientation: 'portrait',
    purpose:
      `This plan states how ${input.manufacturer} develops and maintains the software of ${input.productName}: the team, the lifecycle, ` +
      `the deliverables, and how verification, risk management, documentation, configuration management and problem resolution are done, ` +
      `as IEC 62304 clauses 5.1 and 6.1 ask for software safety class ${plan.projectClass}.`,
    sections: [
      {
        heading: 'Software safety class',
        blocks: [
          { kind: 'paragraph', text: plan.classBasis },
          {
            kind: 'table',
            columns: [
              { header: 'System', width: 14 },
              { header: 'Name', width: 26 },
              { header: 'Class', width: 8 },
              { header: 'Rationale', width: 52 },
            ],
            rows: input.systems.map((s) => [s.humanId, s.name, s.effectiveClass, rationaleSummary(s)]),
            emptyText: 'No software system has been defined yet.',
          },
        ],
      },
      {
        heading: 'Team',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Name', width: 50 },
              { header: 'Role in Cairn', width: 50 },
            ],
            rows: input.team.map((m) => [m.name, ROLE_LABELS[m.role]]),
            emptyText: 'No active team member.',
          },
        ],
      },
      {
        heading: 'Plan sections and their state',
        blocks: [
          {
            kind: 'paragraph',
            text: `${plan.progress.required} sections are required for class ${plan.projectClass}: ${plan.progress.requiredDone} marked done, ${plan.progress.missing} not written yet. Optional sections that are not written are listed here and left out below.`,
          },
          {
            kind: 'table',
            columns: [
              { header: 'Clause', width: 14 },
              { header: 'Section', width: 40 },
              { header: 'Required', width: 14 },
              { header: 'State', width: 16 },
              { header: 'Done', width: 16 },
            ],
            rows: plan.steps.map((s) => [s.reference, s.title, s.required ? 'Yes' : 'Optional', s.missing ? 'GAP' : STATE_WORDS[s.state], s.done ? 'Yes' : 'No']),
          },
        ],
      },
      ...sections,
    ],
    records: [
      recordRef('sdp:class', 'safety class', `Class ${plan.projectClass}`, {
        class: plan.projectClass,
        basis: plan.classBasis,
        systems: input.systems.map((s) => [s.humanId, s.name, s.effectiveClass, s.rationale]),
      }),
      recordRef('sdp:members', 'team', 'Team', input.team),
      ...plan.steps.map((s) => recordRef(`sdp:step:${s.id}`, 'plan section', `${s.reference} ${s.title}`, { text: s.text, required: s.required, done: s.done })),
    ],
  };
}
