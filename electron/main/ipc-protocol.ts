import type { MenuCommand, PushedEvent } from '../../shared/api/bridge';

/**
 * The two channels between the window and main; both the preload and main import them from here.
 * Renderer → main uses only INVOKE_CHANNEL; main → renderer uses only PUSH_CHANNEL.
 */
export const INVOKE_CHANNEL = 'cairn:invoke';
export const PUSH_CHANNEL = 'cairn:push';

/** A contract method for the core, or the one capability main owns itself: the native file dialog. */
export type InvokeRequest = { kind: 'call'; method: string; input: unknown } | { kind: 'chooseProjectFile'; mode: 'open' | 'create'; suggestedName?: string };

export type Push = { kind: 'event'; event: PushedEvent } | { kind: 'menu'; command: MenuCommand };

/** Longer than any product name the contract accepts; anything bigger is not from our renderer. */
const MAX_SUGGESTED_NAME = 200;

/** Everything the renderer sends is unknown until this says otherwise. */
export function parseInvokeRequest(raw: unknown): InvokeRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  if (v.kind === 'call') {
    return typeof v.method === 'string' ? { kind: 'call', method: v.method, input: v.input } : null;
  }
  if (v.kind === 'chooseProjectFile') {
    if (v.mode !== 'open' && v.mode !== 'create') return null;
    if (v.suggestedName === undefined) return { kind: 'chooseProjectFile', mode: v.mode };
    if (typeof v.suggestedName !== 'string' || v.suggestedName.length > MAX_SUGGESTED_NAME) return null;
    return { kind: 'chooseProjectFile', mode: v.mode, suggestedName: v.suggestedName };
  }
  return null;
}
