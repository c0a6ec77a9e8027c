import type { SafetyClass } from '../regulatory/safety-class';
import type { RequirementField, RequirementSource, RequirementStatus, RequirementType, VerificationMethod } from '../requirements/fields';
import type { ImportField } from '../requirements/mapping';
import type { ReviewRecord } from './reviews-types';

/** A software item a requirement is allocated to, through a requirement → software_item trace link. */
export interface RequirementItem {
  id: number;
  humanId: string;
  name: string;
  safetyClass: SafetyClass;
  suspect: boolean;
}

export interface Requirement {
  id: number;
  humanId: string;
  title: string;
  text: string;
  /** The text's formatting as an import brought it (sanitised XHTML, see shared/text/rich-text); '' for plain text. */
  textXhtml: string;
  type: RequirementType;
  source: RequirementSource | '';
  sourceRef: string;
  rationale: string;
  acceptanceCriteria: string;
  verificationMethod: VerificationMethod | '';
  status: RequirementStatus;
  createdAt: string;
  updatedAt: string;
  revision: number;
  items: RequirementItem[];
  /** The highest class among its items; null while it is allocated to none. */
  safetyClass: SafetyClass | null;
  /** The class whose fields it must state: its items' highest, or the project's while it has no item. */
  heldTo: SafetyClass;
  /** Fields that class requires and that are still empty. */
  missing: RequirementField[];
}

export interface RequirementPage {
  rows: Requirement[];
  total: number;
}

export const IMPORT_FORMATS = ['csv', 'reqif', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Which source column feeds each requirement field; absent fields are left alone on update. */
export type ImportMapping = Partial<Record<ImportField, string>>;

/** A source column (CSV header or ReqIF attribute) with what it holds. */
export interface ImportColumn {
  name: string;
  /** ReqIF datatype (STRING, XHTML, ENUMERATION …) or "text" for CSV. */
  kind: string;
  samples: string[];
}

/** The first look at a file: its columns, a few rows and the mapping Cairn proposes (or last used). */
export interface ImportPreview {
  format: ImportFormat;
  sourceKey: string;
  /** The tool that wrote a ReqIF file, when it says. */
  sourceTool: string;
  columns: ImportColumn[];
  rowCount: number;
  preview: Record<string, string>[];
  mapping: ImportMapping;
  /** True when `mapping` is the one saved from an earlier import of the same source. */
  savedMapping: boolean;
  /** Why the proposed mapping chose as it did where names alone did not decide (empty for a saved mapping). */
  notes: string[];
  /** What the reader tolerated in the file, each naming what and where; the import lists them again. */
  warnings: string[];
  /** Relations between objects in the file (ReqIF SPEC-RELATIONs); 0 for CSV. */
  relationCount: number;
  /** A workbook's sheets and the one read (choose another by passing `sheet`); empty and null otherwise. */
  sheets: string[];
  sheet: string | null;
  /** The row (1-based, as Excel numbers it) where the workbook's header was found; null for other formats. */
  headerRow: number | null;
}

export interface ImportResult {
  format: ImportFormat;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Why rows were skipped, first ones only. */
  skippedReasons: string[];
  /** Headings that became sections of the document's outline (ReqIF). */
  sections: number;
  /** Relations imported between requirements (ReqIF SPEC-RELATIONs). */
  relations: number;
  /** Everything the file had that was tolerated or left out, each naming what and where. */
  warnings: string[];
}

export const EXPORT_FORMATS = ['csv', 'xlsx', 'reqif', 'reqifz'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RequirementsExport {
  fileName: string;
  mimeType: string;
  base64: string;
  count: number;
}

/** Counts for the screen's header and the SRS: how far the requirements are. */
export interface RequirementsOverview {
  total: number;
  riskControls: number;
  unallocated: number;
  incomplete: number;
  latestReview: ReviewRecord | null;
  /** The class a requirement without a software item is held to. */
  projectClass: SafetyClass;
}
