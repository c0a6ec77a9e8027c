import type { InterfaceEnd } from '../../../shared/api/architecture-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import type { HandlerContext } from '../context';

function byName(nodes: SoftwareNode[], into = new Map<string, number>()): Map<string, number> {
  for (const node of nodes) {
    into.set(node.name, node.id);
    byName(node.children, into);
  }
  return into;
}

/** Units the team split the two busiest class B items into, with the design they wrote for each. */
const UNITS = [
  {
    item: 'Spirometer link',
    name: 'BLE session manager',
    description: 'Scans, pairs and keeps the connection to the spirometer.',
    design:
      'A state machine (idle → scanning → connecting → streaming → closing) driven by the BLE library callbacks. Only devices advertising the ' +
      'BreathWise service UUID and a bonded serial number are accepted. A manoeuvre is streamed only after the device reports a valid calibration date; ' +
      'a dropped link during a blow discards that blow and tells the user to repeat it.',
    interfaces:
      'In: GATT notifications (flow packets, 20 bytes, every 10 ms; status; battery). Out: start/stop commands; a stream of raw packets to the sample decoder; ' +
      'connection state events to the UI. Errors: timeout after 8 s without packets, bond lost, calibration expired.',
  },
  {
    item: 'Spirometer link',
    name: 'Flow sample decoder',
    description: 'Turns raw BLE packets into timed flow samples.',
    design:
      'Decodes each packet (sequence number, five 16-bit flow values in mL/s) and checks the sequence; a gap of more than one packet marks the blow ' +
      'incomplete. Integrates flow to volume with the trapezoidal rule and applies the BTPS factor from the device status packet.',
    interfaces: 'In: raw packets with receive time. Out: flow–time and volume–time series at 100 Hz, or an "incomplete blow" result with the missing sequence range.',
  },
  {
    item: 'Measurement and quality checks',
    name: 'Acceptability checker',
    description: 'Applies the ATS/ERS 2019 acceptability and repeatability criteria.',
    design:
      'Back-extrapolated volume under 5 % of FVC or 100 mL, expiratory time at least 6 s or a plateau, no cough in the first second, and the two best ' +
      'FEV1 and FVC within 150 mL. Each failed criterion is returned with its code, so the coaching screen can say what to change.',
    interfaces: 'In: the session’s blows as volume–time series. Out: grade A–F per session, per-blow pass/fail with criterion codes.',
  },
  {
    item: 'Measurement and quality checks',
    name: 'FEV1/FVC calculator',
    description: 'Computes FEV1, FVC and their ratio from the accepted blows.',
    design: '',
    interfaces: '',
  },
];

/**
 * BreathWise's architecture as its team would record it: units of the spirometer link and the
 * measurement item, the interfaces to the spirometer, the BLE stack, the encrypted store, the portal's
 * sync API and the push service, how the class A education viewer is kept apart, and unit designs (the
 * reviewer verifies them in demo-verification.ts). Runs after the SOUP area, whose items it points at.
 */
export async function buildDemoArchitecture(ctx: HandlerContext): Promise<void> {
  let tree = await ctx.call('software.tree', {});
  for (const unit of UNITS) {
    const parentId = byName(tree).get(unit.item);
    if (parentId !== undefined) tree = await ctx.call('software.add', { parentId, kind: 'unit', name: unit.name, description: unit.description });
  }
  const node = byName(tree);
  const soup = new Map((await ctx.call('soup.list', {})).items.filter((s) => s.source.startsWith('mobile-app/')).map((s) => [s.name, s.id]));
  const software = (name: string): InterfaceEnd | null => (node.has(name) ? { kind: 'software', id: node.get(name) ?? 0 } : null);
  const soupEnd = (name: string): InterfaceEnd | null => (soup.has(name) ? { kind: 'soup', id: soup.get(name) ?? 0 } : null);
  const external = (name: string): InterfaceEnd => ({ kind: 'external', name });

  const interfaces = [
    {
      name: 'Spirometer BLE link',
      from: external('BreathWise spirometer'),
      to: software('BLE session manager'),
      direction: 'two-way',
      protocol: 'Bluetooth LE GATT',
      dataExchanged: 'Flow packets every 10 ms, device status, battery level, calibration date; start and stop commands.',
      description: 'Bonded pairing; the app refuses devices with an expired calibration.',
    },
    {
      name: 'Bluetooth stack',
      from: software('BLE session manager'),
      to: soupEnd('react-native-ble-plx'),
      direction: 'two-way',
      protocol: 'Library API',
      dataExchanged: 'Scan, connect and notification callbacks.',
      description: '',
    },
    {
      name: 'Flow samples',
      from: software('Flow sample decoder'),
      to: software('Measurement and quality checks'),
      direction: 'one-way',
      protocol: 'In-process calls',
      dataExchanged: 'Flow–time and volume–time series at 100 Hz per blow.',
      description: '',
    },
    {
      name: 'Session results',
      from: software('Measurement and quality checks'),
      to: software('Trend analysis and alerts'),
      direction: 'one-way',
      protocol: 'In-process calls',
      dataExchanged: 'FEV1, FVC, FEV1/FVC and the session grade.',
      description: 'Only graded sessions (A–C) feed the trend.',
    },
    {
      name: 'Encrypted session store',
      from: software('Measurement and quality checks'),
      to: soupEnd('@op-engineering/op-sqlite'),
      direction: 'two-way',
      protocol: 'SQLite with SQLCipher',
      dataExchanged: 'Sessions, blows and alerts, encrypted with AES-256.',
      description: 'The key lives in the iOS Keychain or Android Keystore and never leaves the device.',
    },
    {
      name: 'Sync API',
      from: software('BreathWise mobile app'),
      to: software('BreathWise clinician portal'),
      direction: 'two-way',
      protocol: 'HTTPS REST, TLS 1.3',
      dataExchanged: 'Session results and alerts up; clinician acknowledgements and action-plan changes down.',
      description: 'Idempotent uploads keyed by session ID; retried with exponential back-off (at most 6 attempts an hour) while offline, and queued for up to 30 days.',
    },
    {
      name: 'Alert notifications',
      from: software('Trend analysis and alerts'),
      to: external('Push notification service'),
      direction: 'one-way',
      protocol: 'APNs / FCM',
      dataExchanged: 'Alert reminders without health data in the payload.',
      description: '',
    },
    {
      name: 'Education content',
      from: software('Education content viewer'),
      to: soupEnd('react-native-webview'),
      direction: 'one-way',
      protocol: 'Sandboxed WebView',
      dataExchanged: 'Local file URLs of the bundled videos and leaflets only.',
      description: 'No JavaScript bridge and no network access.',
    },
  ] as const;
  for (const i of interfaces) {
    if (!i.from || !i.to) continue;
    await ctx.call('architecture.addInterface', { ...i, from: i.from, to: i.to });
  }

  const viewer = node.get('Education content viewer');
  if (viewer !== undefined) {
    await ctx.call('architecture.setSegregation', {
      itemId: viewer,
      measure:
        'The viewer runs in its own sandboxed WebView that loads only content bundled with the app: no JavaScript bridge to the app, no network, ' +
        'and no access to the session store or the Bluetooth link.',
      effectiveness:
        'The WebView settings are fixed in code and covered by a unit test; an automated UI test tries to reach the store and the BLE module from ' +
        'inside the viewer and must fail; the architecture review of each release checks that no new interface touches the viewer.',
    });
  }
  for (const unit of UNITS.filter((u) => u.design)) {
    const unitId = node.get(unit.name);
    if (unitId !== undefined) await ctx.call('architecture.setUnitDesign', { unitId, design: unit.design, interfaces: unit.interfaces });
  }
}
