import type { CairnBridge } from '../../../shared/api/bridge';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
import { retryWhileBusy } from '../../../shared/api/busy-retry';
import type { ApiError } from '../../../shared/api/errors';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Present in the desktop app (set by the preload); absent in the browser. */
    cairn?: CairnBridge;
  }
}

/** An API call that the core refused; carries the core's code, message and field. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Chosen once at start-up: the preload's bridge in Electron, HTTP in the browser. */
export const bridge: CairnBridge = window.cairn ?? createHttpBridge();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls one contract method; typed by the contract, throws ApiCallError on refusal. A call refused
 * because another program is writing the project file is tried again briefly before it is reported.
 */
export async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await retryWhileBusy(() => bridge.invoke(method, input), sleep);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as OutputOf<M>;
}
