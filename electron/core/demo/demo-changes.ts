import type { SoftwareNode } from '../../../shared/api/software-types';
import type { HandlerContext } from '../context';
import { storyDate, storyYear } from './demo-calendar';

const flatten = (nodes: SoftwareNode[]): SoftwareNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

function idOf<T extends { id: number }>(rows: T[], match: (row: T) => boolean, what: string): number {
  const found = rows.find(match);
  if (!found) throw new Error(`The demo has no ${what}.`);
  return found.id;
}

/**
 * BreathWise after its first release: a field complaint about FEV1 read low on one phone model, worked
 * through to a fully assessed change request waiting for approval, and an internal finding deferred as a
 * known anomaly. The change stays a draft so a newcomer can approve it and watch the links turn suspect.
 * The author has already drafted the requirement the change adds; nobody has reviewed it yet, which is
 * the one error `cairn check` reports on the sample (see shared/demo/sample-story.ts).
 */
export async function buildDemoChanges(ctx: HandlerContext): Promise<void> {
  const items = flatten(await ctx.call('software.tree', {}));
  const requirements = (await ctx.call('requirements.list', {})).rows;
  const soup = (await ctx.call('soup.list', {})).items;
  const chains = (await ctx.call('risk.list', {})).rows;
  const linkItem = idOf(items, (n) => n.name === 'Spirometer link', 'spirometer link item');
  const computeFev1 = idOf(requirements, (r) => r.title === 'Compute FEV1 and FVC', 'FEV1 requirement');
  const blePlx = idOf(soup, (s) => s.name === 'react-native-ble-plx', 'BLE library');
  const wrongFev1 = idOf(chains, (c) => c.hazard.name === 'Wrong FEV1 from an unacceptable blow', 'wrong-FEV1 risk chain');

  const complaint = await ctx.call('problems.create', {
    title: 'FEV1 reads about 8 % low on Galaxy A14 phones',
    source: 'customer',
    type: 'corrective',
    criticality: 'high',
    foundInVersion: '1.0.0',
    description: `Complaint CC-${storyYear(ctx)}-031 from the respiratory nurse at Klinikum Freiburg: a patient’s home FEV1 has run 0.2–0.3 L below the clinic spirometer for three weeks. Support reproduced a lower FEV1 on a Galaxy A14 with the same turbine.`,
    environment: 'Samsung Galaxy A14 5G, Android 14 (One UI 6.1); BW-1 spirometer firmware 2.3.1; app 1.0.0 (build 412).',
    stepsToReproduce:
      '1. Pair a BW-1 spirometer with a Galaxy A14.\n2. Blow the ATS reference waveform 4 through the calibration syringe rig.\n3. Compare the FEV1 shown with the reference.',
    expected: 'FEV1 within ±3 % or ±50 mL of the reference (3.12 L), as REQ “Compute FEV1 and FVC” requires.',
    actual: 'FEV1 2.87 L on five of five blows (−8 %); the same rig on a Pixel 7 gives 3.10 L.',
    scope: 'Phones whose Bluetooth stack settles on a 45 ms connection interval: Galaxy A14 and A15 models, about 3 % of active installs (212 patients).',
  });
  await ctx.call('problems.setStatus', { id: complaint.id, status: 'investigating' });
  await ctx.call('problems.evaluateRisk', {
    id: complaint.id,
    chainIds: [wrongFev1],
    affectsSafety: true,
    safetyEvaluation:
      'A falsely low FEV1 can raise a needless exacerbation alert; a patient whose baseline was set on an affected phone can also miss a real decline later. Both are covered by the wrong-FEV1 chain; the severity stays as estimated, the probability for affected phones is higher than the residual estimate.',
  });
  await ctx.call('problems.update', {
    id: complaint.id,
    investigation:
      'Bluetooth logs from the support phone show the spirometer sending 100 flow samples per second while the phone delivers them in bursts every 45 ms. The spirometer link keeps a ring buffer of 4 notifications per connection event and overwrites the oldest when a burst is larger, so samples near peak flow are lost and the volume-time curve is flattened.',
    rootCause:
      'The ring buffer was sized for the 15 ms connection interval of the phones tested in verification; the requested interval is not enforced and lost samples are not detected.',
    partiesAdvised: `PRRC Dr. Katrin Albers, vigilance assessment ${storyDate(ctx, 0)}: no serious incident (no harm reported), but correcting the app on phones in use is a field safety corrective action, so it was notified to BfArM before the forced update (FSCA reference ${storyYear(ctx)}-FSCA-0417) together with the field safety notice; the clinicians of the 212 affected patients received that notice in the portal, asking them to confirm home values against clinic spirometry. BreathWise is not marketed in the US yet, so no report under 21 CFR 803 or 806 applies.`,
    decision: 'fix',
    decisionRationale: 'The error exceeds the accuracy requirement and can affect alerts; it is fixed in 1.1.0 rather than deferred.',
  });

  const finding = await ctx.call('problems.create', {
    title: 'Trend chart puts sessions after midnight on the previous day',
    source: 'internal',
    type: 'corrective',
    criticality: 'low',
    foundInVersion: '1.0.0',
    description:
      'Found in exploratory testing: a session recorded at 00:20 local time in UTC+1 shows on the previous day of the trend chart; the session list shows the right date.',
    expected: 'Each session shows on its local calendar day.',
    actual: 'The chart groups sessions by their UTC date.',
    scope: 'Display only; the stored times, the baseline and the alert rule use local days correctly.',
  });
  await ctx.call('problems.setStatus', { id: finding.id, status: 'investigating' });
  await ctx.call('problems.evaluateRisk', {
    id: finding.id,
    chainIds: [],
    affectsSafety: false,
    safetyEvaluation: 'The alert rule and the baseline do not read the chart; the values and their order are right, only the day label of late-night sessions is off by one.',
  });
  await ctx.call('problems.update', { id: finding.id, decision: 'defer', decisionRationale: 'Cosmetic; planned for 1.3.0 with the chart rework.' });
  await ctx.call('problems.evaluateAnomaly', {
    id: finding.id,
    anomalyEvaluation:
      'Does not contribute to an unacceptable risk: no clinical decision or alert uses the chart’s day grouping, and the session list beside it shows the correct date and time.',
    userMitigation: 'Read the date of a late-night session in the session list.',
  });

  const change = await ctx.call('changes.create', {
    title: 'Enforce a 15 ms BLE connection interval and detect lost flow samples',
    problemId: complaint.id,
    targetVersion: '1.1.0',
    description:
      'Request a 15 ms connection interval after pairing and refuse to start a manoeuvre until it is granted; number the flow samples in the stream and reject a blow with any gap, asking the patient to repeat it.',
    rationale: `Fixes the FEV1 under-reading of complaint CC-${storyYear(ctx)}-031 and makes any future sample loss visible instead of silent.`,
    targets: [
      { type: 'software_item', id: linkItem },
      { type: 'requirement', id: computeFev1 },
      { type: 'soup', id: blePlx },
    ],
  });
  await ctx.call('changes.update', {
    id: change.id,
    impactNotes:
      'Released software: 1.1.0 replaces 1.0.0 through the app stores with a forced update. Interfacing systems: none; the portal API is unchanged. Organisation: support scripts gain the “repeat the blow” message.',
    safetyAnalysis:
      'No new cause of a hazardous situation: a rejected blow is repeated, which the acceptability checks already do for coughs. The gap check strengthens the existing control on the wrong-FEV1 chain; its verification is repeated with the reference waveforms on the Galaxy A14 and the Pixel 7.',
    newRiskControls: false,
  });
  await ctx.call('changes.assessSignificance', {
    id: change.id,
    region: 'eu',
    answers: { admin: false, A1: false, A2: false, B1: false, B2: false, B3: false, B4: false, C1: false, C2: false, C3: false, C4: false, C5: false },
    rationale:
      'A bug fix that restores the specified accuracy; the FEV1 algorithm itself is unchanged (only the data reaching it), no new feature, user group or interface. Because the error posed a risk, the notified body is informed in the next surveillance report.',
  });
  await ctx.call('changes.assessSignificance', {
    id: change.id,
    region: 'us',
    answers: { US1: false, US2: true },
    rationale: 'The change only returns the device to its cleared accuracy specification; documented in the design history file.',
  });
  await ctx.call('requirements.create', {
    title: 'Enforce the Bluetooth connection interval',
    text: 'After pairing, the app shall request a 15 ms Bluetooth LE connection interval and shall not start a manoeuvre until the spirometer link reports that interval granted.',
    type: 'performance',
    source: 'internal',
    sourceRef: 'CR-001 / PR-001',
    rationale: 'Flow samples were lost on phones that settled on a 45 ms interval (PR-001); enforcing the interval removes the cause.',
    acceptanceCriteria:
      'On a Galaxy A14 and a Pixel 7, a manoeuvre starts only once a 15 ms interval is granted, and the ATS reference waveforms give FEV1 within ±3 % of the reference.',
    verificationMethod: 'test',
    status: 'draft',
    itemIds: [linkItem],
  });
}
