import type { ClassificationRiskFile } from '../../../shared/api/classification-types';
import type { SoftwareNode } from '../../../shared/api/software-types';
import type { HandlerContext } from '../context';

function byName(nodes: SoftwareNode[], name: string): SoftwareNode {
  const found = nodes.flatMap((n) => [n, ...n.children]).find((n) => n.name === name);
  if (!found) throw new Error(`The sample classification names "${name}", which the sample software tree does not have.`);
  return found;
}

/** A control the sample credits, looked up in the wizard's own view so a control that is not external fails loudly. */
function external(file: ClassificationRiskFile, humanId: string, independence: string) {
  const control = file.controls.find((c) => c.humanId === humanId);
  if (control?.placement !== 'external') throw new Error(`The sample credits ${humanId}, which is not external to this system: ${control?.reason ?? 'not in the risk file'}.`);
  return { riskControlId: control.id, independence };
}

const situations = (file: ClassificationRiskFile, humanIds: string[]) => file.situations.filter((s) => humanIds.includes(s.humanId) || s.causedBy.length > 0).map((s) => s.id);

/**
 * BreathWise's IEC 62304 classification, decided from its risk file: each system names the hazardous
 * situations it can contribute to and the external controls credited. The app stays class B: the risk file's
 * worst severity (a life-threatening delay) is before any control, and the patient's own action plan, which
 * needs neither app nor measurements, limits the harm a silent app can cause. Runs after the risk area.
 */
export async function buildDemoClassification(ctx: HandlerContext): Promise<void> {
  const tree = await ctx.call('software.tree', {});
  const app = byName(tree, 'BreathWise mobile app');
  const portal = byName(tree, 'BreathWise clinician portal');
  const appFile = await ctx.call('classification.riskFile', { systemId: app.id });
  await ctx.call('classification.classifySystem', {
    systemId: app.id,
    answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: false, worstHarm: 'non-serious-injury' },
    situationIds: situations(appFile, []),
    externalControls: [external(appFile, 'RC-13', 'Agreed at diagnosis and followed on breathlessness and sputum alone; it needs neither the app nor its measurements.')],
    rationaleExtra:
      'The risk file rates a missed decline as Critical (S4) before any control. Patients keep their usual symptom-based action plan and ' +
      'scheduled reviews, so the credible worst case with the app failing is a worsening that is treated later than it could have been, not a serious injury.',
  });
  const viewer = byName(app.children, 'Education content viewer');
  await ctx.call('classification.setItemClass', {
    itemId: viewer.id,
    itemClass: 'A',
    segregation: {
      rationale: 'The viewer only displays static content shipped with the app; it runs in a sandboxed web view with no access to measurements, alerts or the spirometer link.',
      verification: 'Architecture review of the module boundaries and an automated test that the web view cannot reach the measurement store.',
    },
  });
  const portalFile = await ctx.call('classification.riskFile', { systemId: portal.id });
  await ctx.call('classification.classifySystem', {
    systemId: portal.id,
    answers: { contributesToHazardousSituation: true, riskAcceptableWithExternalControls: true },
    situationIds: situations(portalFile, ['HS-7', 'HS-8']),
    externalControls: [
      {
        control: 'The clinician reviews the raw spirometry values and the patient’s symptoms before changing treatment.',
        independence: 'The raw values come from the mobile app’s stored sessions and are shown unchanged; the clinical decision does not rely on the portal’s summaries.',
      },
      external(portalFile, 'RC-6', 'Runs in the mobile app, a separate software system: the app tells the patient itself when the portal does not confirm an alert.'),
      external(portalFile, 'RC-11', 'The app keeps every session on the phone until the portal confirms it, so a portal outage delays data but loses none.'),
    ],
  });
}
