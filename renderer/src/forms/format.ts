const two = (n: number) => String(n).padStart(2, '0');

/**
 * Local date and time as YYYY-MM-DD HH:MM:SS: unambiguous in every locale, sorts as it reads, and fits
 * a narrow column. The UTC instant stays available in a title.
 */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

export function utcTitle(iso: string): string {
  return `${iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z')} (UTC)`;
}

export function localDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "breathwise" → "breathwise.cairn" next to the other projects, so a suggestion lands where people keep them. */
export function suggestProjectPath(productName: string, folder: string | null): string {
  const slug =
    productName
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'project';
  const file = `${slug}.cairn`;
  if (!folder) return file;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${file}` : `${folder}${separator}${file}`;
}

/** The folder part of a path, for either separator. */
export function folderOf(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : null;
}

/** A local calendar day's first or last instant, as the UTC instant the core compares against. */
export function dayBound(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
