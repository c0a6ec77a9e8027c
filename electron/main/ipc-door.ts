import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { isMethodName } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/errors';
import { isAppUrl } from './app-protocol-paths';
import type { CoreClient } from './core-client';
import { INVOKE_CHANNEL, PUSH_CHANNEL, parseInvokeRequest, type Push } from './ipc-protocol';

export interface IpcDoorOptions {
  core: CoreClient;
  /** The one window allowed to call; null while it is being created or after it closed. */
  window(): BrowserWindow | null;
  chooseProjectFile(window: BrowserWindow, mode: 'open' | 'create', suggestedName?: string): Promise<string | null>;
  /** Told after every relayed call, so main can refresh what depends on app state (the recent menu). */
  afterCall(method: string): void;
}

/**
 * Only the top frame of our own window, showing our own app:// page, may call. A frame from anywhere
 * else (an injected iframe, a page reached despite the navigation guards) is refused.
 */
function trustedWindow(event: IpcMainInvokeEvent, window: BrowserWindow | null): BrowserWindow | null {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return null;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return null;
  return window;
}

function unknownMethod(method: string): Envelope<unknown> {
  return { ok: false, error: { code: 'unknown_method', message: `There is no method called "${method}".` } };
}

/**
 * The Electron door: the only place ipcMain is used, with one channel. Method names are checked
 * against the contract here; inputs are validated by the core's dispatcher, as for every door.
 */
export function openIpcDoor(options: IpcDoorOptions): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, raw: unknown) => {
    const window = trustedWindow(event, options.window());
    if (!window) throw new Error('Refused: this frame may not call Cairn.');
    const request = parseInvokeRequest(raw);
    if (!request) throw new Error('Refused: not a Cairn request.');
    if (request.kind === 'chooseProjectFile') {
      return options.chooseProjectFile(window, request.mode, request.suggestedName);
    }
    if (!isMethodName(request.method)) return unknownMethod(request.method);
    const result = await options.core.call(request.method, request.input);
    options.afterCall(request.method);
    return result;
  });
}

/** Main → window: core events and menu commands, on the one push channel the preload listens to. */
export function pushToWindow(window: BrowserWindow | null, push: Push): void {
  if (window && !window.isDestroyed()) window.webContents.send(PUSH_CHANNEL, push);
}
