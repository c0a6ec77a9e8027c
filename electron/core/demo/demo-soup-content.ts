// BreathWise's third-party software, as the two lockfiles of its repositories would list it, and the
// SOUP records the team wrote for the packages the class B mobile app names directly.

interface LockedPackage {
  name: string;
  version: string;
  license: string;
  dev?: boolean;
  /** Listed in the project's own package.json (else pulled in by another package). */
  direct?: boolean;
}

/** A package-lock.json (v3) as npm writes it, so the demo imports through the same parser a user's file goes through. */
export function packageLock(project: string, packages: LockedPackage[]): string {
  const direct = packages.filter((p) => p.direct);
  return JSON.stringify(
    {
      name: project,
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': {
          name: project,
          version: '1.0.0',
          dependencies: Object.fromEntries(direct.filter((p) => !p.dev).map((p) => [p.name, `^${p.version}`])),
          devDependencies: Object.fromEntries(direct.filter((p) => p.dev).map((p) => [p.name, `^${p.version}`])),
        },
        ...Object.fromEntries(packages.map((p) => [`node_modules/${p.name}`, { version: p.version, license: p.license, ...(p.dev ? { dev: true } : {}) }])),
      },
    },
    null,
    2,
  );
}

export const MOBILE_APP_PACKAGES: LockedPackage[] = [
  { name: 'react-native', version: '0.73.6', license: 'MIT', direct: true },
  { name: 'react', version: '18.2.0', license: 'MIT', direct: true },
  { name: 'react-native-ble-plx', version: '3.1.2', license: 'Apache-2.0', direct: true },
  { name: '@op-engineering/op-sqlite', version: '6.0.1', license: 'MIT', direct: true },
  { name: 'victory-native', version: '40.0.2', license: 'MIT', direct: true },
  { name: 'axios', version: '1.6.8', license: 'MIT', direct: true },
  { name: 'react-native-webview', version: '13.6.4', license: 'MIT', direct: true },
  { name: 'date-fns', version: '3.3.1', license: 'MIT', direct: true },
  { name: 'base64-js', version: '1.5.1', license: 'MIT' },
  { name: 'buffer', version: '6.0.3', license: 'MIT' },
  { name: 'follow-redirects', version: '1.15.6', license: 'MIT' },
  { name: 'form-data', version: '4.0.0', license: 'MIT' },
  { name: 'proxy-from-env', version: '1.1.0', license: 'MIT' },
  { name: 'loose-envify', version: '1.4.0', license: 'MIT' },
  { name: 'scheduler', version: '0.24.0-canary-efb381bbf-20230505', license: 'MIT' },
  { name: 'vitest', version: '4.1.2', license: 'MIT', dev: true, direct: true },
  { name: 'detox', version: '20.27.0', license: 'MIT', dev: true, direct: true },
  { name: 'typescript', version: '5.6.3', license: 'Apache-2.0', dev: true, direct: true },
  { name: '@babel/core', version: '7.24.0', license: 'MIT', dev: true },
];

export const PORTAL_PACKAGES: LockedPackage[] = [
  { name: 'fastify', version: '4.26.2', license: 'MIT', direct: true },
  { name: 'pg', version: '8.11.3', license: 'MIT', direct: true },
  { name: 'jose', version: '5.2.3', license: 'MIT', direct: true },
  { name: 'zod', version: '3.22.4', license: 'MIT', direct: true },
  { name: 'pino', version: '8.19.0', license: 'MIT' },
  { name: 'pg-protocol', version: '1.6.0', license: 'MIT' },
  { name: 'vitest', version: '4.1.2', license: 'MIT', dev: true, direct: true },
  { name: 'typescript', version: '5.6.3', license: 'Apache-2.0', dev: true, direct: true },
];

/** Who publishes each package: npm lockfiles do not say, so the team filled it in. */
export const SUPPLIERS: Record<string, string> = {
  'react-native': 'Meta Platforms, Inc.',
  react: 'Meta Platforms, Inc.',
  scheduler: 'Meta Platforms, Inc.',
  'react-native-ble-plx': 'Intent sp. z o.o. (dotintent)',
  '@op-engineering/op-sqlite': 'OP Engineering (Oscar Franco); bundles SQLCipher by Zetetic LLC',
  'victory-native': 'Nearform (formerly Formidable Labs)',
  axios: 'axios project (open-source maintainers on GitHub)',
  'react-native-webview': 'React Native Community',
  'date-fns': 'date-fns project (Sasha Koss and contributors)',
  'base64-js': 'Beatgammit (Jameson Little)',
  buffer: 'Feross Aboukhadijeh',
  'follow-redirects': 'Ruben Verborgh, Olivier Lalonde and James Talmage',
  'form-data': 'Felix Geisendörfer and contributors',
  'proxy-from-env': 'Rob Wu',
  'loose-envify': 'Andres Suarez',
  fastify: 'Fastify project (OpenJS Foundation)',
  pg: 'Brian Carlson (node-postgres)',
  'pg-protocol': 'Brian Carlson (node-postgres)',
  jose: 'Filip Skokan (panva)',
  zod: 'Colin McDonnell',
  pino: 'Pino project (Matteo Collina and contributors)',
};

export interface SoupRecord {
  name: string;
  items: string[];
  purpose: string;
  functionalRequirements: string;
  performanceRequirements: string;
  hardwareSoftwareRequirements: string;
  riskLevel: 'low' | 'medium' | 'high';
  anomalyReview: string;
  /** Days before the sample is built (see demo-calendar.ts). */
  anomalyReviewedDaysAgo: number | null;
}

export const MOBILE_SOUP_RECORDS: SoupRecord[] = [
  {
    name: 'react-native',
    items: ['BreathWise mobile app'],
    purpose: 'Cross-platform UI and native-module runtime the whole mobile app is built on.',
    functionalRequirements: 'Render the coaching and results screens; bridge to the Bluetooth and storage native modules; deliver touch input in order.',
    performanceRequirements: 'Keep the live flow-volume animation at 30 frames per second or better during a blow on the reference phones.',
    hardwareSoftwareRequirements: 'iOS 17+ (built with Xcode 16.1) or Android 12+ (API 31, Hermes); 2 GB RAM.',
    riskLevel: 'medium',
    anomalyReview:
      'Read the 0.73.6 release notes and open issues labelled "Bug" for iOS 17 and Android 14. None affects our screens; a known text-clipping issue on Android font scaling is covered by our usability test UT-4.',
    anomalyReviewedDaysAgo: 50,
  },
  {
    name: 'react',
    items: ['BreathWise mobile app'],
    purpose: 'Component model and state updates for the app screens (used through react-native).',
    functionalRequirements: 'Re-render screens when measurement state changes; no lost updates between renders.',
    performanceRequirements: 'A state update reaches the screen within one frame (33 ms) on the reference phones.',
    hardwareSoftwareRequirements: 'The JavaScript engine shipped with react-native 0.73 (Hermes).',
    riskLevel: 'low',
    anomalyReview: 'No open issue in the 18.2.0 tracker concerns React Native renderers in our use; reviewed with the react-native upgrade.',
    anomalyReviewedDaysAgo: 50,
  },
  {
    name: 'react-native-ble-plx',
    items: ['Spirometer link'],
    purpose: 'Bluetooth Low Energy scanning, pairing and notifications for the link to the spirometer.',
    functionalRequirements: 'Scan for the spirometer service UUID, connect, subscribe to the flow characteristic and deliver every notification in order; report disconnects.',
    performanceRequirements: 'Sustain 100 notifications per second (flow samples at 100 Hz) without loss for a 15 s blow.',
    hardwareSoftwareRequirements: 'Bluetooth 4.2+ radio; Android 12+ with BLUETOOTH_SCAN and BLUETOOTH_CONNECT permissions; iOS 17+ with Bluetooth usage description.',
    riskLevel: 'high',
    anomalyReview:
      'Reviewed the 3.1.2 issue tracker: a reconnect loop on Android 14 after the phone sleeps (open). Mitigated by RC-3: the app drops a session with a sequence gap and asks for a new blow. No other open issue touches notification delivery.',
    anomalyReviewedDaysAgo: 47,
  },
  {
    name: '@op-engineering/op-sqlite',
    items: ['Measurement and quality checks', 'Trend analysis and alerts'],
    purpose: 'Encrypted on-device store (SQLCipher) for sessions, baselines and alert history.',
    functionalRequirements: 'Atomic transactions; AES-256 encryption at rest with the key held in the platform keystore; survive the app being killed mid-write.',
    performanceRequirements: 'Save a session (about 2,000 samples) in under 200 ms; load a 12-month trend in under 500 ms.',
    hardwareSoftwareRequirements: 'iOS 17+ / Android 12+; 50 MB free storage; SQLCipher 4.5 bundled by the package.',
    riskLevel: 'medium',
    anomalyReview:
      'Checked the 6.0.1 release notes and SQLCipher 4.5.6 advisories: none open for our use (no FTS, no attached databases). Our crash-during-write test covers the durability claim.',
    anomalyReviewedDaysAgo: 47,
  },
  {
    name: 'victory-native',
    items: ['Trend analysis and alerts'],
    purpose: 'Draws the FEV1 trend chart against the personal baseline.',
    functionalRequirements: 'Plot values at the right scale with labelled axes; show the baseline band and alert threshold lines.',
    performanceRequirements: 'Render 365 points in under 300 ms.',
    hardwareSoftwareRequirements: 'react-native-skia 0.1.221+ and react-native-reanimated 3 (peer dependencies).',
    riskLevel: 'medium',
    anomalyReview:
      'Reviewed open issues for 40.0.2: an axis tick rounding issue on very small ranges; our chart always shows at least a 0.5 L range, checked in the trend chart’s unit tests.',
    anomalyReviewedDaysAgo: 44,
  },
  {
    name: 'axios',
    items: ['BreathWise mobile app'],
    purpose: 'HTTPS client that uploads finished sessions and alerts to the clinician portal.',
    functionalRequirements: 'TLS 1.2+ with certificate validation; retries under our control; surfaces HTTP errors to the sync queue.',
    performanceRequirements: 'Upload a session (≈ 40 kB) within 10 s on a 3G connection; time out after 30 s.',
    hardwareSoftwareRequirements: 'The react-native networking layer; no Node.js modules.',
    riskLevel: 'low',
    anomalyReview: 'Read the 1.6.8 security advisories: CVE-2023-45857 (XSRF token leak) is fixed in 1.6.0 and does not apply to a mobile client without cookies.',
    anomalyReviewedDaysAgo: 44,
  },
  {
    name: 'react-native-webview',
    items: ['Education content viewer'],
    purpose: 'Shows the bundled breathing-technique videos and leaflets in a sandboxed web view.',
    functionalRequirements: 'Load only bundled local files; JavaScript bridge disabled; no navigation to remote pages.',
    performanceRequirements: 'Open a leaflet in under 1 s.',
    hardwareSoftwareRequirements: 'Android System WebView 110+ / WKWebView on iOS 17+.',
    riskLevel: 'low',
    anomalyReview: 'No open issue for 13.6.4 concerns local-file loading with the bridge disabled.',
    anomalyReviewedDaysAgo: 44,
  },
  {
    name: 'date-fns',
    items: ['Trend analysis and alerts'],
    purpose: 'Date arithmetic for trend windows (7-day and 30-day averages) in the patient’s time zone.',
    functionalRequirements: 'Correct day boundaries across daylight-saving changes.',
    performanceRequirements: 'Negligible: called a few hundred times per trend calculation.',
    hardwareSoftwareRequirements: 'Any ES2019 JavaScript engine (Hermes).',
    riskLevel: 'medium',
    // Left open on purpose: the sample shows how a pending review appears in the list and the document.
    anomalyReview: '',
    anomalyReviewedDaysAgo: null,
  },
];
