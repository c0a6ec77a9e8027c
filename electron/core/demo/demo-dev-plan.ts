import { DEV_PLAN_STEP_IDS, type DevPlanStepId } from '../../../shared/dev-plan/steps';
import type { HandlerContext } from '../context';

/**
 * BreathWise's development plan as its team would keep it: Cairn's drafts adopted where they fit, and
 * the sections that depend on the team's own tools and habits rewritten in their words.
 */
const EDITED: Partial<Record<DevPlanStepId, string>> = {
  lifecycle: [
    'BreathWise is developed in two-week increments. Each increment takes a slice of the backlog through software requirements (5.2), architecture updates (5.3), division into units (5.4.1), implementation with unit tests (5.5), integration testing (5.6) and the system tests affected (5.7). A release (5.8) bundles one or more increments.',
    'Phases: planning (this plan, the risk management plan RISK-PLAN and the first SRS), development increments, release hardening (full regression on the device matrix, final risk review), release, then maintenance. Reviews:',
    [
      '- Requirements review: at the end of each increment that changed the SRS',
      '- Architecture review: when an item or interface is added or changed',
      '- Release review: before every release, with the residual anomaly list',
    ].join('\n'),
  ].join('\n\n'),
  'standards-tools': [
    'Standards, methods and tools used for all BreathWise software (the class B app follows them too, though 5.1.4 only requires it for class C):',
    [
      '- Languages: TypeScript 5.6 in strict mode for the app (React Native 0.73) and the clinician portal’s API (Fastify 4); Kotlin and Swift only in the thin Bluetooth bridge modules',
      '- Runtimes and build: Node.js 20 LTS, Xcode 16 and Android Gradle Plugin 8.7, all pinned in the repository (.nvmrc, the Gradle wrapper and the release workflow file)',
      '- Coding standard: the team’s ESLint configuration (typescript-eslint strict rules, react-hooks) and Prettier, checked in CI',
      '- Static analysis: tsc --noEmit, ESLint with zero warnings allowed, GitHub CodeQL on every pull request',
      '- Tests: Vitest 4.1 for units and integration, Detox 20 for end-to-end flows on the device farm, a hardware-in-the-loop rig with the BW-1 spirometer for the spirometer link',
    ].join('\n'),
  ].join('\n\n'),
  integration: [
    'Integration is continuous and trunk-based: every pull request is built by GitHub Actions, which runs the unit tests, the integration suite and the linters before a merge to main is allowed.',
    'Integration tests cover the interfaces of the architecture: spirometer link ↔ measurement and quality checks (recorded flow-volume streams, including dropped packets and out-of-order notifications), measurement ↔ trend analysis, the sync API between the app and the clinician portal, and each SOUP item at its locked version.',
    'For each release candidate the full integration suite runs on the release branch; the GitHub Actions run is exported to Cairn as the integration test record with the commit, the results and the tester. Failures go to problem resolution.',
  ].join('\n\n'),
  configuration: [
    'Configuration items: the breathwise monorepo on GitHub (app, portal, shared packages, CI workflows), the package-lock.json that fixes every SOUP version, the development tools listed under supporting items, and the controlled documents in this project file.',
    'Versions follow semantic versioning. A MAJOR or MINOR change gets a new UDI-DI assessment under the change procedure; every release is identified by its version and build number, which make up the UDI-PI shown in the app’s About screen.',
    'Branches: trunk-based development on main, with a release/x.y branch cut for each release; only fixes approved by a change request are cherry-picked onto a release branch. Each release is a signed tag. Jonas Brandt is the configuration manager.',
  ].join('\n\n'),
  'common-defects': [
    'Defect categories typical of TypeScript, React Native and Bluetooth LE apps, and how BreathWise prevents or detects them:',
    [
      '- Undefined and null values: tsc strict mode with noUncheckedIndexedAccess; no non-null assertions without a comment',
      '- Floating-point and unit errors in FEV1/FVC: volumes held in millilitres as integers, flows in L/s with explicit unit types; property-based tests against the ATS/ERS reference curves',
      '- Async races and stale state: one store per feature with serialised writes; tests for app backgrounding during a blow and for reconnects',
      '- Bluetooth edge cases: tests with recorded streams that drop, repeat and reorder packets',
      '- Time zones and daylight saving: all session times in UTC; trend tests run across a DST change',
      '- Vulnerable dependencies: npm audit and Dependabot alerts reviewed weekly and before each release',
    ].join('\n'),
    'Evidence: CI fails on any tsc or ESLint error; branch coverage of the measurement and trend items is kept at or above 90 % and reported with each release; code review uses a checklist with these categories.',
  ].join('\n\n'),
  maintenance: [
    'After release, feedback arrives through in-app feedback, support@alder-resp.example, App Store and Google Play reviews, complaints handled under SOP-FBK and the respiratory teams using the portal. Support logs each item in the complaint log within one working day.',
    'An item is a problem when the app does not behave as specified, when a measurement, quality check or alert could be wrong, or when users repeatedly misunderstand an instruction. Problems go to problem resolution; Dr. Miriam Okafor as PRRC assesses each for EU MDR vigilance and FDA medical device reporting.',
    'SOUP: Dependabot opens a pull request for every new version; the team reviews the changelog and known issues, and an upgrade that touches the spirometer link, measurement or trend items needs a change request and the hardware-in-the-loop tests. iOS and Android releases are tested on beta versions before they ship; when a platform version falls out of support it is dropped in the next MINOR release with notice to users.',
  ].join('\n\n'),
};

/** Steps the team has not finished reviewing yet, so the sample shows work in progress too. */
const NOT_DONE: DevPlanStepId[] = ['maintenance', 'standards-tools'];

export async function buildDemoDevPlan(ctx: HandlerContext): Promise<void> {
  for (const stepId of DEV_PLAN_STEP_IDS) {
    const text = EDITED[stepId];
    if (text) await ctx.call('devPlan.updateStep', { stepId, text });
    else await ctx.call('devPlan.resetStep', { stepId });
  }
  await ctx.call('devPlan.markDone', { stepIds: DEV_PLAN_STEP_IDS.filter((id) => !NOT_DONE.includes(id)), done: true });
}
