import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir; the label makes a leftover easy to trace to its test. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `cairn-${label}-`));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
