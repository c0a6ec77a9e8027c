import { cachedSample } from './sample-cache';

/** Builds the cached sample project once, before any test file runs, so no two workers build it at once. */
export default function setup(): void {
  cachedSample();
}
