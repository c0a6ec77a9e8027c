import type { ClassificationAnswers, WorstHarm } from '../../../../shared/regulatory/classification';
import type { Option } from '../../components/SelectField';

export const YES_NO: readonly Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const HARM_OPTIONS: readonly { value: WorstHarm; label: string }[] = [
  { value: 'none', label: 'No injury' },
  { value: 'non-serious-injury', label: 'Non-serious injury' },
  { value: 'serious-injury', label: 'Serious injury' },
  { value: 'death', label: 'Death' },
];

export const HELP = {
  contributes:
    'Assume the software fails — IEC 62304 treats a software failure as certain, however unlikely it seems. Could that failure, alone or together with something else, put a patient, user or bystander in a hazardous situation?',
  acceptable:
    'Credit only risk controls outside this software: a hardware interlock, an independent system, a clinical procedure. Checks inside the software do not lower its class, because they may fail together with it.',
  failureCertain:
    'For classification the software is taken to fail, with certainty: the probability estimates in the risk file do not lower the class, only controls outside this system do.',
  harm: 'Choose the worst outcome still possible. A serious injury is one that threatens life, leaves lasting damage to the body, or needs medical or surgical treatment to prevent such damage; anything milder is non-serious.',
};

export interface AnswerText {
  contributes: string;
  acceptable: string;
  worstHarm: string;
}

const yesNo = (value: string): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);

function isHarm(value: string): value is WorstHarm {
  return HARM_OPTIONS.some((option) => option.value === value);
}

/** The answers the flowchart needs, dropping those a changed earlier answer has made irrelevant. */
export function answersFrom(text: AnswerText): ClassificationAnswers {
  const contributes = yesNo(text.contributes);
  const acceptable = contributes ? yesNo(text.acceptable) : undefined;
  const answers: ClassificationAnswers = {};
  if (contributes !== undefined) answers.contributesToHazardousSituation = contributes;
  if (acceptable !== undefined) answers.riskAcceptableWithExternalControls = acceptable;
  if (acceptable === false && isHarm(text.worstHarm)) answers.worstHarm = text.worstHarm;
  return answers;
}
