/**
 * Whether software is medical device software at all, walked as MDCG 2019-11 (Rev.1) qualifies it, in
 * Cairn's words. IEC 62304 applies to medical device software only (its scope, clause 1.2), so software
 * that does not qualify gets no safety class: "class A" would claim the standard applies and that its
 * failure was judged harmless, neither of which is what was decided.
 */
export const QUALIFICATION_QUESTIONS = [
  {
    key: 'drivesDevice',
    text: 'Does the software drive or influence a hardware medical device, or is it an accessory to one?',
    help: 'Firmware, or an app that sets or reads a pump, a meter or an implant: it is regulated with that device.',
    settles: { yes: 'device' },
  },
  {
    key: 'actsOnData',
    text: 'Does it do more with the data than store, archive, send, compress without loss or search it?',
    help: 'Calculating, analysing, interpreting, flagging or changing how an image or value is shown for a decision counts; a viewer or archive that only keeps and passes images on does not.',
    settles: { no: 'not-device' },
  },
  {
    key: 'forIndividualPatients',
    text: 'Is that done for the benefit of individual patients?',
    help: 'Results about one patient, used in their care. Statistics over populations or hospital logistics are not.',
    settles: { no: 'not-device' },
  },
  {
    key: 'medicalPurpose',
    text: 'Is the purpose a medical one: diagnosis, prevention, monitoring, prediction, prognosis, treatment or alleviation of a disease, an injury or a disability?',
    help: 'The medical purposes of MDR Article 2(1). Wellness, fitness or administration are not.',
    settles: { yes: 'device', no: 'not-device' },
  },
] as const;

export type QualificationKey = (typeof QUALIFICATION_QUESTIONS)[number]['key'];
export type QualificationAnswers = Partial<Record<QualificationKey, boolean>>;
export type QualificationQuestion = (typeof QUALIFICATION_QUESTIONS)[number];

export type Qualification =
  | { settled: false; next: QualificationQuestion; asked: QualificationQuestion[] }
  | { settled: true; medicalDeviceSoftware: boolean; asked: QualificationQuestion[]; rationale: string };

const NOT_DEVICE_WHY: Partial<Record<QualificationKey, string>> = {
  actsOnData: 'it only stores, archives, sends, compresses without loss or searches data',
  forIndividualPatients: 'what it does with the data is not for the benefit of individual patients',
  medicalPurpose: 'its purpose is not a medical one in the sense of MDR Article 2(1)',
};

/** Walks the questions in order; the first answer that settles the question ends the walk. */
export function qualifySoftware(answers: QualificationAnswers): Qualification {
  const asked: QualificationQuestion[] = [];
  for (const question of QUALIFICATION_QUESTIONS) {
    const answer = answers[question.key];
    if (answer === undefined) return { settled: false, next: question, asked };
    asked.push(question);
    const outcome = (question.settles as { yes?: string; no?: string })[answer ? 'yes' : 'no'];
    if (outcome === 'device') {
      return { settled: true, medicalDeviceSoftware: true, asked, rationale: 'Medical device software: IEC 62304 applies, and the safety class follows from the questions below.' };
    }
    if (outcome === 'not-device') {
      return {
        settled: true,
        medicalDeviceSoftware: false,
        asked,
        rationale: `Not medical device software (MDCG 2019-11): ${NOT_DEVICE_WHY[question.key] ?? ''}. IEC 62304 applies to medical device software only, so this software gets no safety class; if its intended purpose changes, qualify it again.`,
      };
    }
  }
  // The last question settles either way, so the walk never gets here.
  throw new Error('qualification walk ended unsettled');
}
