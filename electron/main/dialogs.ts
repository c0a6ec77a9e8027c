import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { UNSAVED_QUESTION } from '../../shared/domain/words';
import { PROJECT_EXTENSION, projectFileName, withProjectExtension } from './project-file-names';

const FILTERS = [{ name: 'Cairn project', extensions: [PROJECT_EXTENSION.slice(1)] }];

/**
 * The native Open or Save dialog behind `window.cairn.chooseProjectFile`. Only main can show one, and
 * the path comes back from the operating system, so the renderer never invents a path to open.
 */
export async function chooseProjectFile(window: BrowserWindow, mode: 'open' | 'create', suggestedName?: string): Promise<string | null> {
  if (mode === 'open') {
    const result = await dialog.showOpenDialog(window, {
      title: 'Open Project',
      properties: ['openFile'],
      filters: FILTERS,
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const result = await dialog.showSaveDialog(window, {
    title: 'New Project',
    buttonLabel: 'Create',
    defaultPath: join(app.getPath('documents'), projectFileName(suggestedName)),
    filters: FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : withProjectExtension(result.filePath);
}

/** Help ▸ About Cairn: the version matters when a team records which tool produced its files. */
export async function showAbout(window: BrowserWindow | null, version: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Cairn',
    message: `Cairn ${version}`,
    detail: 'Guides small medical-device software teams through IEC 62304, with ISO 14971 risk management and traceability.',
    buttons: ['OK'],
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/**
 * The renderer holds typed text that is not saved and asked to keep the window (beforeunload). Electron
 * would otherwise cancel the close silently; ask the person, as a browser does. Returns true to leave.
 */
export function confirmUnsavedClose(window: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'question',
    title: 'Unsaved text',
    message: UNSAVED_QUESTION,
    buttons: ['Leave', 'Stay'],
    defaultId: 1,
    cancelId: 1,
  });
  return choice === 0;
}
