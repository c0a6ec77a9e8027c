import { platformGroupText } from '../../../shared/soup/shipped';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { CliCore } from '../cli-core';
import { CliFailure } from '../output';
import type { ImportOptions } from './import-kind';

/**
 * The label a re-import is matched by: the file's path relative to the project file, so
 * `app/package-lock.json` and `backend/package-lock.json` are kept apart whatever folder the command runs in.
 */
export function soupSource(projectFile: string, file: string): string {
  return relative(dirname(resolve(projectFile)), resolve(file))
    .split(sep)
    .join('/');
}

/** `cairn import <project> soup <file>`: previews against the list and applies that preview as one change. */
export async function importSoup(cli: CliCore, file: string, _options: ImportOptions, projectFile: string) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw CliFailure.usage(`Cannot read ${file}: ${reason}.`);
  }
  const source = soupSource(projectFile, file);
  const preview = await cli.call('soup.previewImport', { content, source });
  const result = await cli.call('soup.applyImport', { content, source, token: preview.token });
  const human = [
    `Imported ${source} (${preview.formatLabel}): ${result.added} added, ${result.updated} updated, ${result.removed} removed, ${result.unchanged} unchanged, ${result.skipped} skipped (development only), ${result.skippedTypes} skipped (type declarations only), ${result.groupedPlatform} platform builds grouped under their package.`,
    ...preview.platformGroups.map((g) => `  ${platformGroupText(g)}`),
    ...preview.versionChanged.map((c) => `  ${c.humanId} ${c.name}: ${c.from} → ${c.to}`),
    ...preview.removed.map((r) => `  ${r.humanId} ${r.name} ${r.version}: no longer used, kept on record as removed`),
    ...result.notes.map((n) => `  note: ${n}`),
  ].join('\n');
  return { value: result, human };
}
