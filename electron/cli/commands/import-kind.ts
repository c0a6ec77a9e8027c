import { readFileSync } from 'node:fs';
import type { CliCore, SignInOptions } from '../cli-core';
import { CliFailure } from '../output';

/** The options of `cairn import`, shared by every kind of import. */
export interface ImportOptions extends SignInOptions {
  mapping?: string;
  /** Requirements and risks from a workbook: the sheet to read (default: the first with a header row). */
  sheet?: string;
  /** JUnit: the software version tested, its configuration and the tools used (5.7.5). */
  version?: string;
  environment?: string;
  tools?: string;
  json?: boolean;
}

/** One kind of import: reads the file, calls the core and says what happened. */
export type ImportRunner = (cli: CliCore, file: string, options: ImportOptions, project: string) => Promise<{ value: unknown; human: string }>;

/** Reads a file the user named, or refuses with a usage error that says which file and why. */
export function readOrRefuse(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw CliFailure.usage(`Cannot read the ${what} ${path}: ${reason}.`);
  }
}
