import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-protocol-paths';
import { DEFAULT_SIZE, MIN_SIZE, type WindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  /** Restored geometry; null centres a default-sized window. */
  state: WindowState | null;
  /** Dev tools only when running from source. */
  isDev: boolean;
}

/**
 * The one window. The web preferences are written out in full (even where they repeat Electron's
 * defaults) so a reviewer, and the security scanner, see every switch at the point of creation.
 */
export function createMainWindow({ preload, state, isDev }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(state ? state.bounds : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Cairn',
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: {
      // Electronegativity marks every preload for review (PRELOAD_JS_CHECK). Reviewed: the window needs
      // this one bridge, and it exposes named capabilities only, never the IPC object or Node.
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window; the open handler denies that too.
      disableBlinkFeatures: 'Auxclick',
      devTools: isDev,
    },
  });
  window.once('ready-to-show', () => {
    if (state?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
