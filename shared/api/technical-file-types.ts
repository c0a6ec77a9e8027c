import type { TechnicalFilePart, TechnicalFileScope } from '../technical-file/elements';
import type { ExportedPdf, ManifestEntry } from './documents-types';
import type { ElementStatus } from '../technical-file/status';

/** One element of the technical file's index, as the screen and the exported table show it. */
export interface TechnicalFileElementView {
  id: string;
  part: TechnicalFilePart;
  section: string;
  title: string;
  /** The kinds of Cairn document that hold it, by name; empty when Cairn writes none. */
  cairnDocuments: string[];
  status: ElementStatus;
  /** The outside-Cairn reference kept for it (shown even when an approved document makes it present). */
  reference: { text: string; updatedAt: string; updatedBy: string } | null;
}

/** The technical file's index: what applies to the product and where each element stands. */
export interface TechnicalFileIndexView {
  scope: TechnicalFileScope;
  /** Why these lists apply, in words (market, documentation level, class as recorded). */
  basis: string[];
  elements: TechnicalFileElementView[];
  counts: { present: number; outside: number; missing: number };
}

export interface TechnicalFileExport {
  pdf: ExportedPdf;
  manifest: { productName: string; manufacturer: string; issuedAt: string; documents: ManifestEntry[] };
  /** The index printed at the front: every required element, present, kept outside Cairn or missing. */
  index: TechnicalFileIndexView;
}
