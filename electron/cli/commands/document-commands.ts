import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { DocumentListItem } from '../../../shared/api/documents-types';
import { openAs, openToRead, type CliCore, type SignInOptions, withSignIn } from '../cli-core';
import { EXIT } from '../exit-codes';
import { CliFailure, emit, table } from '../output';
import { readPassword } from '../password';
import { progressReporter } from '../progress';
import { runCommand } from '../run-command';
import { exportRequirementsFile } from './requirements-command';
import { exportRisksFile, exportSoupFile, exportTraceFile } from './data-exports';

/** Records exported as data files rather than documents, by the name given in place of a document ID. */
const DATA_EXPORTS = new Map([
  ['requirements', exportRequirementsFile],
  ['risks', exportRisksFile],
  ['soup', exportSoupFile],
  ['trace', exportTraceFile],
]);

type Options = SignInOptions & { json?: boolean };

function readOrFail(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliFailure(`Cannot read ${path}: ${(error as Error).message}`, EXIT.failed);
  }
}

/** `--trust` takes a SHA-256 fingerprint as written, or the path of a PEM certificate to read. */
function trustAnchorArgument(value: string): string {
  if (/^(?:[0-9a-f]{2}:?){31}[0-9a-f]{2}$/i.test(value)) return value;
  if (!existsSync(value)) throw CliFailure.usage(`--trust ${value}: neither a SHA-256 fingerprint nor a certificate file.`);
  const pem = readOrFail(value).toString('utf8');
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw CliFailure.usage(`--trust ${value}: the file holds no PEM certificate.`);
  return pem;
}

async function documentByKey(cli: CliCore, docKey: string): Promise<DocumentListItem> {
  const found = (await cli.call('documents.list', {})).find((d) => d.docKey.toLowerCase() === docKey.toLowerCase());
  if (!found) throw new CliFailure(`There is no document ${docKey} in this project (see "cairn docs").`, EXIT.failed);
  return found;
}

function emailsToIds(list: string | undefined, users: { id: number; email: string }[], option: string): number[] {
  if (!list) return [];
  return list.split(',').map((email) => {
    const user = users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
    if (!user) throw CliFailure.usage(`${option}: no team member has the e-mail address ${email.trim()}.`);
    return user.id;
  });
}

export function registerDocumentCommands(program: Command): void {
  withSignIn(program.command('docs').description('List the controlled documents: ID, version, state, approvals.').argument('<project>', 'project file')).action(
    (file: string, o: Options) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const docs = await cli.call('documents.list', {});
        emit(o, docs, () =>
          docs.length === 0
            ? 'No controlled documents yet.'
            : table(docs.map((d) => [`${d.docKey} v${d.version}`, `${d.state.replace('_', ' ')}${d.changedSinceApproved ? ' (changed since approved)' : ''}  ${d.title}`])),
        );
      }),
  );

  withSignIn(
    program
      .command('export')
      .description('Export a document (by ID) or the whole technical file as PDF; progress goes to stderr.')
      .argument('<project>', 'project file')
      .argument('<doc-id>', 'a document ID such as PROJECT-SUMMARY, "technical-file", or a table: "requirements", "risks", "soup", "trace"')
      .requiredOption('--out <file>', 'where to write the PDF')
      .option('--format <format>', 'with "requirements": csv, xlsx, reqif or reqifz (default csv); "risks": csv or xlsx; "soup" and "trace": xlsx')
      .option('--sign', 'embed your PAdES signature (approvers and owners)')
      .option('--doc-version <n>', 'a version other than the current one', (v) => Number(v)),
  ).action((file: string, docKey: string, o: Options & { out: string; sign?: boolean; docVersion?: number; format?: string }) =>
    runCommand(o.json, async (cli) => {
      await openAs(cli, file, o, true);
      const dataExport = DATA_EXPORTS.get(docKey.toLowerCase());
      if (dataExport) {
        const { value, human } = await dataExport(cli, o.format, o.out);
        emit(o, value, () => human);
        return;
      }
      cli.onProgress(progressReporter());
      const password = o.sign ? await readPassword(o, 'Signing the PDF') : undefined;
      const signing = { sign: o.sign ?? false, ...(password ? { password } : {}) };
      if (docKey.toLowerCase() === 'technical-file') {
        const result = await cli.call('documents.exportTechnicalFile', signing);
        writeFileSync(o.out, Buffer.from(result.pdf.base64, 'base64'));
        const manifestPath = o.out.replace(/\.pdf$/i, '') + '.manifest.json';
        writeFileSync(manifestPath, `${JSON.stringify({ ...result.manifest, file: { name: result.pdf.fileName, sha256: result.pdf.sha256 } }, null, 2)}\n`);
        const { base64: _pdf, ...pdf } = result.pdf;
        const { counts } = result.index;
        const elements = `required elements: ${counts.present} present, ${counts.outside} kept outside Cairn, ${counts.missing} missing`;
        emit(
          o,
          { ...pdf, out: o.out, manifest: manifestPath, documents: result.manifest.documents.length, elements: counts },
          () => `Wrote ${o.out} (${result.manifest.documents.length} documents, ${pdf.bytes} bytes${pdf.signed ? ', signed' : ''}; ${elements}) and ${manifestPath}.`,
        );
        return;
      }
      const doc = await documentByKey(cli, docKey);
      const result = await cli.call('documents.exportPdf', { documentId: doc.id, ...signing, ...(o.docVersion ? { version: o.docVersion } : {}) });
      writeFileSync(o.out, Buffer.from(result.base64, 'base64'));
      const { base64: _pdf, ...pdf } = result;
      emit(o, { ...pdf, out: o.out }, () => `Wrote ${o.out} (${pdf.bytes} bytes${pdf.signed ? ', signed' : ''}; SHA-256 ${pdf.sha256}).`);
    }),
  );

  withSignIn(
    program
      .command('sign')
      .description('E-sign a document: "authored" sends its draft for review, "reviewed"/"approved" sign the version in review.')
      .argument('<project>', 'project file')
      .argument('<doc-id>', 'document ID')
      .requiredOption('--meaning <meaning>', 'authored, reviewed or approved')
      .option('--reviewers <emails>', 'with "authored": comma-separated reviewers')
      .option('--approvers <emails>', 'with "authored": comma-separated approvers')
      .option('--note <text>', 'with "authored": the summary of change')
      .option('--acknowledge-self-approval', 'approve a document you wrote yourself (single-person organisation)'),
  ).action((file: string, docKey: string, o: Options & { meaning: string; reviewers?: string; approvers?: string; note?: string; acknowledgeSelfApproval?: boolean }) =>
    runCommand(o.json, async (cli) => {
      if (!['authored', 'reviewed', 'approved'].includes(o.meaning)) throw CliFailure.usage(`--meaning must be authored, reviewed or approved, not "${o.meaning}".`);
      await openAs(cli, file, o, true);
      const password = await readPassword(o, 'Signing');
      const doc = await documentByKey(cli, docKey);
      const detail = await cli.call('documents.get', { documentId: doc.id });
      const wanted = o.meaning === 'authored' ? 'draft' : 'in_review';
      const version = detail.versions.findLast((v) => v.state === wanted);
      if (!version) throw new CliFailure(`${doc.docKey} has no version ${wanted === 'draft' ? 'in draft' : 'in review'} to sign as ${o.meaning}.`, EXIT.failed);
      let result;
      if (o.meaning === 'authored') {
        const users = await cli.call('users.list', {});
        result = await cli.call('documents.sendForReview', {
          versionId: version.id,
          reviewers: emailsToIds(o.reviewers, users, '--reviewers'),
          approvers: emailsToIds(o.approvers, users, '--approvers'),
          changeNote: o.note ?? '',
          password,
        });
      } else {
        result = await cli.call('documents.sign', {
          versionId: version.id,
          meaning: o.meaning as 'reviewed' | 'approved',
          password,
          acknowledgeSelfApproval: o.acknowledgeSelfApproval ?? false,
        });
      }
      const after = result.versions.find((v) => v.id === version.id);
      emit(o, after, () => `Signed ${doc.docKey} v${version.version} as ${o.meaning}; it is now ${after?.state.replace('_', ' ')}.`);
    }),
  );

  program
    .command('verify-pdf')
    .description(
      'Check a Cairn PDF: every signature, the certificate each is bound to, whether its signer is trusted and (with --project) whether it is an approved version. Exit 0 only when every check holds.',
    )
    .argument('<pdf>', 'the PDF file')
    .option('--project <file>', 'compare with this project file and trust its trusted certificates')
    .option('--trust <cert.pem|sha256>', 'trust this certificate (PEM file) or SHA-256 fingerprint; repeatable', (value: string, all: string[]) => [...all, value], [] as string[])
    .option('--json', 'machine-readable output')
    .action((pdfPath: string, o: { project?: string; trust: string[]; json?: boolean }) =>
      runCommand(o.json, async (cli) => {
        const base64 = readOrFail(pdfPath).toString('base64');
        const trust = o.trust.map(trustAnchorArgument);
        if (o.project) await openToRead(cli, o.project);
        const report = await cli.call('documents.verifyPdf', { base64, trust });
        emit(o, report, () =>
          table([
            ['Verdict', report.verdict],
            ['Signed', report.signed ? `yes (${report.signatureCount} signature${report.signatureCount === 1 ? '' : 's'})` : 'no'],
            [
              'Signer',
              report.signer
                ? `${report.signer.name}${report.signer.email ? ` <${report.signer.email}>` : ''}${report.signer.trusted === null ? ' (signer not verified: give --project or --trust)' : report.signer.trusted ? ' (trusted)' : ' (NOT trusted)'}`
                : '-',
            ],
            ['Certificate', report.signer ? `SHA-256 ${report.signer.fingerprint}` : '-'],
            ['Signed at', report.signedAt ?? '-'],
            ['Bytes intact', report.intact ? 'yes' : 'NO'],
            ['Whole file signed', report.coversWholeFile ? 'yes' : 'NO'],
            ['Document', report.document ? `${report.document.docKey} v${report.document.version}` : '-'],
            ...(report.project ? ([['Project', report.project.detail]] as [string, string][]) : []),
            ...report.problems.map((p): [string, string] => ['Problem', p]),
          ]),
        );
        return report.verified ? EXIT.ok : EXIT.checkFailed;
      }),
    );
}
