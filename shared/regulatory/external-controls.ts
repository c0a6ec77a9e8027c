import type { ClassificationAnswers } from './classification';
import { contradicted, decided, refused, type Decision } from './problems';

/** A risk control outside the software system that the classification credits. */
export interface ExternalControl {
  /** The control in words; for a control from the risk file, its name as it stood when credited. */
  control: string;
  /** Why it works even when the software fails (a hardware interlock, an independent system, a clinical procedure). */
  independence: string;
  /** Set when the control is picked from the risk file: its row id and human ID (RC-n) at the time. */
  riskControlId?: number;
  riskControlHumanId?: string;
}

/** What the classification input carries per control: a risk file control is named by its id, its words come from the file. */
export type ExternalControlInput = Pick<ExternalControl, 'control' | 'independence' | 'riskControlId'>;

/**
 * When a system is class A only because external controls make the risk acceptable, those controls are
 * the whole argument: each must be named and its independence from the software explained. A control
 * picked from the risk file is named by the file, so only its independence is asked for; the same risk
 * file control credited twice is refused, as it would count one argument twice.
 */
export function checkExternalControls(answers: ClassificationAnswers, controls: readonly ExternalControlInput[]): Decision<null> {
  const seen = new Set<number>();
  for (const [index, c] of controls.entries()) {
    if (c.riskControlId === undefined) continue;
    if (seen.has(c.riskControlId)) return refused(`externalControls.${index}.riskControlId`, 'This risk control is already credited above; credit it once.');
    seen.add(c.riskControlId);
  }
  const credited = answers.contributesToHazardousSituation === true && answers.riskAcceptableWithExternalControls === true;
  if (!credited) return decided(null);
  if (controls.length === 0) {
    return refused('externalControls', 'Name the external risk controls that make the risk acceptable, and why each is independent of this software.');
  }
  const index = controls.findIndex((c) => (c.riskControlId === undefined && c.control.trim() === '') || c.independence.trim() === '');
  if (index >= 0) {
    const c = controls[index];
    const which = c && c.riskControlId === undefined && c.control.trim() === '' ? 'control' : 'independence';
    return refused(`externalControls.${index}.${which}`, which === 'control' ? 'Name the control.' : 'Explain why this control works even when the software fails.');
  }
  return decided(null);
}

/**
 * Hazardous situations picked from the risk file say the system can contribute to them, so they
 * contradict answering that it cannot.
 */
export function checkSituations(answers: ClassificationAnswers, situationIds: readonly number[]): Decision<null> {
  if (situationIds.length > 0 && answers.contributesToHazardousSituation === false) {
    return contradicted(
      'situationIds',
      'Contradicts the answer that this software cannot contribute to a hazardous situation: the situations picked are ones it can contribute to. Remove them or change the answer.',
    );
  }
  if (new Set(situationIds).size !== situationIds.length) return refused('situationIds', 'A hazardous situation is picked twice; pick each once.');
  return decided(null);
}
