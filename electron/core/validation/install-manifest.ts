import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './validation-step';

/** Where the bundle step (build/scripts/bundle-node.mjs) writes the manifest, from the installation root. */
export const MANIFEST_PATH = 'out/node/manifest.json';

export interface InstallManifest {
  version: string;
  /** Path from the installation root → SHA-256 at build time. */
  files: Record<string, string>;
}

export interface ManifestComparison {
  checked: number;
  changed: string[];
  missing: string[];
}

/** The manifest made at build time, or null when this installation has none (a checkout never bundled). */
export function readManifest(rootDir: string): InstallManifest | null {
  const path = join(rootDir, MANIFEST_PATH);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as InstallManifest;
}

/** Hashes every file the manifest lists and names those that changed or are gone. */
export function compareWithManifest(rootDir: string, manifest: InstallManifest): ManifestComparison {
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [file, expected] of Object.entries(manifest.files)) {
    const path = join(rootDir, file);
    if (!existsSync(path)) missing.push(file);
    else if (sha256(readFileSync(path)) !== expected) changed.push(file);
  }
  return { checked: Object.keys(manifest.files).length, changed, missing };
}
