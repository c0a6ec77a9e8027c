import type { ClassificationAnswers } from '../regulatory/classification';
import type { ControlPlacement } from '../regulatory/control-placement';
import type { SeverityHint } from '../regulatory/severity-hint';
import type { ControlType } from '../risk/controls';
import type { ClauseHome, ClauseStatus, ProcessKey } from '../regulatory/clause-homes';
import type { ExternalControl } from '../regulatory/external-controls';
import type { FdaResult } from '../regulatory/fda-level';
import type { MdrResult } from '../regulatory/mdr-class';
import type { SafetyClass } from '../regulatory/safety-class';

export const MARKETS = ['eu', 'us', 'eu-us'] as const;
export type Market = (typeof MARKETS)[number];
export const SOFTWARE_FORMS = ['samd', 'in-device'] as const;
export type SoftwareForm = (typeof SOFTWARE_FORMS)[number];
export const SOFTWARE_KINDS = ['system', 'item', 'unit'] as const;
export type SoftwareKind = (typeof SOFTWARE_KINDS)[number];

export interface ProductProfile {
  productName: string;
  manufacturer: string;
  intendedPurpose: string;
  intendedUsers: string;
  patientPopulation: string;
  useEnvironment: string;
  markets: Market | '';
  softwareForm: SoftwareForm | '';
  hardwareDevice: string;
  updatedAt: string | null;
  /** Profile fields a reviewer still expects to see filled. */
  missing: string[];
}

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

export interface SystemClassificationView {
  id: number;
  answers: ClassificationAnswers;
  externalControls: ExternalControl[];
  /** The hazardous situations from the risk file the system was found to contribute to, as named when decided. */
  situations: ClassifiedSituation[];
  class: SafetyClass;
  rationale: string;
  rationaleExtra: string;
  decidedAt: string;
  decidedBy: string;
}

/** A hazardous situation as a classification record names it: ids and name at the time of the decision. */
export interface ClassifiedSituation {
  id: number;
  humanId: string;
  name: string;
}

/** A hazardous situation of the risk file, as the classification wizard offers it for one system. */
export interface RiskFileSituation extends ClassifiedSituation {
  chains: number;
  /** The worst initial severity of its chains' harms: the hint for the worst-harm question. */
  worstSeverity: SeverityHint | null;
  /** Whether a trace link already says this system can contribute to it. */
  linked: boolean;
  /** Software of this system named as a cause on a chain through the situation (ITEM-003 …): why it is suggested. */
  causedBy: string[];
}

/** A risk control of the risk file, with whether this system's classification may credit it and why. */
export interface RiskFileControl {
  id: number;
  humanId: string;
  name: string;
  type: ControlType;
  placement: ControlPlacement;
  reason: string;
}

/** What the classification wizard picks from for one system. */
export interface ClassificationRiskFile {
  systemId: number;
  situations: RiskFileSituation[];
  controls: RiskFileControl[];
}

export interface ItemClassificationView {
  id: number;
  class: SafetyClass | null;
  segregationRationale: string;
  segregationVerification: string;
  rationale: string;
  decidedAt: string;
  decidedBy: string;
}

export interface ClassificationHistory {
  node: SoftwareNode;
  systemRecords: SystemClassificationView[];
  itemRecords: ItemClassificationView[];
}

export interface PlanClause {
  clause: string;
  title: string;
  classes: SafetyClass[];
  applies: boolean;
  /** From the records, unless a person marked it satisfied or not applicable with a justification. */
  status: ClauseStatus;
  /** Where the status comes from: the records, or a person's mark with its justification. */
  source: 'evidence' | 'manual';
  /** The person's justification when `source` is manual; '' otherwise. */
  justification: string;
  /** What the records say, whatever the status shows: their status, the reason in words, and the records that satisfy the clause. */
  evidence: { status: 'not_started' | 'in_progress' | 'done'; reason: string; records: string[] };
  /** Why the clause is greyed out, when the class does not require it. */
  notRequiredReason: string | null;
  home: ClauseHome;
  process: ProcessKey;
  /** For clauses the development plan writes (5.1.x, 6.1): its steps' state, shown beside the status. */
  devPlan: DevPlanCoverage | null;
}

export interface DevPlanCoverage {
  steps: number;
  written: number;
  done: number;
}

export interface CompliancePlan {
  projectClass: SafetyClass;
  /** How the project class was reached, in a sentence. */
  classBasis: string;
  clauses: PlanClause[];
  progress: { process: ProcessKey; label: string; done: number; applicable: number }[];
  overall: { done: number; applicable: number };
}

export interface AssessmentView<R> {
  id: number;
  answers: unknown;
  result: R;
  decidedAt: string;
  decidedBy: string;
}

export interface RegulatoryAssessments {
  mdr: AssessmentView<MdrResult>[];
  fda: AssessmentView<FdaResult>[];
}
