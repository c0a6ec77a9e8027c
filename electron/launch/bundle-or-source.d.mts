/** True when out/node holds a bundle no older than any source it was built from. */
export function bundleIsCurrent(bundleDir?: URL, root?: URL): boolean;
/** Runs `entry` from the bundle when it is current, else `source` through tsx. */
export function launch(entry: string, source: string): Promise<unknown>;
