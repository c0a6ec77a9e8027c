import type { Command } from 'commander';
import { openAs } from '../cli-core';
import { CliFailure, emit } from '../output';
import { runCommand } from '../run-command';
import { importJunit } from './import-junit';
import type { ImportOptions, ImportRunner } from './import-kind';
import { importRequirements } from './import-requirements';
import { importRisks } from './import-risks';
import { importSoup } from './import-soup';

/** What `cairn import` can bring in; each kind's runner lives in its own file. */
export const IMPORT_KINDS: Record<string, ImportRunner> = {
  requirements: importRequirements,
  soup: importSoup,
  risks: importRisks,
  junit: importJunit,
};

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(`Import records from a file (kinds: ${Object.keys(IMPORT_KINDS).join(', ')}); the whole file or nothing.`)
    .argument('<project>', 'project file')
    .argument('<kind>', Object.keys(IMPORT_KINDS).join(' | '))
    .argument('<file>', 'the file to import')
    .option('--mapping <file.json>', 'which column feeds which field, e.g. {"text": "Description", "humanId": "Req ID"}')
    .option('--sheet <name>', 'requirements and risks from an .xlsx workbook: the sheet to read (default: the first with a header row)')
    .option('--version <v>', 'junit: the software version the tests ran against')
    .option('--environment <text>', 'junit: hardware and software test configuration')
    .option('--tools <text>', 'junit: test tools and their versions')
    .requiredOption('--user <email>', 'sign in as this team member')
    .option('--password-stdin', 'read the password from standard input instead of CAIRN_PASSWORD')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nRequirements: .csv or .xlsx (columns mapped by header names), .reqif or .reqifz (headings become sections,\nrelations come along). Rows with a known ID update\nthat requirement; a bad file exits 2 with the line or element at fault and changes nothing.\n\nExample:\n  cairn import pump.cairn requirements srs.csv --user ada@example.com\n\nSOUP: package-lock.json, yarn.lock, pnpm-lock.yaml, requirements.txt, poetry.lock, CycloneDX or SPDX JSON,\nrecognised by content. Matched against the SOUP last imported from the same path (relative to the\nproject file); development-only packages are skipped.\n  cairn import pump.cairn soup app/package-lock.json --user ada@example.com\n\nRisks: a .csv or .xlsx risk table, one chain per row (hazard, hazardous situation, harm, P1/P2 or P, severity,\noptional residual values and controls); levels as numbers or level names. Every row is added.\n  cairn import pump.cairn risks fmea.csv --user ada@example.com\n\nJUnit: a JUnit XML file from any test runner, imported as one completed run of --version. Each test maps to a\ncase by [TC-n] in its name, else by <property name="requirement" value="REQ-n"/> (counting for every case\nverifying it), else by a name linked earlier; the rest are kept as unmapped for linking in the app.\n  cairn import pump.cairn junit junit.xml --version 1.2.0 --tools "vitest 4.1" --user ada@example.com',
    )
    .action((project: string, kind: string, file: string, o: ImportOptions) =>
      runCommand(o.json, async (cli) => {
        const runner = IMPORT_KINDS[kind.toLowerCase()];
        if (!runner) throw CliFailure.usage(`Cannot import "${kind}": choose one of ${Object.keys(IMPORT_KINDS).join(', ')}.`);
        await openAs(cli, project, o, true);
        const { value, human } = await runner(cli, file, o, project);
        emit(o, value, () => human);
      }),
    );
}
