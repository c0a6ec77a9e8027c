import type { MethodName } from '../../shared/api/contract';
import { CairnError } from './errors';

/**
 * Running long jobs by method, so a person can cancel an export. Cancellation is cooperative: a job
 * checks its signal between steps (one document, rendering, signing).
 */
export class JobRegistry {
  private readonly running = new Map<MethodName, AbortController>();

  start(method: MethodName): AbortController {
    const controller = new AbortController();
    this.running.set(method, controller);
    return controller;
  }

  finish(method: MethodName, controller: AbortController): void {
    if (this.running.get(method) === controller) this.running.delete(method);
  }

  /** Whether any job is running (a job holds the open project across its steps). */
  get busy(): boolean {
    return this.running.size > 0;
  }

  cancel(method: MethodName): boolean {
    const controller = this.running.get(method);
    controller?.abort();
    return controller !== undefined;
  }
}

/** Throws the error a cancelled job ends with; call between steps. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CairnError('cancelled', 'The export was cancelled; nothing was written.');
}
