import type { InputOf } from '../../../shared/api/contract';

// BreathWise's test cases as its verification lead wrote them, and the evidence of testing version
// 1.0.0: the CI pipeline's JUnit file and a manual system test run on the reference phones. REQ-31
// (clinic export) is still a draft with no case: the gap the trace report and the test plan show.

export type DemoCase = Omit<InputOf<'tests.createCase'>, 'requirementIds' | 'riskControlIds'> & {
  /** Requirement titles the case verifies. */
  verifies: string[];
  /** Risk control names it verifies directly. */
  controls?: string[];
};

const step = (action: string, expected: string) => ({ action, expected });

export const DEMO_CASES: DemoCase[] = [
  {
    title: 'Pairing with a BW-1 spirometer',
    objective: 'Show the app pairs only with the BW-1 model, using LE Secure Connections.',
    preconditions: 'App freshly installed; BW-1 (firmware 2.3.1) in pairing mode; a second BLE peripheral (heart-rate strap) advertising nearby.',
    passCriteria: 'Pairing completes within 30 s and the other device is refused with a message naming the BW-1.',
    verifies: ['Pair with the spirometer'],
    steps: [
      step('Open Settings › Spirometer and tap "Pair a spirometer".', 'Both advertising devices are listed; only the BW-1 is selectable.'),
      step('Select the heart-rate strap through the accessibility list.', 'Refused: "BreathWise works with the BW-1 spirometer only."'),
      step('Select the BW-1 and confirm the six-digit code on both screens.', 'Paired within 30 s; the device screen shows the serial number.'),
    ],
  },
  {
    title: 'Reconnect after a 10 s radio outage',
    objective: 'Show the app recovers the link and keeps the patient informed.',
    preconditions: 'Paired BW-1; the phone and spirometer inside a shielded box whose lid can be opened and closed.',
    passCriteria: 'Reconnected within 60 s; a status message is visible the whole time.',
    verifies: ['Reconnect after interruption'],
    steps: [
      step('Start a session, then close the shielded box for 10 s.', '"Reconnecting to your spirometer…" is shown within 2 s.'),
      step('Open the box.', 'The link is back within 60 s and the session screen returns.'),
    ],
  },
  {
    title: 'Lost packets discard the manoeuvre',
    objective: 'Show a manoeuvre with missing flow samples is never stored.',
    preconditions: 'FlowSim FS-2 driving the BW-1 with the ATS waveform 07; nRF Sniffer configured to drop 1 % of notifications.',
    passCriteria: 'No manoeuvre with a sequence gap is stored; the repeat prompt is shown every time.',
    verifies: ['Detect lost packets'],
    controls: ['Discard manoeuvres with lost packets'],
    steps: [
      step('Run 20 blows of waveform 07 with 1 % packet loss.', 'Every blow with a gap shows "Please blow again — the signal was interrupted."'),
      step('Open the session history.', 'Only blows without gaps are listed; their sample counts match the waveform.'),
    ],
  },
  {
    title: 'Expired calibration refuses the session',
    objective: 'Show no measurement is taken on an out-of-date calibration.',
    preconditions: 'BW-1 whose calibration date is set to 13 months ago with the service tool.',
    passCriteria: 'The session cannot start and the patient is told to contact the clinic.',
    verifies: ['Calibration check'],
    controls: ['Refuse sessions on an expired calibration'],
    steps: [
      step('Connect the spirometer and tap "Start session".', 'Refused: "Your spirometer needs a calibration check. Please contact your clinic."'),
      step('Check the portal for the patient.', 'A calibration notice is listed; no session was recorded.'),
    ],
  },
  {
    title: 'Alert delivered within 15 minutes',
    objective: 'Show a decline alert reaches the clinician portal in time.',
    preconditions: 'Test patient with a 14-day baseline of FEV1 2.9 L; clinician signed in to the staging portal.',
    passCriteria: 'The alert is listed in the portal within 15 minutes of the second low session.',
    verifies: ['Alert delivery time', 'Exacerbation alert'],
    steps: [
      step('Replay two sessions of FEV1 2.2 L on consecutive days with FlowSim.', 'The app shows "Your readings are lower than usual — your clinic has been told."'),
      step('Watch the portal alert list.', 'The alert appears within 15 minutes with both sessions attached.'),
    ],
  },
  {
    title: 'Undelivered alert tells the patient',
    objective: 'Show the patient is told to call the clinic when an alert cannot be delivered.',
    preconditions: 'As for the delivery test; the push service blocked at the staging firewall.',
    passCriteria: 'Within 30 minutes the patient sees the call-the-clinic message with the clinic number.',
    verifies: ['Undelivered alert'],
    controls: ['Tell the patient when an alert is not delivered'],
    steps: [
      step('Replay two low sessions on consecutive days.', 'The alert is queued; the app shows it is being sent.'),
      step('Keep the push service blocked for 30 minutes.', 'The app shows "We could not reach your clinic. Please call 0800 123 456."'),
      step('Repeat with the phone in battery saver mode.', 'The same message is shown within 30 minutes.'),
    ],
  },
  {
    title: 'Sessions survive offline and sync later',
    objective: 'Show sessions recorded offline are kept and sent once the phone is online.',
    preconditions: 'Phone in flight mode; portal shows the patient’s last sync time.',
    passCriteria: 'All sessions arrive in order after reconnecting; none is lost after an app restart.',
    verifies: ['Offline queue', 'Local storage'],
    steps: [
      step('Record three sessions in flight mode, then force-quit and reopen the app.', 'All three sessions are listed as "waiting to send".'),
      step('Leave flight mode.', 'The portal shows the three sessions within 2 minutes, oldest first.'),
    ],
  },
  { title: 'FEV1 and FVC on the ATS reference waveforms', level: 'integration', automated: true, objective: 'Compare computed FEV1 and FVC with the 24 ATS reference waveforms.', passCriteria: 'Within ±3 % or ±50 mL.', verifies: ['Compute FEV1 and FVC'], steps: [] },
  { title: 'Acceptability checks reject coughs and slow starts', level: 'unit', automated: true, objective: 'Each ATS/ERS acceptability criterion rejects the manoeuvres it should.', verifies: ['Acceptability checks'], controls: ['Manoeuvre acceptability and repeatability checks'], steps: [] },
  { title: 'Repeatability grading A to F', level: 'unit', automated: true, objective: 'Session grades follow the 150 mL repeatability rule.', verifies: ['Repeatability'], steps: [] },
  { title: 'No alert before a baseline exists', level: 'unit', automated: true, objective: 'The alert rule stays silent until 14 sessions have set a baseline.', verifies: ['No alert before baseline'], steps: [] },
  { title: 'Flow stream sampled at 100 Hz without gaps', level: 'integration', automated: true, objective: 'Sample timing over a 15 s recording on the simulated link.', verifies: ['Flow stream sampling'], steps: [] },
  { title: 'TLS 1.3 only towards the portal', level: 'integration', automated: true, objective: 'The client refuses TLS 1.2 and weak cipher suites.', verifies: ['Transport security'], steps: [] },
];

export const DEMO_VERSION = '1.0.0';

export const DEMO_JUNIT_RUN = {
  title: 'CI pipeline #482 (main @ 9c41e2a)',
  environment: 'GitHub Actions ubuntu-24.04 runner; Node 20.20; BLE link simulated by the FlowSim driver 1.4',
  tools: 'vitest 4.1.2 with the junit reporter; FlowSim driver 1.4',
};

/** The CI pipeline's JUnit file: names tagged with case IDs, one mapped by its requirement, one helper test with no case. */
export const DEMO_JUNIT_XML = `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="9" failures="0" errors="0" time="4.812">
  <testsuite name="src/measurement/ats-waveforms.test.ts" tests="2" failures="0" errors="0" skipped="0" time="2.104">
    <testcase classname="src/measurement/ats-waveforms.test.ts" name="ATS waveforms &gt; [TC-8] FEV1 and FVC within tolerance on all 24 waveforms" time="1.902"/>
    <testcase classname="src/measurement/ats-waveforms.test.ts" name="ATS waveforms &gt; [TC-8] back-extrapolated volume below 5 % of FVC" time="0.202"/>
  </testsuite>
  <testsuite name="src/measurement/acceptability.test.ts" tests="2" failures="0" errors="0" skipped="0" time="0.318">
    <testcase classname="src/measurement/acceptability.test.ts" name="acceptability &gt; [TC-9] rejects a cough in the first second" time="0.121"/>
    <testcase classname="src/measurement/acceptability.test.ts" name="acceptability &gt; [TC-9] rejects a back-extrapolated volume over 150 mL" time="0.197"/>
  </testsuite>
  <testsuite name="src/measurement/repeatability.test.ts" tests="1" failures="0" errors="0" skipped="0" time="0.088">
    <testcase classname="src/measurement/repeatability.test.ts" name="repeatability &gt; grades sessions A to F" time="0.088">
      <properties>
        <property name="requirement" value="REQ-7"/>
      </properties>
    </testcase>
  </testsuite>
  <testsuite name="src/alerts/baseline.test.ts" tests="1" failures="0" errors="0" skipped="0" time="0.041">
    <testcase classname="src/alerts/baseline.test.ts" name="baseline &gt; [TC-11] no alert before 14 sessions" time="0.041"/>
  </testsuite>
  <testsuite name="src/link/sampling.test.ts" tests="1" failures="0" errors="0" skipped="0" time="1.511">
    <testcase classname="src/link/sampling.test.ts" name="sampling &gt; [TC-12] no gap over 20 ms in a 15 s recording" time="1.511"/>
  </testsuite>
  <testsuite name="src/sync/tls.test.ts" tests="1" failures="0" errors="0" skipped="1" time="0.702">
    <testcase classname="src/sync/tls.test.ts" name="tls &gt; [TC-13] refuses TLS 1.2" time="0.702">
      <skipped message="staging portal certificate rotation in progress; run manually before release"/>
    </testcase>
  </testsuite>
  <testsuite name="src/ui/format.test.ts" tests="1" failures="0" errors="0" skipped="0" time="0.048">
    <testcase classname="src/ui/format.test.ts" name="format &gt; shows litres with two decimals in every locale" time="0.048"/>
  </testsuite>
</testsuites>
`;

export const DEMO_MANUAL_RUN = {
  title: 'System test, release candidate 3',
  environment: 'Pixel 7 (Android 14) and iPhone 13 (iOS 17.5); BW-1 spirometer firmware 2.3.1, serial BW1-00417; clinician portal staging build 1.0.0-rc.3',
  tools: 'FlowSim FS-2 flow simulator v1.4 (calibrated 2026-02-03); nRF Sniffer for Bluetooth LE 4.1; BW-1 service tool 1.2',
};

/** What the tester recorded, case by case and step by step; one step failed on battery saver. */
export const DEMO_MANUAL_RESULTS: Record<string, { outcome: 'passed' | 'failed' | 'blocked'; actual: string }[]> = {
  'Pairing with a BW-1 spirometer': [
    { outcome: 'passed', actual: 'Only the BW-1 selectable.' },
    { outcome: 'passed', actual: 'Refusal message as expected.' },
    { outcome: 'passed', actual: 'Paired in 11 s on the Pixel 7, 14 s on the iPhone 13.' },
  ],
  'Reconnect after a 10 s radio outage': [
    { outcome: 'passed', actual: 'Message after 1 s.' },
    { outcome: 'passed', actual: 'Reconnected after 6 s (Pixel 7) and 9 s (iPhone 13).' },
  ],
  'Lost packets discard the manoeuvre': [
    { outcome: 'passed', actual: '7 of 20 blows had gaps; each showed the repeat prompt.' },
    { outcome: 'passed', actual: '13 blows stored, sample counts match.' },
  ],
  'Expired calibration refuses the session': [
    { outcome: 'passed', actual: 'Refused with the expected message.' },
    { outcome: 'passed', actual: 'Notice listed, no session.' },
  ],
  'Alert delivered within 15 minutes': [
    { outcome: 'passed', actual: 'Message shown after the second session.' },
    { outcome: 'passed', actual: 'Alert listed after 4 min 10 s.' },
  ],
  'Undelivered alert tells the patient': [
    { outcome: 'passed', actual: 'Queued, "sending" shown.' },
    { outcome: 'passed', actual: 'Message shown after 30 min on both phones.' },
    { outcome: 'failed', actual: 'Pixel 7 in battery saver: no message after 45 min; the background job was deferred by the OS. iPhone 13 passed.' },
  ],
  'Sessions survive offline and sync later': [
    { outcome: 'passed', actual: 'Three sessions waiting after restart.' },
    { outcome: 'passed', actual: 'All three in the portal after 40 s, in order.' },
  ],
};

/** The tester's evidence for the failed step, kept with the result. */
export const DEMO_EVIDENCE = {
  name: 'pixel7-battery-saver-jobs.txt',
  text: 'adb shell dumpsys jobscheduler (excerpt)\nJOB #u0a312/41 com.alder.breathwise/.alerts.UndeliveredAlertWorker\n  Required constraints: TIMING_DELAY\n  Unsatisfied constraints: DEVICE_NOT_DOZING BATTERY_NOT_LOW\n  Deferred for 45m12s (battery saver on)\n',
};
