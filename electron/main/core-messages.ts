import type { PushedEvent } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/errors';

/**
 * Envelopes between the main process and the core's utility process. Main numbers each request and
 * matches the reply by id; events carry no id because the core pushes them unasked.
 */
export interface CoreRequest {
  id: number;
  method: string;
  input: unknown;
}
/** Asks the core to close the open project cleanly (checkpointing its WAL) and exit. */
export interface CoreShutdown {
  shutdown: true;
}
export interface CoreReply {
  id: number;
  result: Envelope<unknown>;
}
export interface CoreEventMessage {
  event: PushedEvent;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isCoreRequest(value: unknown): value is CoreRequest {
  return isRecord(value) && Number.isSafeInteger(value.id) && typeof value.method === 'string' && 'input' in value;
}

export function isCoreShutdown(value: unknown): value is CoreShutdown {
  return isRecord(value) && value.shutdown === true;
}

export function isCoreReply(value: unknown): value is CoreReply {
  return isRecord(value) && Number.isSafeInteger(value.id) && isRecord(value.result) && typeof value.result.ok === 'boolean';
}

export function isCoreEventMessage(value: unknown): value is CoreEventMessage {
  return isRecord(value) && isRecord(value.event) && typeof value.event.type === 'string';
}
