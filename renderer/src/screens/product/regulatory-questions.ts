import type { Option } from '../../components/SelectField';

export const YES_NO: readonly Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** One question of a helper: shown only while its gate question is answered yes (or always, without one). */
export interface HelperQuestion {
  key: string;
  legend: string;
  help: string;
  options: readonly Option[];
  gate?: string;
}

export const MDR_QUESTIONS: HelperQuestion[] = [
  {
    key: 'isMedicalDeviceSoftware',
    legend: 'Is the software a medical device in its own right?',
    help: 'It processes data for the benefit of individual patients, for a medical purpose such as diagnosis, monitoring or treatment — not only storing, sending or searching it.',
    options: YES_NO,
  },
  {
    key: 'drivesOrInfluencesHardware',
    legend: 'Does it drive or influence the use of a hardware device?',
    help: 'If so it takes at least the class of that device (implementing rule 3.3).',
    options: YES_NO,
    gate: 'isMedicalDeviceSoftware',
  },
  {
    key: 'hardwareClass',
    legend: 'What is the class of that hardware device?',
    help: 'As stated in the device’s own technical documentation.',
    options: ['I', 'IIa', 'IIb', 'III'].map((c) => ({ value: c, label: `Class ${c}` })),
    gate: 'drivesOrInfluencesHardware',
  },
  {
    key: 'informsDiagnosisOrTherapyDecisions',
    legend: 'Does it provide information used to take decisions for diagnosis or therapy?',
    help: 'Rule 11(a): the class depends on what a wrong decision could do.',
    options: YES_NO,
    gate: 'isMedicalDeviceSoftware',
  },
  {
    key: 'worstDecisionImpact',
    legend: 'What is the worst a wrong decision could cause?',
    help: 'Think of the patient acting, or a clinician treating, on wrong or missing information.',
    options: [
      { value: 'death-or-irreversible', label: 'Death or an irreversible deterioration' },
      { value: 'serious-deterioration-or-surgery', label: 'A serious deterioration or a surgical intervention' },
      { value: 'other', label: 'Something less severe' },
    ],
    gate: 'informsDiagnosisOrTherapyDecisions',
  },
  {
    key: 'monitorsPhysiologicalProcesses',
    legend: 'Does it monitor physiological processes?',
    help: 'Rule 11(b), for example breathing, heart rhythm or blood glucose over time.',
    options: YES_NO,
    gate: 'isMedicalDeviceSoftware',
  },
  {
    key: 'vitalParametersImmediateDanger',
    legend: 'Could variations in those vital parameters put the patient in immediate danger?',
    help: 'Then the software is class IIb.',
    options: YES_NO,
    gate: 'monitorsPhysiologicalProcesses',
  },
];

export const FDA_QUESTIONS: HelperQuestion[] = [
  {
    key: 'probableRiskOfDeathOrSeriousInjury',
    legend: 'Could a software failure lead to a probable risk of death or serious injury?',
    help: 'Judged before any risk controls are applied, for a patient, user or bystander. Yes means Enhanced documentation.',
    options: YES_NO,
  },
  { key: 'combinationProduct', legend: 'Is the device part of a combination product?', help: 'A drug or biologic combined with the device.', options: YES_NO },
  {
    key: 'bloodDonationOrBecs',
    legend: 'Does it screen blood donations or serve as blood establishment software?',
    help: 'These devices usually call for Enhanced documentation.',
    options: YES_NO,
  },
  { key: 'fdaClassIII', legend: 'Is the device FDA class III?', help: 'Class III devices usually call for Enhanced documentation.', options: YES_NO },
];

/** The questions still open on the current path. */
export function visibleQuestions(questions: HelperQuestion[], answers: Record<string, string>): HelperQuestion[] {
  return questions.filter((q) => !q.gate || answers[q.gate] === 'yes');
}

/** The answers of the visible questions, as the core expects them: yes/no as booleans, choices as is. */
export function answersFor(questions: HelperQuestion[], answers: Record<string, string>): Record<string, boolean | string> {
  const out: Record<string, boolean | string> = {};
  for (const q of visibleQuestions(questions, answers)) {
    const value = answers[q.key];
    if (value === undefined || value === '') continue;
    out[q.key] = q.options === YES_NO ? value === 'yes' : value;
  }
  return out;
}
