import type { Command } from 'commander';
import { BASELINE_ITEM_LABELS, type BaselineDiff, type ReleaseChecklist } from '../../../shared/api/releases-types';
import { openAs, projectCommand, type SignInOptions } from '../cli-core';
import { EXIT } from '../exit-codes';
import { CliFailure, emit } from '../output';
import { runCommand } from '../run-command';

type Options = SignInOptions & { json?: boolean };

function checklistText(c: ReleaseChecklist): string {
  const lines = c.items.map((i) => `${!i.applies ? '–' : i.met ? '✓' : '✗'} ${i.clause} ${i.title}${i.applies ? '' : ` (not required for class ${c.safetyClass})`}`);
  return [
    `Release checklist for ${c.version} (software safety class ${c.safetyClass}):`,
    ...lines,
    ...(c.ready ? [`Ready: nothing blocks the release of ${c.version}.`] : ['', `${c.blockers.length} blocker(s):`, ...c.blockers.map((b) => `  ${b}`)]),
  ].join('\n');
}

function diffText(d: BaselineDiff): string {
  const lines = d.types.flatMap((t) => {
    const changes = [
      ...t.added.map((i) => `  + ${i.itemKey} ${i.title} (${i.version})`),
      ...t.removed.map((i) => `  - ${i.itemKey} ${i.title} (${i.version})`),
      ...t.changed.map((i) => `  ~ ${i.itemKey} ${i.title}: ${i.from} → ${i.to}`),
    ];
    const head = `${BASELINE_ITEM_LABELS[t.itemType]}: ${t.added.length} added, ${t.removed.length} removed, ${t.changed.length} changed, ${t.unchanged} unchanged`;
    return [head, ...changes];
  });
  return [`Baseline ${d.from} → ${d.to}:`, ...lines].join('\n');
}

export function registerReleaseCommands(program: Command): void {
  projectCommand(program, 'release-check', 'The IEC 62304 5.8 release checklist for a version. Exits 3 listing the blockers, 0 when the version is ready: a CI gate.')
    .option('--version <version>', 'the software version, as in test runs and problem reports')
    .addHelpText('after', '\nExample:\n  CAIRN_PASSWORD=… cairn release-check pump.cairn --user ada@example.com --version 1.2.0')
    .action((file: string, o: Options & { version?: string }) =>
      runCommand(o.json, async (cli) => {
        if (!o.version) throw CliFailure.usage('Required: pass --version <version>.');
        await openAs(cli, file, o, true);
        const checklist = await cli.call('releases.check', { version: o.version });
        emit(o, checklist, () => checklistText(checklist));
        return checklist.ready ? EXIT.ok : EXIT.checkFailed;
      }),
    );

  projectCommand(program, 'baseline-diff', 'What was added, removed and changed between the frozen baselines of two released versions.')
    .argument('<from>', 'the earlier released version')
    .argument('<to>', 'the later released version')
    .addHelpText('after', '\nExample:\n  CAIRN_PASSWORD=… cairn baseline-diff pump.cairn 1.0.0 1.1.0 --user ada@example.com --json')
    .action((file: string, from: string, to: string, o: Options) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const diff = await cli.call('releases.baselineDiff', { from, to });
        emit(o, diff, () => diffText(diff));
      }),
    );
}
