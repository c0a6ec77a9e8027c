import type { ClassificationAnswers } from './classification';
import { decided, refused, type Decision } from './problems';

/** A risk control outside the software system that the classification credits. */
export interface ExternalControl {
  control: string;
  /** Why it works even when the software fails (a hardware interlock, an independent system, a clinical procedure). */
  independence: string;
}

/**
 * When a system is class A only because external controls make the risk acceptable, those controls are
 * the whole argument: each must be named and its independence from the software explained.
 */
export function checkExternalControls(answers: ClassificationAnswers, controls: readonly ExternalControl[]): Decision<null> {
  const credited = answers.contributesToHazardousSituation === true && answers.riskAcceptableWithExternalControls === true;
  if (!credited) return decided(null);
  if (controls.length === 0) {
    return refused('externalControls', 'Name the external risk controls that make the risk acceptable, and why each is independent of this software.');
  }
  const index = controls.findIndex((c) => c.control.trim() === '' || c.independence.trim() === '');
  if (index >= 0) {
    const which = controls[index]?.control.trim() === '' ? 'control' : 'independence';
    return refused(`externalControls.${index}.${which}`, which === 'control' ? 'Name the control.' : 'Explain why this control works even when the software fails.');
  }
  return decided(null);
}
