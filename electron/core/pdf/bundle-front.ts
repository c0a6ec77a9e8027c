import type { Content, TableCell } from 'pdfmake/interfaces';
import { keyValueTable, styledTable } from './blocks';
import { formatDate } from './format';
import { tocHeading } from './headings';
import { COLOURS } from './theme';
import type { ManifestEntry } from '../../../shared/api/documents-types';
import type { BundleIndex } from './bundle-index';

/** The technical file as a whole: what it is for and which document versions it holds. */
export interface BundleInfo {
  productName: string;
  manufacturer: string;
  issuedAt: string;
  manifest: ManifestEntry[];
  /** What the bundle is when it is not the whole technical file, e.g. the QMS procedure set. */
  part?: { title: string; subtitle: string };
  /** The technical file's index of required elements (the whole technical file only). */
  index?: BundleIndex;
}

export type { ManifestEntry };

export const MANIFEST_HEADING = 'Manifest';

/** The technical file's cover: product, manufacturer, issue date, document count and the manifest digest. */
export function bundleCover(bundle: BundleInfo, manifestSha256: string): Content[] {
  return [
    { text: bundle.manufacturer.toUpperCase(), style: 'coverOrganisation' },
    { text: (bundle.part?.title ?? 'Technical file').toUpperCase(), style: 'coverDocId' },
    { text: bundle.productName, style: 'coverTitle' },
    { text: bundle.part?.subtitle ?? 'Technical documentation: the controlled documents generated from the project records', style: 'coverSubtitle' },
    keyValueTable(
      [
        ['Product', bundle.productName],
        ['Manufacturer', bundle.manufacturer],
        ['Issue date', formatDate(bundle.issuedAt)],
        ['Documents', String(bundle.manifest.length)],
        ['Manifest SHA-256', manifestSha256],
      ],
      28,
    ),
    {
      text:
        'Each document in this file keeps its own cover, document control and revision history, and its own ' +
        'content SHA-256. The manifest lists every document with the version and digest included here; the ' +
        'manifest SHA-256 above is computed over that list, so a file with a different set of documents or ' +
        'versions cannot carry the same value.',
      style: 'note',
      margin: [0, 4, 0, 0],
    },
  ];
}

const MANIFEST_COLUMNS = [
  { header: 'Document ID', width: 21 },
  { header: 'Title', width: 21 },
  { header: 'Version', width: 8 },
  { header: 'Content SHA-256', width: 22 },
  { header: 'Signatures', width: 28 },
];

/** The manifest page: every document with its version, digest and signatures, in file order. */
export function manifestPage(bundle: BundleInfo): Content[] {
  const rows = bundle.manifest.map((entry): TableCell[] => [
    { text: entry.docKey, style: 'tableCell', bold: true },
    { text: entry.title, style: 'tableCell' },
    { text: `v${entry.version}`, style: 'tableCell' },
    { text: entry.contentSha256, style: 'tableCell', fontSize: 7.5 },
    entry.signatures.length > 0 ? { text: entry.signatures.join('\n'), style: 'tableCell' } : { text: 'Not signed', style: 'tableCell', italics: true, color: COLOURS.muted },
  ]);
  return [
    { ...tocHeading(MANIFEST_HEADING, 'frontHeading', 0, 'bundle:manifest'), pageBreak: 'before' },
    { text: `The documents of this ${(bundle.part?.title ?? 'technical file').toLowerCase()}, in the order they follow.`, style: 'paragraph' },
    // A row is one document's key, title, digest and current signatures: a few lines, kept on one page (the
    // last row's final signature line once made a page of its own).
    styledTable(MANIFEST_COLUMNS, rows, 'This file holds no documents.', true),
  ];
}
