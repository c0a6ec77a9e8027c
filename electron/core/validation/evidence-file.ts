import type { ValidationRun } from './run-validation';
import { sha256 } from './validation-step';

/** The evidence file's bytes and their hash: every step with its inputs, outputs and file hashes. */
export function evidenceFile(run: ValidationRun): { text: string; sha256: string } {
  const text = `${JSON.stringify({ format: 'cairn-validation-evidence/1', ...run }, null, 2)}\n`;
  return { text, sha256: sha256(text) };
}

/** `cairn validate --json`: the step list without the evidence, and where the report is. */
export function validationSummary(run: ValidationRun, report: string) {
  const brief = ({ id, title, result, detail }: ValidationRun['iq'][number]) => ({ id, title, result, detail });
  return { version: run.version, iq: run.iq.map(brief), oq: run.oq.map(brief), passed: run.passed, report };
}
