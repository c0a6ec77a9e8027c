/** Where a person reads about a package and its known issues, from its registry's public page. */
export function registryPage(ecosystem: string, name: string): string {
  if (ecosystem === 'npm') return `https://www.npmjs.com/package/${name}`;
  if (ecosystem === 'pypi') return `https://pypi.org/project/${name}/`;
  return '';
}
