import type { HandlerContext } from '../context';
import { buildDemoArchitecture } from './demo-architecture';
import { buildDemoClassification } from './demo-classification';
import { buildDemoChanges } from './demo-changes';
import { buildDemoDevPlan } from './demo-dev-plan';
import { buildDemoProduct } from './demo-product';
import { buildDemoQms } from './demo-qms';
import { buildDemoReleases } from './demo-releases';
import { buildDemoRequirements, recordDemoRequirementsReview } from './demo-requirements';
import { buildDemoRisk } from './demo-risk';
import { buildDemoSoup } from './demo-soup';
import { buildDemoVerification } from './demo-verification';
import { buildDemoTests } from './demo-tests';

/**
 * Each area's sample records, written in this order by the demo author through the public API. An area
 * that builds on another (requirements on the software tree, SOUP on requirements) comes after it.
 */
const DEMO_AREAS: ((ctx: HandlerContext) => Promise<void>)[] = [buildDemoProduct, buildDemoRequirements, buildDemoRisk, recordDemoRequirementsReview, buildDemoClassification, buildDemoSoup, buildDemoArchitecture, buildDemoVerification, buildDemoDevPlan, buildDemoQms, buildDemoTests, buildDemoReleases, buildDemoChanges];

export async function writeDemoRecords(ctx: HandlerContext): Promise<void> {
  for (const writeArea of DEMO_AREAS) await writeArea(ctx);
}
