// Starts a Node door (the `cairn` CLI, the HTTP host) from its bundle in out/node, which `npm install`
// builds (the `prepare` script). In a checkout whose sources changed since, or without a bundle, it runs
// the TypeScript source through tsx instead, so a checkout always runs the code that is checked out.
import { existsSync, readFileSync, statSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const BUNDLE_DIR = new URL('out/node/', ROOT);

/**
 * True when the bundle exists and no source it was built from is newer than it. A source missing from
 * disk counts as unchanged: an installed package ships the bundle without every source.
 */
export function bundleIsCurrent(bundleDir = BUNDLE_DIR, root = ROOT) {
  const manifest = new URL('sources.json', bundleDir);
  if (!existsSync(manifest)) return false;
  const builtAt = statSync(manifest).mtimeMs;
  const { sources } = JSON.parse(readFileSync(manifest, 'utf8'));
  return sources.every((source) => {
    const file = new URL(source, root);
    return !existsSync(file) || statSync(file).mtimeMs <= builtAt;
  });
}

/** Runs `entry` from the bundle when it is current, else `source` through tsx (a development dependency). */
export async function launch(entry, source) {
  if (bundleIsCurrent()) return import(new URL(`${entry}.mjs`, BUNDLE_DIR).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(source, ROOT).href);
}
