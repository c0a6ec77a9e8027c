import type { Command } from 'commander';
import type { Requirement } from '../../../shared/api/requirements-types';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/api/requirements-types';
import { LIMITS } from '../../../shared/domain/limits';
import { requirementFieldsOf } from '../../../shared/requirements/fields';
import { openAs, type CliCore, type SignInOptions, projectCommand } from '../cli-core';
import { emit } from '../output';
import { runCommand } from '../run-command';
import { chosenFormat, saveExport } from './data-exports';

async function everyRequirement(cli: CliCore): Promise<Requirement[]> {
  const all: Requirement[] = [];
  for (;;) {
    const page = await cli.call('requirements.list', { offset: all.length, limit: LIMITS.pageSize });
    all.push(...page.rows);
    if (page.rows.length === 0 || all.length >= page.total) return all;
  }
}

/** The requirement as scripts see it: `id` is the human ID, then its fields in the shared order, text exactly as stored. */
export const requirementForScripts = (r: Requirement) => ({
  id: r.humanId,
  ...requirementFieldsOf(r),
  items: r.items.map((i) => i.humanId),
  safetyClass: r.safetyClass,
  revision: r.revision,
});

/** `cairn export <project> requirements --format csv|xlsx|reqif|reqifz --out <file>`, called from the export command. */
export async function exportRequirementsFile(cli: CliCore, format: string | undefined, out: string) {
  const chosen = chosenFormat(format, EXPORT_FORMATS, 'requirements') as ExportFormat;
  return saveExport(out, chosen, await cli.call('requirements.export', { format: chosen }), 'requirements');
}

export function registerRequirementsCommand(program: Command): void {
  projectCommand(
    program,
    'requirements',
    'List the software requirements: ID, type, status, items and text.',
    'machine-readable output: each requirement with id, title, text, type, source, status, items …',
  ).action((file: string, o: SignInOptions & { json?: boolean }) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const rows = (await everyRequirement(cli)).map(requirementForScripts);
      emit(o, rows, () =>
        rows.length === 0
          ? 'No requirements yet.'
          : rows
              .map(
                (r) =>
                  `${r.id.padEnd(10)} ${r.type.padEnd(12)} ${r.status.padEnd(11)} ${(r.items.join(',') || '-').padEnd(10)} ${(r.title || r.text).replace(/\s+/g, ' ').slice(0, 70)}`,
              )
              .join('\n'),
      );
    }),
  );
}
