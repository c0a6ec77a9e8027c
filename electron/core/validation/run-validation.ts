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
  /** The OQ scenarios left out of a run of a named subset; empty for a full run. */
  skipped: string[];
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
  /** Runs only these OQ scenarios (ids such as OQ-03); all of them when absent. The IQ always runs. */
  only?: readonly string[];
}

interface OqScenario {
  id: string;
  label: string;
  run(ctx: OqContext, rules: ClassificationRules): Promise<ValidationStep>;
}

/** Every OQ scenario, one per intended use, in report order; the ids are the ones each step reports. */
const OQ_SCENARIOS: readonly OqScenario[] = [
  { id: 'OQ-01', label: 'classification', run: (_ctx, rules) => classificationScenario(rules) },
  { id: 'OQ-02', label: 'Annex A applicability', run: (_ctx, rules) => annexAScenario(rules) },
  { id: 'OQ-03', label: 'project, edit, audit and verify', run: (ctx) => projectAuditScenario(ctx) },
  { id: 'OQ-04', label: 'tamper detection', run: (ctx) => tamperScenario(ctx) },
  { id: 'OQ-05', label: 'signed document', run: (ctx) => signedDocumentScenario(ctx) },
  { id: 'OQ-06', label: 'requirements import', run: (ctx) => requirementsImportScenario(ctx) },
  { id: 'OQ-07', label: 'JUnit import', run: (ctx) => junitImportScenario(ctx) },
  { id: 'OQ-08', label: 'lockfile import', run: (ctx) => lockfileImportScenario(ctx) },
  { id: 'OQ-09', label: 'trace and release gates', run: (ctx) => gatesScenario(ctx) },
  { id: 'OQ-10', label: 'crash safety', run: (ctx) => crashSafetyScenario(ctx) },
];

/** The OQ scenario ids, for a run of a named subset (`cairn validate --only`). */
export const OQ_IDS: readonly string[] = OQ_SCENARIOS.map((scenario) => scenario.id);

/** The ids in `only` that name no scenario. */
export function unknownOqIds(only: readonly string[]): string[] {
  return only.filter((id) => !OQ_IDS.includes(id));
}

/** Runs the IQ, then every OQ scenario in the run's temporary folder; a failed step never stops the rest. */
export async function runValidation(options: ValidationOptions): Promise<ValidationRun> {
  const clock = options.clock ?? (() => new Date());
  const progress = options.progress ?? (() => undefined);
  const started = clock();
  progress(0, 'Installation qualification');
  const iq = await runIq(options.iq);
  const rules = options.rules ?? SHIPPED_CLASSIFICATION_RULES;
  const scenarios = OQ_SCENARIOS.filter((scenario) => !options.only || options.only.includes(scenario.id));
  const oq: ValidationStep[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    progress((index + 1) / (scenarios.length + 1), `Operational qualification: ${scenario.label}`);
    oq.push(await scenario.run(options.oq, rules));
  }
  const finished = clock();
  progress(1, 'Validation finished');
  return {
    version: options.iq.appVersion,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    environment: options.environment ?? {},
    skipped: OQ_IDS.filter((id) => !scenarios.some((scenario) => scenario.id === id)),
    iq,
    oq,
    // Of a named subset, every step run; the report says such a run qualifies nothing.
    passed: [...iq, ...oq].every((step) => step.result === 'passed'),
  };
}
