import { bundleChildScripts } from './child-scripts';
import { cachedSample } from './sample-cache';

/**
 * Before any test file runs: the processes tests start are bundled from the current source, and the cached
 * sample project is built once, so no two workers build it at once.
 */
export default function setup(): void {
  bundleChildScripts();
  cachedSample();
}
