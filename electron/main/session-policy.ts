import type { Session } from 'electron';
import { isLocalUrl } from './app-protocol-paths';

/**
 * Cairn needs no camera, microphone, notifications, geolocation, HID, USB or serial access and no
 * network, so every permission is refused and every request that would leave the app is cancelled,
 * whatever the CSP would have allowed.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalUrl(details.url) }));
}
