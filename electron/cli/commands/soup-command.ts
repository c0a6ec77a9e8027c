import type { Command } from 'commander';
import type { SoupView } from '../../../shared/api/soup-types';
import { SOUP_FIELD_LABELS } from '../../../shared/soup/required-fields';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { emit } from '../output';
import { runCommand } from '../run-command';

interface SoupOptions extends SignInOptions {
  json?: boolean;
  all?: boolean;
  removed?: boolean;
}

function line(s: SoupView): string {
  const missing = s.missing.length ? `  missing: ${s.missing.map((m) => SOUP_FIELD_LABELS[m]).join(', ')}` : '';
  const items = s.usedBy.length ? s.usedBy.map((u) => u.humanId).join(' ') : 'no item';
  const state = s.removedAt ? ` (removed ${s.removedAt.slice(0, 10)})` : '';
  return `${s.humanId.padEnd(9)} ${`${s.name} ${s.version}`.padEnd(40)} ${s.direct ? 'direct    ' : 'transitive'} class ${s.safetyClass}  ${items}${state}${missing}`;
}

export function registerSoupCommand(program: Command): void {
  projectCommand(
    program,
    'soup',
    'The SOUP list: ID, name, version, direct or transitive, class, the items using it and the fields still missing.',
    'machine-readable output (every item, all fields)',
  )
    .option('--all', 'list transitive packages too (direct ones only by default)')
    .option('--removed', 'include SOUP taken out of use')
    .addHelpText('after', '\nExample:\n  cairn soup pump.cairn --user ada@example.com --json')
    .action((file: string, o: SoupOptions) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const list = await cli.call('soup.list', { includeRemoved: o.removed ?? false });
        const shown = o.all || o.json ? list.items : list.items.filter((s) => s.direct);
        const incomplete = shown.filter((s) => s.missing.length > 0).length;
        emit(o, { projectClass: list.projectClass, items: shown }, () =>
          [...shown.map(line), `${shown.length} SOUP item(s) shown of ${list.items.length}; ${incomplete} with fields missing for their class.`].join('\n'),
        );
      }),
    );
}
