import { annexAScenario, classificationScenario, SHIPPED_CLASSIFICATION_RULES, type ClassificationRules } from './oq-classification';
import type { OqContext } from './oq-context';
import { crashSafetyScenario } from './oq-crash-safety';
import { gatesScenario } from './oq-gates';
import { junitImportScenario, lockfileImportScenario, requirementsImportScenario } from './oq-imports';
import { projectAuditScenario } from './oq-project-audit';
import { signedDocumentScenario } from './oq-signed-document';
import { tamperScenario } from './oq-tamper';
import { runIq, type IqTarget } from './iq-checks';
import type { ValidationStep } from './validation-step';

/** The whole run as the evidence file keeps it and the report prints it. */
export interface ValidationRun {
  version: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Where and how it ran: platform, runtime, the KDF cost in force. */
  environment: Record<string, string>;
  iq: ValidationStep[];
  oq: ValidationStep[];
  passed: boolean;
}

export interface ValidationOptions {
  iq: IqTarget;
  oq: OqContext;
  /** The classification rules under test; only a fault-injection test passes other ones. */
  rules?: ClassificationRules;
  environment?: Record<string, string>;
  progress?: (fraction: number, label: string) => void;
  clock?: () => Date;
}

/** Every OQ scenario, one per intended use, in report order. */
function oqScenarios(ctx: OqContext, rules: ClassificationRules): [string, () => Promise<ValidationStep>][] {
  return [
    ['classification', () => classificationScenario(rules)],
    ['Annex A applicability', () => annexAScenario(rules)],
    ['project, edit, audit and verify', () => projectAuditScenario(ctx)],
    ['tamper detection', () => tamperScenario(ctx)],
    ['signed document', () => signedDocumentScenario(ctx)],
    ['requirements import', () => requirementsImportScenario(ctx)],
    ['JUnit import', () => junitImportScenario(ctx)],
    ['lockfile import', () => lockfileImportScenario(ctx)],
    ['trace and release gates', () => gatesScenario(ctx)],
    ['crash safety', () => crashSafetyScenario(ctx)],
  ];
}

/** Runs the IQ, then every OQ scenario in the run's temporary folder; a failed step never stops the rest. */
export async function runValidation(options: ValidationOptions): Promise<ValidationRun> {
  const clock = options.clock ?? (() => new Date());
  const progress = options.progress ?? (() => undefined);
  const started = clock();
  progress(0, 'Installation qualification');
  const iq = await runIq(options.iq);
  const scenarios = oqScenarios(options.oq, options.rules ?? SHIPPED_CLASSIFICATION_RULES);
  const oq: ValidationStep[] = [];
  for (const [index, [label, scenario]] of scenarios.entries()) {
    progress((index + 1) / (scenarios.length + 1), `Operational qualification: ${label}`);
    oq.push(await scenario());
  }
  const finished = clock();
  progress(1, 'Validation finished');
  return {
    version: options.iq.appVersion,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    environment: options.environment ?? {},
    iq,
    oq,
    passed: [...iq, ...oq].every((step) => step.result === 'passed'),
  };
}
