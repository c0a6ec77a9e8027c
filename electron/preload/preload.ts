import { contextBridge, ipcRenderer } from 'electron';
import type { CairnBridge, MenuCommand, PushedEvent } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/errors';
import { INVOKE_CHANNEL, PUSH_CHANNEL, type InvokeRequest, type Push } from '../main/ipc-protocol';

/**
 * The page gets named capabilities only, never ipcRenderer itself: it cannot pick a channel, listen to
 * anything main did not push to it, or reach Node. Main checks every request again.
 */
const eventListeners = new Set<(event: PushedEvent) => void>();
const menuListeners = new Set<(command: MenuCommand) => void>();

ipcRenderer.on(PUSH_CHANNEL, (_event, push: Push) => {
  if (push.kind === 'event') for (const listener of eventListeners) listener(push.event);
  else for (const listener of menuListeners) listener(push.command);
});

function request<T>(message: InvokeRequest): Promise<T> {
  return ipcRenderer.invoke(INVOKE_CHANNEL, message) as Promise<T>;
}

function subscribe<T>(listeners: Set<(value: T) => void>, listener: (value: T) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const bridge = {
  native: true,
  invoke: (method, input) => request<Envelope<unknown>>({ kind: 'call', method, input }),
  onEvent: (listener) => subscribe(eventListeners, listener),
  chooseProjectFile: (mode, suggestedName) =>
    request<string | null>(suggestedName === undefined ? { kind: 'chooseProjectFile', mode } : { kind: 'chooseProjectFile', mode, suggestedName }),
  onMenu: (listener) => subscribe(menuListeners, listener),
} satisfies CairnBridge;

contextBridge.exposeInMainWorld('cairn', bridge);
