import type { PlatformGroup } from '../soup/shipped';
import type { SafetyClass } from '../regulatory/safety-class';
import type { SoupRequiredField } from '../soup/required-fields';
import type { SoupFormat } from '../soup/types';

export const SOUP_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type SoupRiskLevel = (typeof SOUP_RISK_LEVELS)[number];

/** A software item that uses a SOUP item, with the link's state. */
export interface SoupItemUse {
  itemId: number;
  humanId: string;
  name: string;
  effectiveClass: SafetyClass;
  linkId: number;
  suspect: boolean;
}

/** One SOUP item as stored. */
export interface SoupRecord {
  id: number;
  humanId: string;
  name: string;
  ecosystem: string;
  version: string;
  source: string;
  supplier: string;
  licence: string;
  direct: boolean;
  purpose: string;
  functionalRequirements: string;
  performanceRequirements: string;
  hardwareSoftwareRequirements: string;
  anomalyReview: string;
  /** The date (YYYY-MM-DD) the supplier's anomaly list was last read. */
  anomalyReviewedAt: string | null;
  anomalyReviewedVersion: string;
  riskLevel: SoupRiskLevel | '';
  website: string;
  createdAt: string;
  updatedAt: string;
  removedAt: string | null;
}

/** One SOUP item as the list, the editor and the document show it. */
export interface SoupView extends SoupRecord {
  usedBy: SoupItemUse[];
  /** The class this item is held to: the highest of the items using it, else the project's. */
  safetyClass: SafetyClass;
  /** Fields that class requires and that are still empty or out of date. */
  missing: SoupRequiredField[];
}

export interface SoupList {
  projectClass: SafetyClass;
  items: SoupView[];
}

/** A package a re-import would add, in the shape the preview shows. */
export interface SoupIncoming {
  name: string;
  ecosystem: string;
  version: string;
  licence: string;
  supplier: string;
  direct: boolean;
  /** The platform a platform-specific build is for ("linux x64"); '' for one that runs everywhere. */
  platform: string;
}

export interface SoupImportPreview {
  format: SoupFormat;
  formatLabel: string;
  source: string;
  /** Hands the preview to applyImport: if the file or the list changed since, the apply is refused. */
  token: string;
  added: SoupIncoming[];
  removed: { id: number; humanId: string; name: string; version: string }[];
  versionChanged: { id: number; humanId: string; name: string; from: string; to: string }[];
  unchanged: number;
  /** Development-only packages in the file, not imported (not part of the shipped software). */
  skippedDev: number;
  /** Type-declaration packages (`@types/*`, `types-*`, `*-stubs`): nothing of them ships, so not SOUP. */
  skippedTypes: number;
  /** Platform builds listed under the package that pulls them in rather than as items of their own. */
  platformGroups: PlatformGroup[];
  notes: string[];
}

export interface SoupImportResult {
  format: SoupFormat;
  source: string;
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  /** Development-only packages left out. */
  skipped: number;
  /** Type-declaration packages left out. */
  skippedTypes: number;
  /** Platform builds counted under their parent package instead of as items. */
  groupedPlatform: number;
  notes: string[];
}
