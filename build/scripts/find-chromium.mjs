// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then Debian's, then Playwright's own cache.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function fromPlaywrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return null;
  const builds = readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse();
  for (const build of builds) {
    for (const binary of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-win/chrome.exe']) {
      const candidate = join(cache, build, binary);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** The path of a usable Chromium, or null. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return fromPlaywrightCache();
}
