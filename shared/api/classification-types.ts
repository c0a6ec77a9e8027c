import type { ClassificationAnswers } from '../regulatory/classification';
import type { ControlPlacement } from '../regulatory/control-placement';
import type { ExternalControl } from '../regulatory/external-controls';
import type { SafetyClass } from '../regulatory/safety-class';
import type { SeverityHint } from '../regulatory/severity-hint';
import type { ControlType } from '../risk/controls';
import type { SoftwareNode } from './software-types';

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
