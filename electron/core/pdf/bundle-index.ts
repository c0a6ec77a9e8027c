import type { Content, TableCell } from 'pdfmake/interfaces';
import { styledTable } from './blocks';
import { tocHeading } from './headings';
import { BANNER_COLOURS } from './theme';

/** One element of the technical file's index as printed: its place in the list and where it stands. */
export interface BundleIndexRow {
  section: string;
  title: string;
  state: 'present' | 'outside' | 'missing';
  status: string;
}

/** The index at the front of a technical file: why these lists apply, then each list's elements in order. */
export interface BundleIndex {
  basis: string[];
  parts: { title: string; rows: BundleIndexRow[] }[];
}

const INDEX_HEADING = 'Technical file index';

/** Rows of one or two lines that fit on an A4 page below a heading, with room to spare. */
const FITS_ON_A_PAGE = 25;

const COLUMNS = [
  { header: 'Section', width: 10 },
  { header: 'Required element', width: 48 },
  { header: 'Where it is', width: 42 },
];

function row(r: BundleIndexRow): TableCell[] {
  const missing = r.state === 'missing';
  return [
    { text: r.section, style: 'tableCell' },
    { text: r.title, style: 'tableCell' },
    { text: r.status, style: 'tableCell', bold: missing, ...(missing ? { color: BANNER_COLOURS.danger.text } : {}) },
  ];
}

/** The index page: every required element, present (with its document and version), kept outside Cairn, or missing. */
export function indexPage(index: BundleIndex): Content[] {
  const counts = (state: BundleIndexRow['state']) => index.parts.reduce((n, p) => n + p.rows.filter((r) => r.state === state).length, 0);
  const total = index.parts.reduce((n, p) => n + p.rows.length, 0);
  const are = (n: number) => `${n} ${n === 1 ? 'is' : 'are'}`;
  return [
    { ...tocHeading(INDEX_HEADING, 'frontHeading', 0, 'bundle:index'), pageBreak: 'before' },
    { ul: index.basis, style: 'paragraph' },
    {
      text: `Of the ${total} required elements, ${are(counts('present'))} present in this file, ${are(counts('outside'))} kept outside Cairn where stated and ${are(counts('missing'))} missing.`,
      style: 'paragraph',
    },
    ...index.parts.map((part, i): Content => {
      const heading = tocHeading(part.title, 'h2', 1, `bundle:index:${i + 1}`, 'bundle:index');
      const table = styledTable(COLUMNS, part.rows.map(row), 'No element of this list applies.');
      // A list that fits on a page stays whole, so its heading never ends a page with the table on the next.
      return part.rows.length <= FITS_ON_A_PAGE ? { stack: [heading, table], unbreakable: true } : { stack: [heading, table] };
    }),
  ];
}
