import { app, BrowserWindow, Menu, screen, session } from 'electron';
import type { MethodName, OutputOf } from '../../shared/api/contract';
import { buildAppMenu } from './app-menu';
import { appPaths, userDataDir, type AppPaths } from './app-paths';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { startCoreProcess, type CoreClient } from './core-client';
import { coreProcessArgs } from './core-process-args';
import { chooseProjectFile, confirmUnsavedClose, showAbout } from './dialogs';
import { openIpcDoor, pushToWindow } from './ipc-door';
import { createMainWindow } from './main-window';
import { guardWebContents } from './navigation-guards';
import { projectFileInArgv } from './project-file-names';
import { lockDownSession } from './session-policy';
import { readWindowState, windowStateFile } from './window-state-file';
import { trackWindowState } from './window-state-tracker';

/** Entry of the Electron main process: it only wires the pieces together. */
const isDev = !app.isPackaged;
const isMac = process.platform === 'darwin';
/** Methods after which the recent-projects list, and so the File menu, may differ. */
const CHANGES_RECENT: ReadonlySet<string> = new Set<MethodName>(['project.open', 'project.create', 'project.createDemo', 'recent.forget']);
/** How long quitting waits for the core to close the open project before stopping it. */
const CORE_STOP_TIMEOUT_MS = 5_000;

let mainWindow: BrowserWindow | null = null;
/** A project file the operating system asked us to open before the window could take it. */
let fileToOpen: string | null = projectFileInArgv(process.argv);

function openProjectFile(path: string): void {
  if (mainWindow && !mainWindow.webContents.isLoading()) {
    pushToWindow(mainWindow, { kind: 'menu', command: { command: 'project.openRecent', path } });
  } else fileToOpen = path;
}

function openWindow(paths: AppPaths): void {
  const stateFile = windowStateFile(app.getPath('userData'));
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({ preload: paths.preload, state: readWindowState(stateFile, workAreas), isDev });
  trackWindowState(window, stateFile);
  window.webContents.on('did-finish-load', () => {
    if (fileToOpen) openProjectFile(fileToOpen);
    fileToOpen = null;
  });
  // preventDefault here lets the close or reload go ahead despite the renderer's beforeunload.
  window.webContents.on('will-prevent-unload', (event) => {
    if (confirmUnsavedClose(window)) event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function refreshMenu(core: CoreClient): Promise<void> {
  const listed = await core.call('recent.list', {});
  const recent = listed.ok ? (listed.value as OutputOf<'recent.list'>) : [];
  Menu.setApplicationMenu(
    buildAppMenu({
      isDev,
      isMac,
      recent,
      send: (command) => pushToWindow(mainWindow, { kind: 'menu', command }),
      about: () => void showAbout(mainWindow, app.getVersion()),
    }),
  );
}

function startCore(paths: AppPaths): CoreClient {
  return startCoreProcess({
    entry: paths.coreEntry,
    args: coreProcessArgs({
      appVersion: app.getVersion(),
      migrationsDir: paths.migrationsDir,
      userDataDir: app.getPath('userData'),
      nativeBinding: paths.nativeBinding,
    }),
  });
}

function whenReady(): void {
  const paths = appPaths();
  lockDownSession(session.defaultSession);
  serveAppProtocol(session.defaultSession, paths.rendererRoot);
  const core = startCore(paths);
  core.onEvent((event) => pushToWindow(mainWindow, { kind: 'event', event }));
  openIpcDoor({
    core,
    window: () => mainWindow,
    chooseProjectFile,
    afterCall: (method) => {
      if (CHANGES_RECENT.has(method)) void refreshMenu(core);
    },
  });
  void refreshMenu(core);
  openWindow(paths);

  app.on('activate', () => {
    if (!mainWindow) openWindow(paths);
  });
  let coreStopped = false;
  app.on('before-quit', (event) => {
    if (coreStopped) return;
    event.preventDefault();
    coreStopped = true;
    void core.stop(CORE_STOP_TIMEOUT_MS).finally(() => app.quit());
  });
}

function main(): void {
  // The name decides the user-data folder; set both before anything asks for a path.
  app.setName('Cairn');
  app.setPath('userData', userDataDir());
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', (_event, argv) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const file = projectFileInArgv(argv);
    if (file) openProjectFile(file);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openProjectFile(path);
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.whenReady().then(whenReady, (error: unknown) => {
    console.error('[cairn] could not start:', error);
    app.exit(1);
  });
}

main();
