import { createHash } from 'node:crypto';

/** How a step ended: the expected result was met, or not (with the reason in `detail`). */
export type StepResult = 'passed' | 'failed';

/** What the evidence file keeps of one step: what went in, what came out, and the SHA-256 of the files involved. */
export interface StepEvidence {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  /** File or content name → SHA-256 (hex). */
  hashes: Record<string, string>;
}

/** One IQ check or OQ scenario as the report and `--json` show it, with its evidence. */
export interface ValidationStep {
  id: string;
  title: string;
  result: StepResult;
  detail: string;
  evidence: StepEvidence;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Collects a step's evidence and the mismatches between what it expected and what it saw. */
export class StepRecorder {
  readonly evidence: StepEvidence = { inputs: {}, outputs: {}, hashes: {} };
  private readonly failures: string[] = [];

  input(name: string, value: unknown): void {
    this.evidence.inputs[name] = value;
  }

  output(name: string, value: unknown): void {
    this.evidence.outputs[name] = value;
  }

  hash(name: string, content: string | Uint8Array): string {
    const digest = sha256(content);
    this.evidence.hashes[name] = digest;
    return digest;
  }

  /** Records a failure unless `ok`; returns `ok` so a scenario can stop when later steps depend on it. */
  expect(ok: boolean, failure: string): boolean {
    if (!ok) this.failures.push(failure);
    return ok;
  }

  get failed(): readonly string[] {
    return this.failures;
  }
}

/**
 * Runs one step: its body records evidence and expectations; the step passes only when every expectation
 * held and nothing threw. A throw is a failure named by its message, never a crash of the whole run.
 */
export async function runStep(id: string, title: string, passedDetail: string, body: (step: StepRecorder) => Promise<void> | void): Promise<ValidationStep> {
  const step = new StepRecorder();
  try {
    await body(step);
  } catch (error) {
    step.expect(false, `stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  const failed = step.failed;
  return {
    id,
    title,
    result: failed.length === 0 ? 'passed' : 'failed',
    detail: failed.length === 0 ? passedDetail : failed.join('; '),
    evidence: step.evidence,
  };
}
