import { uniqueComponents } from './collect';
import { registryPage } from './registry-links';
import { component, SoupParseError, type ParsedSoup, type SoupComponent } from './types';

/** PEP 503 normalised name, so `Flask_SQLAlchemy` and `flask-sqlalchemy` are one package. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

// name [extras] (== | ===) version [; marker]   — the only shape that pins one version.
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,#]+)\s*(?:;.*)?$/;
// Any other PEP 508 requirement: a name, optional extras, optional version clauses or URL, optional marker.
const UNPINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:(?:[<>!~=]=?|===)\s*[^;]*|@\s*\S+)?\s*(?:;.*)?$/;

const PLATFORM_MARKER = /\b(?:sys_platform|platform_system|os_name|platform_machine)\s*==\s*["']([^"']+)["']/g;

/**
 * The platform a PEP 508 environment marker limits a package to (`sys_platform == "win32"` → `win32`),
 * '' when it names none. Such a package ships only there; it stays an item of its own, a library in its own
 * right (colorama for click on Windows), with its platform shown.
 */
export function platformOfMarker(marker: string): string {
  return [...marker.matchAll(PLATFORM_MARKER)].map((m) => m[1]).join(' ');
}

/** Physical lines joined where a line ends in a backslash, each kept with the number of its first line. */
function logicalLines(text: string): { line: number; body: string }[] {
  const out: { line: number; body: string }[] = [];
  let pending: { line: number; body: string } | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const continued = raw.endsWith('\\');
    const part = continued ? raw.slice(0, -1) : raw;
    pending = pending ? { line: pending.line, body: `${pending.body} ${part}` } : { line: index + 1, body: part };
    if (!continued) {
      out.push(pending);
      pending = null;
    }
  });
  if (pending) out.push(pending);
  return out;
}

/** pip-compile writes `# via -r requirements.in` under packages the project asked for, `# via other` under the rest. */
function viaIsOnlyPackages(via: string[]): boolean {
  return via.length > 0 && via.every((v) => !v.startsWith('-r') && !v.startsWith('-c'));
}

/**
 * pip's requirements.txt. Only `==`/`===` pins name one version, so unpinned requirements are reported
 * and skipped, as are `-r`/`-c` includes and options (not followed: the file given is what is read).
 * Everything listed is direct unless pip-compile's `# via` comments say another package pulled it in.
 */
export function parseRequirementsTxt(text: string): ParsedSoup {
  const notes: string[] = [];
  const found: { component: SoupComponent; via: string[] }[] = [];
  let last: { via: string[] } | null = null;
  let readingVia = false;
  for (const { line, body: raw } of logicalLines(text)) {
    const trimmed = raw.trim();
    const comment = /^#\s*(via\b)?\s*(.*)$/.exec(trimmed);
    if (comment) {
      if (last && comment[1]) {
        readingVia = true;
        if (comment[2]) last.via.push(comment[2].trim());
      } else if (last && readingVia && comment[2]) last.via.push(comment[2].trim());
      continue;
    }
    readingVia = false;
    const body = trimmed
      .replace(/\s+#.*$/, '')
      .replace(/\s+--hash[= ]\S+/g, '')
      .trim();
    if (body === '') continue;
    if (body.startsWith('-')) {
      notes.push(`line ${line}: "${body}" is an option or include; it was not followed`);
      last = null;
      continue;
    }
    const pinned = PINNED.exec(body);
    if (pinned) {
      const name = pinned[1] as string;
      const marker = body.includes(';') ? body.slice(body.indexOf(';') + 1) : '';
      const entry = {
        component: component({
          name,
          version: pinned[2] as string,
          ecosystem: 'pypi',
          direct: true,
          website: registryPage('pypi', normalisePythonName(name)),
          platform: platformOfMarker(marker),
        }),
        via: [],
      };
      found.push(entry);
      last = entry;
      continue;
    }
    if (UNPINNED.test(body)) {
      notes.push(`line ${line}: "${body}" does not pin one version (use ==); skipped`);
      last = null;
      continue;
    }
    throw new SoupParseError(`requirements.txt line ${line}`, `"${body}" is not a requirement`);
  }
  const components = found.map(({ component: c, via }) => ({ ...c, direct: !viaIsOnlyPackages(via) }));
  return { format: 'requirements-txt', components: uniqueComponents(components), notes };
}
