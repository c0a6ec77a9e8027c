/** The sample's manual system test runs of 1.0.0, as its tester recorded them, and the evidence of the failed step. */

type StepResult = { outcome: 'passed' | 'failed' | 'blocked'; actual: string };

export interface DemoManualRun {
  run: { title: string; environment: string; tools: string };
  /** What the tester recorded, case by case (by title) and step by step. */
  results: Record<string, StepResult[]>;
}

const REFERENCE_TOOLS = 'FlowSim FS-2 flow simulator v1.4 (calibration certificate FS2-0915 in the tool register); nRF Sniffer for Bluetooth LE 4.1; BW-1 service tool 1.2';

/**
 * The manual system test runs of 1.0.0. Release candidate 3 failed one step on battery saver; release
 * candidate 4 (the alert worker scheduled as an expedited job) repeats that case and runs the rest.
 */
export const DEMO_MANUAL_RUNS: DemoManualRun[] = [
  {
    run: {
      title: 'System test, release candidate 3',
      environment: 'Pixel 7 (Android 14) and iPhone 13 (iOS 17.5); BW-1 spirometer firmware 2.3.1, serial BW1-00417; clinician portal staging build 1.0.0-rc.3',
      tools: REFERENCE_TOOLS,
    },
    results: {
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
    },
  },
  {
    run: {
      title: 'System test, release candidate 4',
      environment:
        'Pixel 7 (Android 14), iPhone 13 (iOS 17.5) and the 8 phones of the reference list; BW-1 spirometer firmware 2.3.1, serial BW1-00417; clinician portal staging build 1.0.0-rc.4',
      tools: `${REFERENCE_TOOLS}; SSL Labs client test 2.3 and openssl 3.0 s_client for the TLS check`,
    },
    results: {
      'Undelivered alert tells the patient': [
        { outcome: 'passed', actual: 'Queued, "sending" shown.' },
        { outcome: 'passed', actual: 'Message shown after 30 min on both phones.' },
        { outcome: 'passed', actual: 'Pixel 7 in battery saver: message after 30 min 40 s; the worker now runs as an expedited job. iPhone 13 passed.' },
      ],
      'Live coaching during the blow': [
        { outcome: 'passed', actual: 'Slow-start prompt after 0.4 s; blow rejected.' },
        { outcome: 'passed', actual: 'Early-stop prompt after 0.3 s; blow rejected.' },
        { outcome: 'passed', actual: 'Accepted, grade A.' },
      ],
      'Alert wording against the labelling checklist': [
        { outcome: 'passed', actual: 'Four texts captured (EN, DE).' },
        { outcome: 'passed', actual: 'All LC-04 items met; reading age 9.6 to 10.8.' },
      ],
      'Clinician sign-in needs the second factor': [
        { outcome: 'passed', actual: 'Refused without the code.' },
        { outcome: 'passed', actual: 'Locked after the fifth failure; lock entry in the access log.' },
      ],
      'Session review list matches the app': [{ outcome: 'passed', actual: '30 of 30 patients identical.' }],
      'Install on the reference phones': [
        { outcome: 'passed', actual: 'Installed and a session stored on all 8 phones.' },
        { outcome: 'passed', actual: 'Listed as not supported on the Android 11 phone.' },
      ],
      'Stale synchronisation is highlighted': [
        { outcome: 'passed', actual: 'App shows "Last synced 25 h ago" in amber.' },
        { outcome: 'passed', actual: 'Portal shows the same time in amber next to the trend.' },
      ],
    },
  },
];

/** The tester's evidence for the failed step, kept with the result. */
export const DEMO_EVIDENCE = {
  name: 'pixel7-battery-saver-jobs.txt',
  text: 'adb shell dumpsys jobscheduler (excerpt)\nJOB #u0a312/41 com.alder.breathwise/.alerts.UndeliveredAlertWorker\n  Required constraints: TIMING_DELAY\n  Unsatisfied constraints: DEVICE_NOT_DOZING BATTERY_NOT_LOW\n  Deferred for 45m12s (battery saver on)\n',
};
