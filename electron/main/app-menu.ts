import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/bridge';
import type { RecentProject } from '../../shared/api/recent-types';

export interface AppMenuOptions {
  isDev: boolean;
  isMac: boolean;
  recent: readonly RecentProject[];
  /** Forwards a command to the window; the renderer owns what happens next (wizards, prompts). */
  send(command: MenuCommand): void;
  about(): void;
}

function recentItems({ recent, send }: AppMenuOptions): MenuItemConstructorOptions[] {
  const present = recent.filter((project) => project.exists);
  if (present.length === 0) return [{ label: 'No Recent Projects', enabled: false }];
  return present.map((project) => ({
    label: `${project.productName} — ${project.path}`,
    click: () => send({ command: 'project.openRecent', path: project.path }),
  }));
}

function fileMenu(options: AppMenuOptions): MenuItemConstructorOptions {
  const { send, isMac } = options;
  return {
    label: 'File',
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'project.new' }) },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'project.open' }) },
      { label: 'Open Recent', submenu: recentItems(options) },
      { type: 'separator' },
      { label: 'Close Project', accelerator: 'CmdOrCtrl+Shift+W', click: () => send({ command: 'project.close' }) },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };
}

const editMenu: MenuItemConstructorOptions = {
  label: 'Edit',
  submenu: [
    { role: 'undo' },
    { role: 'redo' },
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'delete' },
    { type: 'separator' },
    { role: 'selectAll' },
  ],
};

/** Reload and dev tools exist only when running from source: in the app a reload would drop unsaved wizard input. */
function viewMenu({ isDev }: AppMenuOptions): MenuItemConstructorOptions {
  const devItems: MenuItemConstructorOptions[] = isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : [];
  return {
    label: 'View',
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
}

/** The application menu; rebuilt whenever the recent-projects list may have changed. */
export function buildAppMenu(options: AppMenuOptions): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    fileMenu(options),
    editMenu,
    viewMenu(options),
    ...(options.isMac ? [{ role: 'windowMenu' as const }] : []),
    { role: 'help', submenu: [{ label: 'About Cairn', click: () => options.about() }] },
  ];
  return Menu.buildFromTemplate(template);
}
