import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { SigningKeyInfo } from '../../../shared/api/documents-types';
import { openAs, projectCommand, type SignInOptions } from '../cli-core';
import { cliIo } from '../cli-io';
import { EXIT } from '../exit-codes';
import { CliFailure, emit, table } from '../output';
import { readPassword } from '../password';
import { runCommand } from '../run-command';

type Options = SignInOptions & { json?: boolean; owner?: string };

function readFileOrFail(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliFailure(`Cannot read ${path}: ${(error as Error).message}`, EXIT.usage);
  }
}

/** `--owner`: the owner who e-signs a replacement key, with their password from CAIRN_OWNER_PASSWORD or line 2 of stdin. */
async function ownerSignature(o: Options): Promise<{ owner?: { email: string; password: string } }> {
  if (!o.owner) return {};
  return { owner: { email: o.owner, password: await readPassword(o, `The approval of ${o.owner}`, 'owner') } };
}

function describeKey(key: SigningKeyInfo): string {
  return table([
    ['Subject', key.subject ?? '-'],
    ['Fingerprint', key.fingerprint ?? '-'],
    ['Valid until', key.notAfter ?? '-'],
    ['Trusted', key.trusted ? 'yes, in this project' : 'no'],
  ]);
}

const OWNER_HELP = 'an owner who e-signs the change (needed to replace a key, unless you are an owner); their password from CAIRN_OWNER_PASSWORD or line 2 of --password-stdin';

/** Trust changes from the command line: each is audited and, past a person's first key, e-signed by an owner. */
export function registerKeysCommands(program: Command): void {
  projectCommand(program, 'key-generate', "Generate a signing key and certificate for --user (replacing one needs an owner's e-signature).")
    .option('--owner <email>', OWNER_HELP)
    .action((file: string, o: Options) =>
      runCommand(o.json, async (cli) => {
        await openAs(cli, file, o, true);
        const password = await readPassword(o, 'Generating a key');
        const key = await cli.call('keys.generate', { password, ...(await ownerSignature(o)) });
        emit(o, key, () => `New signing key for ${o.user}.\n${describeKey(key)}`);
      }),
    );

  projectCommand(
    program,
    'key-import',
    "Import --user's key and certificate from a PKCS#12 file (its password from CAIRN_P12_PASSWORD; replacing a key needs an owner's e-signature).",
  )
    .argument('<p12>', 'the .p12 or .pfx file')
    .option('--owner <email>', OWNER_HELP)
    .action((file: string, p12: string, o: Options) =>
      runCommand(o.json, async (cli) => {
        const p12Base64 = readFileOrFail(p12).toString('base64');
        await openAs(cli, file, o, true);
        const password = await readPassword(o, 'Importing a key');
        const key = await cli.call('keys.importPkcs12', { p12Base64, p12Password: cliIo().env.CAIRN_P12_PASSWORD ?? '', password, ...(await ownerSignature(o)) });
        emit(o, key, () => `Imported the signing key of ${o.user} from ${p12}.\n${describeKey(key)}`);
      }),
    );

  projectCommand(program, 'trust-add', 'Trust a certificate (PEM file) for verifying signatures; --user must be an owner, whose password e-signs the change.')
    .argument('<cert>', 'the PEM certificate file')
    .option('--note <text>', 'whose certificate this is, e.g. "Company QA CA 2026"', '')
    .action((file: string, cert: string, o: Options & { note: string }) =>
      runCommand(o.json, async (cli) => {
        const certificatePem = readFileOrFail(cert).toString('utf8');
        await openAs(cli, file, o, true);
        const password = await readPassword(o, 'Approving a trust change');
        const trusted = await cli.call('trust.add', { certificatePem, note: o.note, password });
        emit(o, trusted, () => table(trusted.map((t) => [t.fingerprint.slice(0, 16), `${t.subject}${t.note ? ` (${t.note})` : ''}`])));
      }),
    );
}
