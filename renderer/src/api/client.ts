import type { CairnBridge } from '../../../shared/api/bridge';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract';
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

/** Calls one contract method; typed by the contract, throws ApiCallError on refusal. */
export async function api<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await bridge.invoke(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as OutputOf<M>;
}
