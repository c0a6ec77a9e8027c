import type { SafetyClass } from '../regulatory/safety-class';
import { UNIT_VERIFICATION_CHECKLIST } from './unit-checklist';

/**
 * The verification checklists IEC 62304 asks a team to record: software requirements (5.2.6),
 * architecture (5.3.6), detailed design (5.4.4) and unit verification (5.5.5). The questions are Cairn's
 * own wording of what each clause asks the reviewer to confirm; a recorded review keeps a copy of them.
 */
export const REVIEW_KINDS = ['requirements', 'architecture', 'detailed-design', 'unit-verification'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_RESULTS = ['passed', 'passed-with-obligations', 'failed'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export const REVIEW_RESULT_LABELS: Record<ReviewResult, string> = {
  passed: 'Passed',
  'passed-with-obligations': 'Passed with obligations',
  failed: 'Failed',
};

export const REVIEW_ANSWERS = ['yes', 'no', 'not-applicable'] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];

export const REVIEW_ANSWER_LABELS: Record<ReviewAnswer, string> = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable' };

export interface ChecklistQuestion {
  key: string;
  text: string;
  /** What to look at to answer it. */
  help: string;
  /** Asked only when the unit under review is class C (the extra acceptance criteria of 5.5.4). */
  classCOnly?: boolean;
}

export interface Checklist {
  kind: ReviewKind;
  clause: string;
  title: string;
  questions: readonly ChecklistQuestion[];
}

export const CHECKLISTS: Record<ReviewKind, Checklist> = {
  requirements: {
    kind: 'requirements',
    clause: '5.2.6',
    title: 'Software requirements verification',
    questions: [
      {
        key: 'implements-system',
        text: 'The software requirements cover the system requirements allocated to software, including every risk control measure that software carries out.',
        help: 'Walk the system requirements and the risk controls: each one that software implements has at least one software requirement.',
      },
      {
        key: 'no-contradictions',
        text: 'No software requirement contradicts another.',
        help: 'Look for pairs that set different limits, timings or behaviours for the same situation.',
      },
      {
        key: 'unambiguous',
        text: 'Each requirement can be read in only one way.',
        help: 'Vague words ("fast", "user-friendly", "as needed") and undefined terms are signs of ambiguity.',
      },
      {
        key: 'testable',
        text: 'Each requirement states something that can be verified, with criteria that tell pass from fail.',
        help: 'An acceptance criterion and a verification method (test, inspection, analysis or demonstration) show how.',
      },
      {
        key: 'unique-ids',
        text: 'Each requirement carries its own identifier, used for nothing else.',
        help: 'Cairn gives REQ-n IDs and keeps imported IDs unique; check that merged sources did not duplicate content.',
      },
      {
        key: 'traceable',
        text: 'Each requirement can be traced back to where it came from: a user need, a system requirement, a risk control or a regulation.',
        help: 'The source and source reference columns say where; risk controls point at their risk analysis entry.',
      },
    ],
  },
  architecture: {
    kind: 'architecture',
    clause: '5.3.6',
    title: 'Software architecture verification',
    questions: [
      {
        key: 'implements-requirements',
        text: 'The architecture carries out the system and software requirements, risk controls included.',
        help: 'Every requirement is allocated to at least one software item, and the items together can meet it.',
      },
      {
        key: 'supports-interfaces',
        text: 'The architecture supports the interfaces between software items, and between items and hardware.',
        help: 'Each interface has both ends named, with the data and timing it carries.',
      },
      {
        key: 'supports-soup',
        text: 'The architecture supports the SOUP items working as they are meant to.',
        help: 'Each SOUP item has the hardware, software and configuration it needs, and its failure modes are contained.',
      },
      {
        key: 'segregation-effective',
        text: 'Where items are segregated to justify a lower class, the architecture says how the segregation is made effective.',
        help: 'Separate processes, memory protection or separate processors, with how that separation is verified. Not applicable when nothing is segregated.',
      },
    ],
  },
  'detailed-design': {
    kind: 'detailed-design',
    clause: '5.4.4',
    title: 'Detailed design verification',
    questions: [
      {
        key: 'implements-architecture',
        text: 'The detailed design carries out the software architecture.',
        help: 'Each unit belongs to an item of the architecture and does its part of that item.',
      },
      {
        key: 'no-contradiction',
        text: 'The detailed design does not contradict the architecture.',
        help: 'Interfaces, data and behaviour of the units agree with what the architecture says of their items.',
      },
      {
        key: 'units-and-interfaces',
        text: 'Each unit and its interfaces are designed in enough detail to implement correctly.',
        help: 'Inputs, outputs, error handling and timing are stated for each unit interface.',
      },
    ],
  },
  'unit-verification': UNIT_VERIFICATION_CHECKLIST,
};

/** The questions asked of one review: class C questions only for a class C unit. */
export function questionsFor(kind: ReviewKind, unitClass: SafetyClass | null): readonly ChecklistQuestion[] {
  return CHECKLISTS[kind].questions.filter((q) => !q.classCOnly || unitClass === 'C');
}

export interface ReviewAnswerInput {
  question: string;
  answer: ReviewAnswer;
  note: string;
}

export interface ReviewProblem {
  field: string;
  message: string;
}

/**
 * Whether a filled-in checklist may be recorded with the result chosen: every question answered once,
 * reasons for "no" and "not applicable", no "passed" over a "no", and findings for anything but "passed".
 */
export function checkReview(
  kind: ReviewKind,
  answers: readonly ReviewAnswerInput[],
  result: ReviewResult,
  findings: string,
  unitClass: SafetyClass | null = null,
): ReviewProblem | null {
  const questions = questionsFor(kind, unitClass);
  const seen = new Set<string>();
  for (const [index, answer] of answers.entries()) {
    if (!questions.some((q) => q.key === answer.question)) {
      const classCOnly = CHECKLISTS[kind].questions.some((q) => q.key === answer.question && q.classCOnly);
      const message = classCOnly
        ? `"${answer.question}" is asked only for class C units; this unit is class ${unitClass ?? '?'}.`
        : `"${answer.question}" is not a question of the ${kind} checklist.`;
      return { field: `answers.${index}.question`, message };
    }
    if (seen.has(answer.question)) return { field: `answers.${index}.question`, message: `"${answer.question}" is answered twice.` };
    seen.add(answer.question);
    if (answer.answer !== 'yes' && !answer.note.trim()) {
      return { field: `answers.${index}.note`, message: answer.answer === 'no' ? 'Say what is wrong.' : 'Say why this question does not apply.' };
    }
  }
  const unanswered = questions.find((q) => !seen.has(q.key));
  if (unanswered) return { field: 'answers', message: `Answer every question: "${unanswered.text}" has no answer.` };
  if (result === 'passed' && answers.some((a) => a.answer === 'no')) {
    return { field: 'result', message: 'A checklist with a "no" answer cannot pass outright: choose "passed with obligations" or "failed".' };
  }
  if (result !== 'passed' && !findings.trim()) return { field: 'findings', message: 'Write down the findings and what must be done about them.' };
  return null;
}
