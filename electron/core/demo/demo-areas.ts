import type { HandlerContext } from '../context';
import { buildDemoArchitecture } from './demo-architecture';
import { buildDemoClassification } from './demo-classification';
import { buildDemoChanges } from './demo-changes';
import { buildDemoDevPlan } from './demo-dev-plan';
import { buildDemoProduct } from './demo-product';
import { buildDemoQms } from './demo-qms';
import { buildDemoReleases, startDemoMaintenanceRelease } from './demo-releases';
import { buildDemoRequirements, recordDemoRequirementsReview } from './demo-requirements';
import { buildDemoRisk } from './demo-risk';
import { buildDemoSoup } from './demo-soup';
import { buildDemoVerification } from './demo-verification';
import { buildDemoTests } from './demo-tests';

type DemoArea = (ctx: HandlerContext) => Promise<void>;

/**
 * Each area's sample records up to the release of 1.0.0, written in this order by the demo author through
 * the public API. An area that builds on another (requirements on the software tree, SOUP on requirements)
 * comes after it.
 */
const BEFORE_RELEASE: DemoArea[] = [
  buildDemoProduct,
  buildDemoRequirements,
  buildDemoRisk,
  recordDemoRequirementsReview,
  buildDemoClassification,
  buildDemoSoup,
  buildDemoArchitecture,
  buildDemoVerification,
  buildDemoDevPlan,
  buildDemoQms,
  buildDemoTests,
  buildDemoReleases,
];

/** After the release: the maintenance release, the problems reported on 1.0.0 and the change they lead to. */
const AFTER_RELEASE: DemoArea[] = [startDemoMaintenanceRelease, buildDemoChanges];

export async function writeDemoRecords(ctx: HandlerContext): Promise<void> {
  for (const writeArea of BEFORE_RELEASE) await writeArea(ctx);
}

export async function writeDemoMaintenance(ctx: HandlerContext): Promise<void> {
  for (const writeArea of AFTER_RELEASE) await writeArea(ctx);
}
