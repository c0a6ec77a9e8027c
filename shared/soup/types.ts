/** The dependency files Cairn reads a SOUP list from; detected by content, never by file name. */
export const SOUP_FORMATS = ['npm-lock', 'yarn-v1', 'yarn-berry', 'pnpm-lock', 'requirements-txt', 'poetry-lock', 'cyclonedx', 'spdx'] as const;
export type SoupFormat = (typeof SOUP_FORMATS)[number];

export const SOUP_FORMAT_LABELS: Record<SoupFormat, string> = {
  'npm-lock': 'npm package-lock.json',
  'yarn-v1': 'Yarn v1 yarn.lock',
  'yarn-berry': 'Yarn Berry yarn.lock',
  'pnpm-lock': 'pnpm-lock.yaml',
  'requirements-txt': 'pip requirements.txt',
  'poetry-lock': 'Poetry poetry.lock',
  cyclonedx: 'CycloneDX JSON SBOM',
  spdx: 'SPDX JSON SBOM',
};

/** One third-party package as a dependency file names it. Empty strings where the file says nothing. */
export interface SoupComponent {
  name: string;
  version: string;
  /** npm, pypi, maven, …: the package registry the name belongs to. */
  ecosystem: string;
  licence: string;
  supplier: string;
  /** Named by the project itself rather than pulled in by another package. */
  direct: boolean;
  /**
   * Needed only to build or test (npm devDependencies, Poetry dev group…): not part of the shipped
   * software, so not SOUP in the IEC 62304 sense. The import skips these and says how many.
   */
  dev: boolean;
  website: string;
  /**
   * The operating system and processor a platform-specific build is made for ("linux x64", "win32"), as
   * the file marks it; '' for a package that runs everywhere.
   */
  platform: string;
  /** The package that pulls this one in as one of its optional platform builds (esbuild → @esbuild/linux-x64); '' otherwise. */
  optionalOf: string;
}

export interface ParsedSoup {
  format: SoupFormat;
  components: SoupComponent[];
  /** Lines the parser saw but did not follow (requirements.txt `-r`, unpinned lines…), for the person importing. */
  notes: string[];
}

/** A dependency file that cannot be read; `where` names the line or element at fault. */
export class SoupParseError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'SoupParseError';
  }
}

/** A component with the fields a format does not carry left empty. */
export function component(fields: Partial<SoupComponent> & Pick<SoupComponent, 'name' | 'version' | 'ecosystem'>): SoupComponent {
  return { licence: '', supplier: '', direct: false, dev: false, website: '', platform: '', optionalOf: '', ...fields };
}
