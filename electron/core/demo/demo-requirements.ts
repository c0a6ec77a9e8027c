import type { InputOf } from '../../../shared/api/contract';
import type { SoftwareNode } from '../../../shared/api/software-types';
import { CHECKLISTS } from '../../../shared/reviews/checklists';
import type { HandlerContext } from '../context';
import { DEMO_PASSWORD } from './demo-content';
import { member, signInAs } from './demo-documents';

type NewRequirement = Omit<InputOf<'requirements.create'>, 'itemIds'> & { items: string[] };

const LINK = 'Spirometer link';
const MEASURE = 'Measurement and quality checks';
const TREND = 'Trend analysis and alerts';
const VIEWER = 'Education content viewer';
const PORTAL = 'BreathWise clinician portal';
const APP = 'BreathWise mobile app';

const r = (title: string, text: string, type: NewRequirement['type'], source: NewRequirement['source'], sourceRef: string, items: string[], extra: Partial<NewRequirement> = {}): NewRequirement => ({
  title,
  text,
  type,
  source,
  sourceRef,
  items,
  ...extra,
});

/** BreathWise's software requirements as its team wrote them: what the app and portal shall do, and why. */
const REQUIREMENTS: NewRequirement[] = [
  r('Pair with the spirometer', 'The app shall pair with a BreathWise BW-1 spirometer over Bluetooth LE using LE Secure Connections with numeric comparison, and shall refuse any other device model.', 'interface', 'system-requirement', 'SYS-REQ-3', [LINK], {
    acceptanceCriteria: 'Pairing succeeds with a BW-1 in under 30 s; a non-BW-1 device is refused with a message naming the supported model.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Flow stream sampling', 'The app shall receive the flow signal from the spirometer at 100 samples per second and time-stamp each sample.', 'performance', 'system-requirement', 'SYS-REQ-4', [LINK], {
    rationale: 'ATS/ERS 2019 expects flow sampled at 100 Hz or more for volume-time integration.',
    acceptanceCriteria: 'No gap longer than 20 ms in a 15 s recording on the reference phones.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Detect lost packets', 'When the Bluetooth link drops one or more flow packets during a manoeuvre, the app shall discard that manoeuvre and ask the patient to repeat it.', 'functional', 'risk-control', 'HAZ-4 / RC-2', [LINK, MEASURE], {
    rationale: 'A manoeuvre with missing samples under-reads FVC and could hide a decline.',
    acceptanceCriteria: 'With 1 % injected packet loss, no manoeuvre with a gap is stored; the patient sees the repeat prompt.',
    verificationMethod: 'test',
    status: 'verified',
  }),
  r('Reconnect after interruption', 'If the spirometer connection is lost, the app shall try to reconnect for 60 s and tell the patient what it is doing.', 'functional', 'user-need', 'UN-07', [LINK], {
    acceptanceCriteria: 'Reconnects within 60 s after a 10 s radio outage; a status message is shown throughout.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Compute FEV1 and FVC', 'The app shall compute FEV1 and FVC from each manoeuvre by back-extrapolation of the volume-time curve as ATS/ERS 2019 describes.', 'functional', 'system-requirement', 'SYS-REQ-5', [MEASURE], {
    acceptanceCriteria: 'On the 24 ATS reference waveforms, FEV1 and FVC are within ±3 % or ±50 mL of the reference, whichever is larger.',
    verificationMethod: 'test',
    status: 'verified',
  }),
  r('Acceptability checks', 'The app shall reject a manoeuvre whose back-extrapolated volume exceeds 5 % of FVC or 100 mL, or whose exhalation lasts less than 6 s without a plateau.', 'functional', 'risk-control', 'HAZ-1 / RC-1', [MEASURE], {
    rationale: 'Unacceptable blows give falsely low values that could trigger or mask an alert.',
    acceptanceCriteria: 'Every reference waveform labelled unacceptable is rejected; every acceptable one is kept.',
    verificationMethod: 'test',
    status: 'verified',
  }),
  r('Repeatability', 'A session shall be complete only when the two largest acceptable FVC values, and the two largest FEV1 values, differ by no more than 150 mL.', 'functional', 'standard', 'ATS/ERS 2019', [MEASURE], {
    acceptanceCriteria: 'Sessions failing the 150 mL criterion after eight attempts are stored as "not repeatable" and excluded from trends.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Coach the manoeuvre', 'During a blow, the app shall show a live flow-volume curve and the prompt "Keep blowing" until the end-of-test criteria are met.', 'usability', 'user-need', 'UN-02', [MEASURE], {
    acceptanceCriteria: 'In the formative usability study, 9 of 10 participants reach an acceptable blow within three attempts.',
    verificationMethod: 'demonstration',
    status: 'implemented',
  }),
  r('Results screen', 'After a session the app shall show FEV1 in litres with two decimals, FVC, FEV1/FVC and the percentage of the personal baseline.', 'usability', 'user-need', 'UN-03', [MEASURE], {
    acceptanceCriteria: 'Values match the stored session exactly; the screen passes the readability check at 200 % text size.',
    verificationMethod: 'inspection',
    status: 'implemented',
  }),
  r('Calibration check', 'The app shall refuse to start a session when the spirometer reports a calibration older than 365 days, and shall name the date of the last calibration.', 'alarm', 'risk-control', 'HAZ-2 / RC-3', [LINK, MEASURE], {
    rationale: 'An out-of-date turbine calibration biases volumes.',
    acceptanceCriteria: 'A simulated device with a 366-day-old calibration cannot start a session; the message shows the date.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Personal baseline', 'The app shall set the personal baseline as the median FEV1 of the first 10 complete sessions over at least 14 days, and show it to the patient and clinician.', 'functional', 'system-requirement', 'SYS-REQ-7', [TREND], {
    acceptanceCriteria: 'Baseline equals the median computed independently on 50 synthetic histories.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Exacerbation alert', 'When FEV1 stays below 80 % of the personal baseline on two consecutive days, the app shall alert the patient and send an alert to the clinician portal.', 'alarm', 'risk-control', 'HAZ-3 / RC-4', [TREND], {
    rationale: 'The alert is the main benefit of the device; missing it delays the action plan.',
    acceptanceCriteria: 'All 40 synthetic decline scenarios raise the alert on the second day; none of the 40 stable scenarios does.',
    verificationMethod: 'test',
    status: 'verified',
  }),
  r('Alert delivery time', 'An exacerbation alert shall reach the clinician portal within 15 minutes of the session that triggers it, whenever the phone is online.', 'performance', 'risk-control', 'HAZ-3 / RC-5', [TREND, PORTAL], {
    acceptanceCriteria: '99 % of alerts in a 7-day soak test arrive within 15 minutes.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Undelivered alert', 'If an alert cannot be delivered for 2 hours, the app shall tell the patient to contact their respiratory team directly.', 'alarm', 'risk-control', 'HAZ-3 / RC-6', [TREND], {
    acceptanceCriteria: 'With the network blocked, the fallback message appears 2 h after the alert, and again daily until delivered.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Alert wording', 'Alert messages shall say what was measured, that it is not a diagnosis, and to follow the agreed action plan, in plain language at reading age 11.', 'usability', 'risk-control', 'HAZ-5 / RC-7', [TREND], {
    acceptanceCriteria: 'Reviewed against the labelling checklist; readability score at or below age 11.',
    verificationMethod: 'inspection',
    status: 'implemented',
  }),
  r('No alert before baseline', 'The app shall not raise exacerbation alerts before a personal baseline exists, and shall say so on the results screen.', 'functional', 'risk-control', 'HAZ-6 / RC-8', [TREND], {
    acceptanceCriteria: 'New installs show the "baseline being built" notice and raise no alert in the first 10 sessions.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Local storage', 'The app shall store every session, including rejected blows and their reason, in an encrypted local database until it has been synchronised.', 'data', 'system-requirement', 'SYS-REQ-9', [APP], {
    acceptanceCriteria: 'Sessions survive app restart, phone restart and 72 h offline; the database file is unreadable without the key.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Offline queue', 'Sessions recorded offline shall be queued and sent to the portal oldest first once a connection returns.', 'network', 'user-need', 'UN-05', [APP], {
    acceptanceCriteria: 'After 72 h offline with 20 sessions, all arrive in order with no duplicates.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Transport security', 'All traffic between app and portal shall use TLS 1.3 with certificate pinning.', 'security', 'regulation', 'MDR Annex I 17.4', [APP, PORTAL], {
    acceptanceCriteria: 'A proxy with a self-signed certificate cannot read or alter traffic; TLS 1.2 connections are refused.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Patient sign-in', 'The app shall protect access with the phone’s biometric or device PIN after 5 minutes in the background.', 'security', 'regulation', 'MDR Annex I 17.4', [APP], {
    acceptanceCriteria: 'Returning after 5 min asks for authentication; cancelling it leaves results hidden.',
    verificationMethod: 'demonstration',
    status: 'implemented',
  }),
  r('Clinician accounts', 'The portal shall require named accounts with two-factor authentication and lock an account after 5 failed sign-ins.', 'security', 'regulation', 'MDR Annex I 17.4', [PORTAL], {
    acceptanceCriteria: 'Penetration test finds no way to sign in without the second factor.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Access log', 'The portal shall log every view and change of patient data with the user, time and record, and keep the log for 10 years.', 'security', 'regulation', 'GDPR Art. 32', [PORTAL], {
    acceptanceCriteria: 'Each of 50 scripted actions appears once in the log with the right user and record.',
    verificationMethod: 'inspection',
    status: 'implemented',
  }),
  r('Session review list', 'The portal shall list each patient’s sessions with FEV1, FVC, quality grade and alert state, newest first.', 'usability', 'user-need', 'UN-10', [PORTAL], {
    acceptanceCriteria: 'The list matches the app’s stored sessions for 30 test patients.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Raw curves for review', 'The portal shall show the stored flow-volume and volume-time curves of every blow unchanged, so the clinician can judge quality.', 'functional', 'risk-control', 'external control, SYS-006', [PORTAL], {
    rationale: 'The clinician’s review of raw values is the external control credited in the portal’s class A rationale.',
    acceptanceCriteria: 'Curves drawn from the stored samples overlay the app’s curves pixel for pixel.',
    verificationMethod: 'inspection',
    status: 'implemented',
  }),
  r('Acknowledge alerts', 'The portal shall let a clinician acknowledge an alert with a note, and show who acknowledged it and when.', 'functional', 'user-need', 'UN-11', [PORTAL], {
    acceptanceCriteria: 'Acknowledged alerts show name, time and note; unacknowledged ones stay at the top of the list.',
    verificationMethod: 'demonstration',
    status: 'implemented',
  }),
  r('Education content offline', 'The education viewer shall show the bundled technique videos and leaflets without a network connection.', 'functional', 'user-need', 'UN-08', [VIEWER], {
    acceptanceCriteria: 'All content opens in flight mode.',
    verificationMethod: 'demonstration',
    status: 'implemented',
  }),
  r('Viewer isolation', 'The education viewer shall run in a sandboxed web view with no access to the session database or the Bluetooth link.', 'security', 'risk-control', 'segregation of ITEM-005', [VIEWER], {
    rationale: 'The segregation argument that lowers the viewer to class A depends on it.',
    acceptanceCriteria: 'Automated test: scripts in the web view cannot read the database or call the Bluetooth API.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Supported platforms', 'The app shall run on iOS 17 or later and Android 12 or later, and refuse to install on older versions.', 'installation', 'system-requirement', 'SYS-REQ-1', [APP], {
    acceptanceCriteria: 'Install and full session pass on the 8 phones of the reference list.',
    verificationMethod: 'test',
    status: 'implemented',
  }),
  r('Update notice', 'When a new app version is required by the portal, the app shall say so and keep showing stored results until it is updated.', 'maintenance', 'internal', 'Maintenance plan', [APP], {
    acceptanceCriteria: 'With the portal requiring a newer version, the app shows the update notice on start and every stored result stays readable.',
    verificationMethod: 'demonstration',
    status: 'implemented',
  }),
  r('UDI on the about screen', 'The about screen shall show the UDI-DI, the software version and the manufacturer’s name and address.', 'regulatory', 'regulation', 'MDR Annex I 23.2', [APP], {
    acceptanceCriteria: 'About screen content matches the label specification.',
    verificationMethod: 'inspection',
    status: 'implemented',
  }),
  r('Export for the clinic', 'The portal shall export a patient’s sessions as a PDF report for the clinical record.', 'data', 'user-need', 'UN-12', [PORTAL], {
    acceptanceCriteria: 'The exported PDF lists every session of the chosen period with FEV1, FVC, grade and alert state, matching the portal list.',
    verificationMethod: 'demonstration',
    status: 'implemented',
  }),
];

function idsByName(nodes: SoftwareNode[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(node.name, node.id);
    idsByName(node.children, into);
  }
  return into;
}

/** The requirements of the sample device, allocated to its software items. */
export async function buildDemoRequirements(ctx: HandlerContext): Promise<void> {
  const ids = idsByName(await ctx.call('software.tree', {}));
  for (const { items, ...fields } of REQUIREMENTS) {
    await ctx.call('requirements.create', { ...fields, itemIds: items.map((name) => ids.get(name)).filter((id): id is number => id !== undefined) });
  }
}

/**
 * The requirements review, recorded once the risk area has added the requirement written from RC-12, so
 * every requirement the SRS holds was reviewed as it stands; by the reviewer, not the author who wrote them.
 */
export async function recordDemoRequirementsReview(ctx: HandlerContext): Promise<void> {
  const count = (await ctx.call('requirements.list', { limit: 1000 })).total;
  await signInAs(ctx, member('reviewer').email);
  await ctx.call('reviews.record', {
    kind: 'requirements',
    scope: `REQ-1 to REQ-${count}, release 1.0 baseline`,
    answers: CHECKLISTS.requirements.questions.map((q) => ({ question: q.key, answer: 'yes' as const, note: '' })),
    result: 'passed',
    findings: 'Complete, testable and traceable, including the requirement written from RC-12 during risk control.',
    password: DEMO_PASSWORD,
  });
  await signInAs(ctx, member('author').email);
}
