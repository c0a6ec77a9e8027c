/** The package type of a Package URL (`pkg:npm/...` → `npm`), which is the ecosystem; '' when there is none. */
export function purlEcosystem(purl: string): string {
  const match = /^pkg:([A-Za-z][A-Za-z0-9.+-]*)\//.exec(purl.trim());
  return match ? (match[1] as string).toLowerCase() : '';
}

/** SBOMs write NOASSERTION or NONE where the tool knew nothing; that is no value. */
export function asserted(value: string): string {
  const v = value.trim();
  return v === 'NOASSERTION' || v === 'NONE' ? '' : v;
}
