import { parseCycloneDx } from './cyclonedx';
import { parseNpmLock } from './npm-lock';
import { parsePnpmLock } from './pnpm-lock';
import { parsePoetryLock } from './poetry-lock';
import { parseRequirementsTxt } from './requirements-txt';
import { parseSpdx } from './spdx';
import { SOUP_FORMAT_LABELS, SoupParseError, type ParsedSoup, type SoupFormat } from './types';
import { parseYarnBerry } from './yarn-berry';
import { parseYarnV1 } from './yarn-v1';

const PARSERS: Record<SoupFormat, (text: string) => ParsedSoup> = {
  'npm-lock': parseNpmLock,
  'yarn-v1': parseYarnV1,
  'yarn-berry': parseYarnBerry,
  'pnpm-lock': parsePnpmLock,
  'requirements-txt': parseRequirementsTxt,
  'poetry-lock': parsePoetryLock,
  cyclonedx: parseCycloneDx,
  spdx: parseSpdx,
};

/** The first line that is neither blank nor a comment. */
function firstContentLine(text: string): string {
  for (const line of text.split(/\r?\n/, 200)) {
    const t = line.trim();
    if (t && !t.startsWith('#')) return t;
  }
  return '';
}

/**
 * Which format a dependency file is in, from what it holds (names lie: `deps.json`, `lock.txt`…).
 * Returns null when it is none Cairn reads.
 */
export function detectSoupFormat(text: string): SoupFormat | null {
  const head = text.slice(0, 4096);
  if (head.trimStart().startsWith('{')) {
    if (/"bomFormat"\s*:\s*"CycloneDX"/.test(text)) return 'cyclonedx';
    if (/"spdxVersion"\s*:/.test(text)) return 'spdx';
    if (/"lockfileVersion"\s*:/.test(text)) return 'npm-lock';
    return null;
  }
  if (/^# yarn lockfile v1\s*$/m.test(head)) return 'yarn-v1';
  if (/^__metadata:\s*$/m.test(text)) return 'yarn-berry';
  if (/^lockfileVersion:/m.test(head)) return 'pnpm-lock';
  if (/^\[\[package\]\]\s*$/m.test(text) || /^\[metadata\]\s*$/m.test(text)) return 'poetry-lock';
  const first = firstContentLine(text);
  if (/^-[rce-]/.test(first) || /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*([<>=!~]=|===|;|@|$)/.test(first)) return 'requirements-txt';
  return null;
}

/** Detects the format and parses; an unknown format or a malformed file throws a SoupParseError. */
export function parseSoupFile(text: string): ParsedSoup {
  const format = detectSoupFormat(text);
  if (!format) {
    throw new SoupParseError('file', `not a dependency file Cairn reads; use one of: ${Object.values(SOUP_FORMAT_LABELS).join(', ')}`);
  }
  return PARSERS[format](text);
}
