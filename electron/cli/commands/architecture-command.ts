import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { diagramSvg } from '../../../shared/architecture/diagram-svg';
import { NEED_LABELS } from '../../../shared/architecture/class-rules';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { EXIT } from '../exit-codes';
import { CliFailure, emit } from '../output';
import { runCommand } from '../run-command';

interface ArchitectureOptions extends SignInOptions {
  json?: boolean;
  svg?: string;
  check?: boolean;
}

export function registerArchitectureCommand(program: Command): void {
  projectCommand(
    program,
    'architecture',
    'The software architecture: interfaces, segregation and unit designs, and what the class still requires. --check exits 3 when something required is missing.',
  )
    .option('--svg <file>', 'also write the architecture diagram to this SVG file')
    .option('--check', 'exit 3 when the class requires something that is not recorded yet')
    .action((file: string, o: ArchitectureOptions) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const view = await cli.call('architecture.get', {});
        if (o.svg) {
          try {
            writeFileSync(o.svg, diagramSvg(view.diagram));
          } catch (error) {
            const message = `Cannot write ${o.svg}: ${(error as Error).message}`;
            throw new CliFailure(message, EXIT.usage, { code: 'invalid_input', message, field: 'svg' });
          }
        }
        const { diagram: _diagram, tree: _tree, ...summary } = view;
        emit(o, summary, () =>
          [
            `Class ${view.projectClass}: architecture ${NEED_LABELS[view.architectureNeed].toLowerCase()}, detailed design ${NEED_LABELS[view.detailedDesignNeed].toLowerCase()}.`,
            `${view.interfaces.length} interface(s):`,
            ...view.interfaces.map(
              (i) => `  ${i.humanId.padEnd(6)} ${i.name}: ${i.fromLabel} ${i.direction === 'two-way' ? '↔' : '→'} ${i.toLabel}${i.protocol ? ` [${i.protocol}]` : ''}`,
            ),
            `Segregation recorded for ${view.segregation.filter((s) => s.measure).length} item(s); ${view.units.filter((u) => u.design).length} of ${view.units.length} unit(s) have a design.`,
            ...(o.svg ? [`Diagram written to ${o.svg}.`] : []),
            view.gaps.length ? `Missing for the class:\n${view.gaps.map((g) => `  ${g}`).join('\n')}` : 'Nothing the class requires is missing.',
          ].join('\n'),
        );
        return o.check && view.gaps.length > 0 ? EXIT.checkFailed : EXIT.ok;
      }),
    );
}
