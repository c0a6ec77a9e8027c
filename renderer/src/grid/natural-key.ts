/**
 * A sort key under which IDs order as people read them: each run of digits is padded to a fixed width, so
 * REQ-2 comes before REQ-10 in a plain string comparison. (react-table's own alphanumeric guess looks only
 * past the first ten rows, so short lists would sort REQ-10 first.)
 */
export function naturalKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(16, '0'));
}
