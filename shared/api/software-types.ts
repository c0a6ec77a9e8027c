import type { SafetyClass } from '../regulatory/safety-class';

export const SOFTWARE_KINDS = ['system', 'item', 'unit'] as const;
export type SoftwareKind = (typeof SOFTWARE_KINDS)[number];

/** How a node got its class: answered (systems), inherited, lowered by segregation, or not yet known. */
export type ClassSource = 'classified' | 'inherited' | 'segregated' | 'unclassified';

export interface SoftwareNode {
  id: number;
  humanId: string;
  parentId: number | null;
  kind: SoftwareKind;
  name: string;
  description: string;
  /** The class the processes follow: unclassified systems count as C (4.3 g). */
  effectiveClass: SafetyClass;
  classSource: ClassSource;
  rationale: string | null;
  children: SoftwareNode[];
}
