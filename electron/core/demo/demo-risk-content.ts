import type { InputOf } from '../../../shared/api/contract';
import type { CauseCategory, HazardCategory } from '../../../shared/risk/catalogue';

// BreathWise's risk management file as its team wrote it. Hazard and control numbers match the
// source references the requirements already carry (HAZ-4 / RC-2 …), because both come from one analysis.

export const RISK_PLAN: InputOf<'risk.updatePlan'> = {
  scope:
    'BreathWise Home Spirometry release 1.x: the mobile app (iOS and Android), the clinician portal and their link to the BW-1 spirometer, from design through production, distribution, use at home and in clinics, and decommissioning of patient data.',
  lifecyclePhases: 'Design and development, verification and validation, release, post-market use and maintenance, and withdrawal of a version.',
  responsibilities:
    'Risk manager: Jonas Brandt, software lead (keeps the risk file, analyses software causes and controls, and records the overall residual risk evaluation agreed with the clinical expert). Clinical expert: consultant respiratory physician (severity and benefit judgements). Top management, Dr. Miriam Okafor, sets the acceptability policy; Henrik Vogel, management representative, approves the risk management plan and report.',
  reviewRequirements: 'The risk file is reviewed at each design review, before every release and after every field safety notice or complaint trend review.',
  acceptabilityPolicy:
    'Risks are judged on the matrix below. Where a software failure rate cannot be estimated, P1 is taken as "Almost certain" and only the chance of harm (P2) and controls outside the failing function are credited. Risks are reduced as far as possible regardless of the matrix; cost is never a reason to stop.',
  overallCriterion:
    'The overall residual risk is acceptable when no residual risk is unacceptable without a documented benefit-risk conclusion, and the clinical expert judges the combined residual risks outweighed by the benefit of earlier exacerbation treatment.',
  controlVerification:
    'Implementation: each control is a software requirement verified by system test (see the test report). Effectiveness: replay of the ATS reference waveforms, fault injection on the Bluetooth link, and the summative usability study.',
  productionInformation:
    'Complaints, app store reviews, portal alert statistics and crash reports are reviewed monthly by the risk manager; new hazards or higher frequencies reopen the analysis.',
};

export interface DemoControl {
  type: InputOf<'risk.addControl'>['type'];
  name: string;
  implementationVerification: string;
  effectivenessVerification: string;
  /** Titles of the existing requirements that implement it. */
  requirements: string[];
  /** A requirement written from the control on the spot, when none existed, and the items it is allocated to. */
  newRequirement?: { text: string; items: string[]; acceptanceCriteria: string };
}

const SYSTEM_TEST = 'System test of the linked requirements, release 1.0 test report.';

/** RC-1 … RC-13 in this order. */
export const CONTROLS: DemoControl[] = [
  {
    type: 'protective-measure',
    name: 'Manoeuvre acceptability and repeatability checks',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Replay of the 24 ATS/ERS reference waveforms: every unacceptable blow rejected.',
    requirements: ['Acceptability checks', 'Repeatability', 'Raw curves for review'],
  },
  {
    type: 'protective-measure',
    name: 'Discard manoeuvres with lost packets',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Fault injection with 1 % and 5 % packet loss on the reference phones.',
    requirements: ['Detect lost packets'],
  },
  {
    type: 'protective-measure',
    name: 'Refuse sessions on an expired calibration',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Simulated devices with calibrations of 364, 365 and 366 days.',
    requirements: ['Calibration check'],
  },
  {
    type: 'inherent-safety',
    name: 'Alert on a sustained FEV1 decline',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Clinical performance study: sensitivity and specificity on 40 decline and 40 stable histories.',
    requirements: ['Exacerbation alert'],
  },
  {
    type: 'protective-measure',
    name: 'Alert delivery within 15 minutes',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Seven-day soak test of alert delivery.',
    requirements: ['Alert delivery time'],
  },
  {
    type: 'protective-measure',
    name: 'Tell the patient when an alert is not delivered',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Network-blocked test; usability study task 7.',
    requirements: ['Undelivered alert'],
  },
  {
    type: 'information-for-safety',
    name: 'Plain-language alert wording',
    implementationVerification: 'Labelling checklist review.',
    effectivenessVerification: 'Summative usability study: comprehension of the alert message.',
    requirements: ['Alert wording'],
  },
  {
    type: 'inherent-safety',
    name: 'No alerts until a baseline exists',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Synthetic new-user histories raise no alert in the first 10 sessions.',
    requirements: ['No alert before baseline'],
  },
  {
    type: 'protective-measure',
    name: 'Live coaching during the blow',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Formative usability study: 9 of 10 reach an acceptable blow in three attempts.',
    requirements: ['Coach the manoeuvre'],
  },
  {
    type: 'protective-measure',
    name: 'Encrypted transport and strong portal sign-in',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'External penetration test before release.',
    requirements: ['Transport security', 'Clinician accounts', 'Viewer isolation'],
  },
  {
    type: 'inherent-safety',
    name: 'Store and forward every session',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: '72-hour offline soak with 20 sessions.',
    requirements: ['Offline queue', 'Local storage'],
  },
  {
    type: 'protective-measure',
    name: 'Show the time of the last synchronisation',
    implementationVerification: SYSTEM_TEST,
    effectivenessVerification: 'Usability study task 9: clinicians notice a stale trend.',
    requirements: [],
    newRequirement: {
      text: 'The app and the portal shall show the time of the last successful synchronisation next to every trend, highlighted when it is older than 24 hours.',
      items: ['BreathWise mobile app', 'BreathWise clinician portal'],
      acceptanceCriteria: 'With the phone offline for 25 hours, both the app and the portal show the last synchronisation time highlighted.',
    },
  },
  {
    // A clinical procedure outside the software: the external control the app's class B rests on (IEC 62304 4.3).
    type: 'information-for-safety',
    name: 'Patient action plan and scheduled respiratory reviews',
    implementationVerification:
      'Outside the software: the IFU and the onboarding screens state that BreathWise does not replace the written COPD action plan agreed at diagnosis; checked on the release build’s IFU and onboarding screens.',
    effectivenessVerification: 'Clinical investigation: every participant kept their action plan; no exacerbation was treated later than under usual care.',
    requirements: [],
  },
];

export const HAZARDS: { name: string; category: HazardCategory; description: string }[] = [
  { name: 'Wrong FEV1 from an unacceptable blow', category: 'information-data', description: 'A cough, leak or early stop gives a falsely low or high value.' },
  { name: 'Biased volumes from an out-of-date calibration', category: 'information-data', description: 'Turbine drift shifts every value in one direction.' },
  { name: 'Exacerbation alert not raised or not delivered', category: 'functional-failure', description: 'The decline is measured but nobody is told in time.' },
  { name: 'Flow data corrupted on the Bluetooth link', category: 'information-data', description: 'Lost or reordered packets distort the flow curve.' },
  { name: 'Alert read as a diagnosis', category: 'use-error', description: 'The patient takes the alert as an instruction to self-treat.' },
  { name: 'Alerts before a personal baseline exists', category: 'functional-failure', description: 'Early values compared with nothing raise false alarms.' },
  { name: 'Poor blow technique accepted', category: 'use-error', description: 'Sub-maximal efforts repeated day after day look like a decline or hide one.' },
  { name: 'Patient data exposed', category: 'cybersecurity', description: 'Intercepted traffic or a stolen portal account reveals health data.' },
  { name: 'Trend out of date after failed synchronisation', category: 'information-data', description: 'Sessions stay on the phone while the portal shows an old trend.' },
];

export const SITUATIONS = [
  'Patient and clinician see an FEV1 that does not reflect the lungs',
  'Values drift over weeks without anyone noticing',
  'The clinician does not learn of a decline that the app measured',
  'An under-read session is stored as valid',
  'The patient starts or stops medication on the alert alone',
  'New users receive alerts in their first days',
  'The clinician reviews a trend missing the latest sessions',
  'Health data reaches someone not entitled to it',
];

export const HARMS: { name: string; description: string }[] = [
  { name: 'Delayed treatment of an exacerbation', description: 'Worsening breathlessness, possibly life-threatening.' },
  { name: 'Hospital admission for an untreated exacerbation', description: 'Admission that earlier treatment would have avoided.' },
  { name: 'Inappropriate self-treatment', description: 'Over- or under-use of rescue steroids or antibiotics; reversible with care.' },
  { name: 'Anxiety and an unnecessary clinic visit', description: 'Temporary distress, no injury.' },
  { name: 'Distress from disclosure of health data', description: 'Psychological harm and possible discrimination; no physical injury.' },
];

export interface DemoChain {
  hazard: number;
  situation: number;
  harm: number;
  sequence: string;
  initial: { p1: number; p2: number; s: number };
  residual: { p1: number; p2: number; s: number };
  controls: number[];
  causes: { item: string; category: CauseCategory; description: string }[];
  benefitRisk?: string;
}

/** Numbers are 1-based positions in the lists above (HAZ-n, HS-n, HARM-n, RC-n). */
export const CHAINS: DemoChain[] = [
  {
    hazard: 1,
    situation: 1,
    harm: 1,
    sequence: 'The patient coughs during the blow; the app computes FEV1 from the truncated curve and shows it as normal.',
    initial: { p1: 4, p2: 3, s: 4 },
    residual: { p1: 2, p2: 3, s: 4 },
    controls: [1, 13],
    causes: [{ item: 'Measurement and quality checks', category: 'specification', description: 'Acceptability criteria missing from the first specification.' }],
  },
  {
    hazard: 2,
    situation: 2,
    harm: 1,
    sequence: 'The turbine calibration expires; the app keeps computing values 8 % low.',
    initial: { p1: 3, p2: 3, s: 4 },
    residual: { p1: 1, p2: 3, s: 4 },
    controls: [3, 13],
    causes: [{ item: 'Spirometer link', category: 'hardware-or-other-software', description: 'Device reports an old calibration date.' }],
  },
  {
    hazard: 3,
    situation: 3,
    harm: 2,
    sequence: 'FEV1 stays below 80 % of baseline for two days; the alert job fails or the push is lost; the clinician is never told.',
    initial: { p1: 4, p2: 4, s: 4 },
    residual: { p1: 1, p2: 4, s: 4 },
    controls: [4, 5, 6, 13],
    causes: [
      { item: 'Trend analysis and alerts', category: 'functional-defect', description: 'Alert rule not evaluated after an app update.' },
      { item: 'BreathWise clinician portal', category: 'hardware-or-other-software', description: 'Push service outage.' },
    ],
  },
  {
    hazard: 4,
    situation: 4,
    harm: 1,
    sequence: 'Packets drop while the phone is busy; the missing samples shorten the curve; FVC under-reads.',
    initial: { p1: 4, p2: 3, s: 4 },
    residual: { p1: 1, p2: 3, s: 4 },
    controls: [2, 13],
    causes: [{ item: 'Spirometer link', category: 'soup-failure', description: 'Bluetooth stack drops notifications under load.' }],
  },
  {
    hazard: 5,
    situation: 5,
    harm: 3,
    sequence: 'An alert appears; the patient reads it as a diagnosis and starts rescue medication without calling the team.',
    initial: { p1: 4, p2: 3, s: 3 },
    residual: { p1: 4, p2: 3, s: 3 },
    controls: [7],
    causes: [{ item: 'Trend analysis and alerts', category: 'foreseeable-misuse', description: 'Alert taken as a treatment instruction.' }],
    benefitRisk:
      'Only information for safety can address this use error; it does not lower the estimate. The clinical expert judges the benefit of alerts (earlier treatment of exacerbations in the clinical investigation) to outweigh this residual risk; it is disclosed in the IFU.',
  },
  {
    hazard: 6,
    situation: 6,
    harm: 4,
    sequence: 'A new user does three sessions; values compared with no baseline raise an alert.',
    initial: { p1: 5, p2: 3, s: 2 },
    residual: { p1: 1, p2: 3, s: 2 },
    controls: [8],
    causes: [{ item: 'Trend analysis and alerts', category: 'specification', description: 'Baseline rule not specified for new users.' }],
  },
  {
    hazard: 7,
    situation: 1,
    harm: 1,
    sequence: 'The patient blows gently every day; the app accepts the effort and the trend hides a real decline.',
    initial: { p1: 4, p2: 2, s: 4 },
    residual: { p1: 2, p2: 2, s: 4 },
    controls: [1, 9, 13],
    causes: [{ item: 'Measurement and quality checks', category: 'foreseeable-misuse', description: 'Sub-maximal effort.' }],
  },
  {
    hazard: 8,
    situation: 8,
    harm: 5,
    sequence: 'An attacker on public Wi-Fi intercepts synchronisation traffic, or guesses a clinician password.',
    initial: { p1: 3, p2: 3, s: 2 },
    residual: { p1: 2, p2: 3, s: 2 },
    controls: [10],
    causes: [{ item: 'BreathWise mobile app', category: 'specification', description: 'Security requirements incomplete in the first draft.' }],
  },
  {
    hazard: 9,
    situation: 7,
    harm: 2,
    sequence: 'The phone stays offline for days; the portal trend looks stable because recent sessions never arrived.',
    initial: { p1: 4, p2: 2, s: 4 },
    residual: { p1: 2, p2: 2, s: 4 },
    controls: [11, 12, 13],
    causes: [{ item: 'BreathWise mobile app', category: 'functional-defect', description: 'Queue lost on app reinstall.' }],
  },
  {
    hazard: 3,
    situation: 3,
    harm: 1,
    sequence: 'The app is uninstalled by the phone’s storage cleaner; no sessions, no alerts, and nobody notices the silence.',
    initial: { p1: 3, p2: 4, s: 4 },
    residual: { p1: 1, p2: 4, s: 4 },
    controls: [12, 13],
    causes: [{ item: 'BreathWise mobile app', category: 'hardware-or-other-software', description: 'Operating system removes the app.' }],
  },
];

export const OVERALL_EVALUATION =
  'Nine of ten chains are acceptable after control; the remaining use-error risk (RISK-5) has a documented benefit-risk conclusion and is disclosed in the IFU. The clinical expert judges the overall residual risk acceptable against the plan criterion.';
