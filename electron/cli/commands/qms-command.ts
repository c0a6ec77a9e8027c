import type { Command } from 'commander';
import { percent } from '../../../shared/qms/coverage';
import { openAs, type SignInOptions, projectCommand } from '../cli-core';
import { EXIT } from '../exit-codes';
import { emit } from '../output';
import { runCommand } from '../run-command';

const DOC_STATE = { draft: 'draft', in_review: 'in review', approved: 'approved', obsolete: 'obsolete' } as const;

export function registerQmsCommand(program: Command): void {
  projectCommand(program, 'qms', 'The ISO 13485 procedure set with each document’s version and state, and the clauses in scope with no document. Exits 3 when there is such a gap.')
    .addHelpText('after', '\nExample:\n  cairn qms breathwise.cairn --user miriam.okafor@alder-resp.example --json')
    .action((file: string, o: SignInOptions & { json?: boolean }) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const qms = await cli.call('qms.get', {});
        const { summary, clauses } = qms.coverage;
        const gaps = clauses.filter((c) => c.coverage === 'gap');
        const procedures = qms.procedures.filter((p) => p.needed || p.document);
        emit(o, { company: qms.company.legalName, procedures, coverage: summary, gaps, scope: qms.scope, trainingDue: qms.trainingDue }, () =>
          [
            `${qms.company.legalName || 'Company not named yet'}: ${procedures.length} procedures`,
            ...procedures.map((p) => {
              const doc = p.document;
              const state = doc
                ? `v${doc.version} ${DOC_STATE[doc.state]}${doc.approvedVersion && doc.approvedVersion !== doc.version ? ` (v${doc.approvedVersion} approved)` : ''}`
                : 'no document';
              return `  ${p.key.padEnd(9)} ${p.title.padEnd(44)} ${state}`;
            }),
            '',
            `Clauses in scope: ${summary.inScope}; with a document: ${summary.documented} (${percent(summary.documented, summary.inScope)} %); approved: ${summary.approved} (${percent(summary.approved, summary.inScope)} %); not applied: ${qms.scope.length}.`,
            ...gaps.map(
              (g) =>
                `  gap: ${g.clause} ${g.title}${g.answeredBy.length ? ` (answered by ${g.answeredBy.map((a) => a.key).join(', ')}, not generated yet)` : ' (no procedure of Cairn’s set answers it: write one)'}`,
            ),
            qms.trainingDue.length ? `${qms.trainingDue.length} training(s) due on approved procedure versions.` : '',
            gaps.length === 0 ? 'No gaps.' : `${gaps.length} gap(s).`,
          ]
            .filter((line) => line !== '')
            .join('\n'),
        );
        return gaps.length === 0 ? EXIT.ok : EXIT.checkFailed;
      }),
    );
}
