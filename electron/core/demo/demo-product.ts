import type { HandlerContext } from '../context';

/**
 * The sample device's profile and software structure, as its team would record them (the systems are
 * classified once the risk file exists, in demo-classification.ts):
 * a home spirometry app that pairs with a Bluetooth spirometer and flags possible COPD exacerbations,
 * plus a web portal where the patient's respiratory team reviews the results.
 */
export async function buildDemoProduct(ctx: HandlerContext): Promise<void> {
  await ctx.call('product.update', {
    intendedPurpose:
      'BreathWise guides adults with chronic obstructive pulmonary disease (COPD) through a forced spirometry manoeuvre at home with a ' +
      'paired Bluetooth spirometer, checks the quality of each blow, records FEV1 and FVC, and alerts the patient and their respiratory ' +
      'team when the trend suggests a possible exacerbation, so that the agreed action plan can be started earlier.',
    intendedUsers: 'Adult patients with diagnosed COPD using the app at home; respiratory nurses and physicians reviewing results in the clinician portal.',
    patientPopulation: 'Adults aged 40 and over with COPD (GOLD grades 1–4), able to perform spirometry after instruction; not for children or for diagnosis.',
    useEnvironment: 'Home use on the patient’s own smartphone (iOS 17+, Android 12+); clinician portal in a hospital or practice web browser.',
    markets: ['eu', 'us'],
    softwareForm: 'samd',
  });
  const [app] = await ctx.call('software.add', {
    parentId: null,
    kind: 'system',
    name: 'BreathWise mobile app',
    description: 'Patient app: guides the manoeuvre, checks quality, stores results and raises trend alerts.',
  });
  const appId = app?.id ?? 1;
  const add = (parentId: number, kind: 'item' | 'unit', name: string, description: string) => ctx.call('software.add', { parentId, kind, name, description });
  await add(appId, 'item', 'Spirometer link', 'Bluetooth LE pairing and the flow-volume data stream from the spirometer.');
  await add(appId, 'item', 'Measurement and quality checks', 'Computes FEV1 and FVC and rejects blows that fail the acceptability criteria.');
  await add(appId, 'item', 'Trend analysis and alerts', 'Compares each session with the personal baseline and raises exacerbation alerts.');
  await add(appId, 'item', 'Education content viewer', 'Shows breathing-technique videos and leaflets bundled with the app.');
  await ctx.call('software.add', {
    parentId: null,
    kind: 'system',
    name: 'BreathWise clinician portal',
    description: 'Web portal where the respiratory team reviews sessions and alerts.',
  });
  await ctx.call('regulatory.assessMdr', {
    answers: {
      isMedicalDeviceSoftware: true,
      drivesOrInfluencesHardware: false,
      informsDiagnosisOrTherapyDecisions: true,
      worstDecisionImpact: 'other',
      monitorsPhysiologicalProcesses: true,
      vitalParametersImmediateDanger: false,
    },
  });
  await ctx.call('regulatory.assessFda', { answers: { probableRiskOfDeathOrSeriousInjury: false } });
}
