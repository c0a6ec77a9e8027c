import { extname } from 'node:path';

export const PROJECT_EXTENSION = '.cairn';

/**
 * A file name for the Save dialog from a product name the renderer suggested: only the name part is
 * kept (never a directory), characters no file system accepts are dropped, and an empty result falls
 * back to "Untitled".
 */
export function projectFileName(suggested: string | undefined): string {
  const cleaned = (suggested ?? '')
    .replace(/[\\/]/g, ' ')
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    // Leading dots would hide the file on Unix or read as a parent folder to a person.
    .replace(/^[.\s]+/, '')
    .slice(0, 100)
    .trim();
  const stem = cleaned.toLowerCase().endsWith(PROJECT_EXTENSION) ? cleaned.slice(0, -PROJECT_EXTENSION.length) : cleaned;
  return `${stem || 'Untitled'}${PROJECT_EXTENSION}`;
}

/** Save dialogs on some platforms drop the filter's extension; a project file always ends in .cairn. */
export function withProjectExtension(path: string): string {
  return extname(path).toLowerCase() === PROJECT_EXTENSION ? path : `${path}${PROJECT_EXTENSION}`;
}

/** The project file a launch or second launch names (double-click on a .cairn file), if any. */
export function projectFileInArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === PROJECT_EXTENSION) ?? null;
}
