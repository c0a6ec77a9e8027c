import type { ApiError } from '../../shared/api/errors';
import { cliIo } from './cli-io';
import { EXIT, exitCodeFor } from './exit-codes';

/** A failure that ends the command with a one-line reason and a given exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly apiError?: ApiError,
  ) {
    super(message);
    this.name = 'CliFailure';
  }

  static fromApi(error: ApiError): CliFailure {
    const where = error.field ? ` (${error.field})` : '';
    return new CliFailure(`${error.message}${where}`, exitCodeFor(error.code), error);
  }

  static usage(message: string): CliFailure {
    return new CliFailure(message, EXIT.usage, { code: 'invalid_input', message });
  }
}

export interface OutputOptions {
  json?: boolean;
}

/** Prints a result: JSON for machines, or the human text the command formats. */
export function emit(options: OutputOptions, value: unknown, human: () => string): void {
  cliIo().stdout(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

/** Reports a failure: one line on stderr, and with --json the error object on stdout as well. */
export function reportFailure(failure: CliFailure, json: boolean): void {
  cliIo().stderr(`cairn: ${failure.message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (json) {
    const error = failure.apiError ?? { code: 'internal', message: failure.message };
    cliIo().stdout(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
  }
}

/** Aligned two-column text for human output. */
export function table(rows: [string, string][]): string {
  const width = Math.max(0, ...rows.map(([key]) => key.length));
  return rows.map(([key, value]) => `${key.padEnd(width)}  ${value}`).join('\n');
}
