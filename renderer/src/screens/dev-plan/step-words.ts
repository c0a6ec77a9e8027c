import type { DevPlanStepView } from '../../../../shared/api/dev-plan-types';

/** The one-line state under a step in the list: what a reader must do next comes first. */
export function stepStateLine(step: DevPlanStepView): string {
  if (step.missing) return 'Missing — required';
  const need = step.required ? 'Required' : 'Optional';
  if (step.state === 'empty') return `${need} · not written`;
  return `${need} · ${step.done ? 'done' : 'written, not done'}`;
}

/** Where the text comes from, for the step's own header. */
export function textSourceLine(step: DevPlanStepView): string {
  const who = step.updatedAt && step.updatedBy ? ` Revision ${step.revision}, saved ${step.updatedAt.slice(0, 10)} by ${step.updatedBy}.` : '';
  switch (step.state) {
    case 'empty':
      return 'Nothing saved yet. The editor holds Cairn’s draft for this product: edit it, then save.';
    case 'generated':
      return `Cairn’s draft, as saved.${who}`;
    case 'generated-outdated':
      return `Cairn’s draft from earlier facts: the profile, class or team has changed since. Use the new draft or edit.${who}`;
    default:
      return `Written by the team.${who}`;
  }
}
