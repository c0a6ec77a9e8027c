import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cheapKdfEnabled } from '../../core/kdf-cost';
import { APP_VERSION, defaultUserDataDir, SOURCE_ROOT } from '../../core/node-defaults';
import type { CairnRunner } from '../../core/validation/oq-context';
import { bufferedIo, cliIo, setExitCode, type CliIo } from '../cli-io';
import { EXIT } from '../exit-codes';
import { CliFailure, emit, reportFailure } from '../output';
import { progressReporter } from '../progress';

/** `cairn <argv>` over the given streams: the validate command drives the very CLI it belongs to. */
export type CairnFunction = (argv: readonly string[], io: CliIo) => Promise<number>;

interface ValidateOptions {
  out?: string;
  json?: boolean;
  sign?: boolean;
  user?: string;
  only?: string;
}

/** Each OQ call runs as its own in-process invocation with buffered streams, as a script would see it. */
function inProcessRunner(cairnFunction: CairnFunction): CairnRunner {
  return async (argv, env) => {
    const io = bufferedIo(env, '');
    const code = await cairnFunction(argv, io);
    return { code, ...io.output() };
  };
}

async function validate(cairnFunction: CairnFunction, o: ValidateOptions): Promise<void> {
  const io = cliIo();
  if (o.sign && !o.user) throw CliFailure.usage('--sign needs --user <email>: the person the report is signed for.');
  if (o.user && !o.sign) throw CliFailure.usage('--user is only used with --sign.');
  // Loaded on run only: `cairn --help` should not pay for the PDF engine and SQLite.
  const { runValidation, unknownOqIds } = await import('../../core/validation/run-validation');
  const only = o.only?.split(',').map((id) => id.trim().toUpperCase());
  const unknown = only ? unknownOqIds(only) : [];
  if (unknown.length > 0) throw CliFailure.usage(`--only ${o.only}: no OQ scenario ${unknown.join(', ')}; give ids such as OQ-01,OQ-03.`);
  const outDir = resolve(o.out ?? '.');
  mkdirSync(outDir, { recursive: true });
  const { evidenceFile, validationSummary } = await import('../../core/validation/evidence-file');
  const { renderValidationReport } = await import('../../core/validation/validation-report');
  const { reportSigner } = await import('../../core/validation/report-signer');
  const workDir = mkdtempSync(join(tmpdir(), 'cairn-validate-'));
  try {
    const run = await runValidation({
      iq: { appVersion: APP_VERSION, rootDir: SOURCE_ROOT, userDataDir: defaultUserDataDir(io.env), versions: process.versions, platform: process.platform },
      oq: {
        workDir,
        cairn: inProcessRunner(cairnFunction),
        launcher: join(SOURCE_ROOT, 'electron', 'cli', 'cairn.mjs'),
        // A password made for this run only; no user state is read: user data lives in the work folder.
        env: { ...io.env, CAIRN_USER_DATA: join(workDir, 'user-data'), CAIRN_PASSWORD: randomBytes(18).toString('base64url') },
      },
      environment: { 'Key derivation cost': cheapKdfEnabled() ? 'test (cheap, set by the test harness)' : 'production' },
      // On stderr in --json mode too, as export does: the app's child process reads it for its progress bar.
      progress: progressReporter(),
      ...(only ? { only } : {}),
    });
    const base = `cairn-${run.version}-validation-${run.startedAt.replace(/[:.]/g, '-')}`;
    const evidence = evidenceFile(run);
    const evidencePath = join(outDir, `${base}.json`);
    writeFileSync(evidencePath, evidence.text);
    const reportPath = join(outDir, `${base}.pdf`);
    const certificatePath = join(outDir, `${base}.signer.pem`);
    const signing = o.user ? reportSigner(o.user, new Date(), `${base}.signer.pem`) : undefined;
    writeFileSync(reportPath, await renderValidationReport(run, { fileName: `${base}.json`, sha256: evidence.sha256 }, signing));
    if (signing) writeFileSync(certificatePath, signing.signature.certificatePem);
    const failed = [...run.iq, ...run.oq].filter((step) => step.result === 'failed');
    emit(o, validationSummary(run, reportPath), () =>
      [
        ...[...run.iq, ...run.oq].map(
          (step) => `${step.result === 'passed' ? 'passed' : 'FAILED'}  ${step.id}  ${step.title}${step.result === 'failed' ? `: ${step.detail}` : ''}`,
        ),
        run.passed ? `All ${run.iq.length + run.oq.length} steps passed.` : `${failed.length} step(s) failed: ${failed.map((step) => step.id).join(', ')}.`,
        ...(run.skipped.length ? [`Not run (--only): ${run.skipped.join(', ')}. A partial run does not qualify this installation.`] : []),
        `Report: ${reportPath}`,
        `Evidence: ${evidencePath}`,
        ...(signing
          ? [
              `Signer's certificate: ${certificatePath} (SHA-256 ${signing.signature.fingerprint})`,
              `Check the signature: cairn verify-pdf "${reportPath}" --trust "${certificatePath}"`,
            ]
          : []),
      ].join('\n'),
    );
    setExitCode(run.passed ? EXIT.ok : EXIT.checkFailed);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export function registerValidateCommand(program: Command, cairnFunction: CairnFunction): void {
  program
    .command('validate')
    .description('Qualify this installation (IQ) and run the operational scenarios (OQ) in a temporary folder; exits 3 naming any failed step.')
    .option('--out <dir>', 'where to write the report PDF and the evidence JSON (default: the current folder)')
    .option('--sign', "embed a PAdES signature in the report (needs --user) and write the signer's certificate beside it")
    .option('--user <email>', 'with --sign: the person signing, named in the signature')
    .option('--only <ids>', 'run only these OQ scenarios, e.g. OQ-01,OQ-03 (the IQ always runs); such a run qualifies nothing')
    .option('--json', 'machine-readable output')
    .action(async (o: ValidateOptions) => {
      try {
        await validate(cairnFunction, o);
      } catch (error) {
        if (!(error instanceof CliFailure)) throw error;
        reportFailure(error, o.json ?? false);
        setExitCode(error.exitCode);
      }
    });
}
