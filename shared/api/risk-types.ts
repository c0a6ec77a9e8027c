import type { CauseCategory, HazardCategory } from '../risk/catalogue';
import type { ControlType } from '../risk/controls';
import type { RiskEstimate } from '../risk/evaluate';
import type { Acceptability, RiskScales } from '../risk/scales';

/** The three kinds of record a chain is built from. */
export const RISK_RECORD_KINDS = ['hazard', 'situation', 'harm'] as const;
export type RiskRecordKind = (typeof RISK_RECORD_KINDS)[number];

/** The prose of the risk management plan (ISO 14971 4.4), each a free text a person writes. */
export const RISK_PLAN_FIELDS = [
  'scope',
  'lifecyclePhases',
  'responsibilities',
  'reviewRequirements',
  'acceptabilityPolicy',
  'overallCriterion',
  'controlVerification',
  'productionInformation',
] as const;
export type RiskPlanField = (typeof RISK_PLAN_FIELDS)[number];

export interface RiskPlan extends Record<RiskPlanField, string> {
  scales: RiskScales;
  /** False until someone saves the plan: the scales shown are the defaults. */
  saved: boolean;
  /** Plan fields still empty, for the wizard's done / missing state. */
  missing: RiskPlanField[];
  overall: OverallEvaluation;
  updatedAt: string | null;
}

/** The plan as the screen edits it: with Cairn's starting text for each field, from the product and the team (an empty field opens on it). */
export interface RiskPlanView extends RiskPlan {
  drafts: Record<RiskPlanField, string>;
}

/** ISO 14971 clause 8: the overall residual risk, judged against the plan's criterion. */
export interface OverallEvaluation {
  evaluation: string;
  /** null while not evaluated. */
  acceptable: boolean | null;
  evaluatedAt: string | null;
  evaluatedBy: string | null;
}

export interface RiskRecord {
  kind: RiskRecordKind;
  id: number;
  humanId: string;
  name: string;
  description: string;
  /** Hazards only; '' for situations and harms. */
  category: HazardCategory | '';
  /** How many chains use it (a used record cannot be removed). */
  chains: number;
}

export interface RiskControl {
  id: number;
  humanId: string;
  type: ControlType;
  name: string;
  description: string;
  implementationVerification: string;
  effectivenessVerification: string;
  introducesHazard: boolean;
  newHazard: { id: number; humanId: string; name: string } | null;
  /** The chains it controls, by human ID. */
  chains: { id: number; humanId: string }[];
  /** The requirements that implement it (risk_control → requirement trace links). */
  requirements: { id: number; humanId: string; title: string; suspect: boolean }[];
}

export interface RiskRecords {
  hazards: RiskRecord[];
  situations: RiskRecord[];
  harms: RiskRecord[];
  controls: RiskControl[];
}

export interface RiskCause {
  itemId: number;
  itemHumanId: string;
  itemName: string;
  category: CauseCategory;
  description: string;
}

type Named = { id: number; humanId: string; name: string };

/** One chain of the risk table with its estimates before and after control. */
export interface RiskRow {
  id: number;
  humanId: string;
  hazard: Named & { category: HazardCategory };
  sequenceOfEvents: string;
  situation: Named;
  harm: Named;
  causes: RiskCause[];
  initial: RiskEstimate;
  /** null until the residual risk has been estimated. */
  residual: RiskEstimate | null;
  /** Controls in the order the standard prefers them, each with its requirements. */
  controls: RiskControl[];
  benefitRisk: string;
  /** What is still open on this chain, in words ("residual risk not estimated" …). */
  open: string[];
}

export interface RiskList {
  rows: RiskRow[];
  total: number;
}

/** Counts per matrix cell before and after control: counts[p - 1][s - 1]. */
export interface RiskMatrix {
  probability: string[];
  severity: string[];
  acceptability: Acceptability[][];
  initial: number[][];
  residual: number[][];
  /** Chains whose residual risk is not estimated yet (missing from `residual`). */
  residualPending: number;
  chains: number;
  unacceptableInitial: number;
  unacceptableResidual: number;
}

/** What a risk import can fill from a CSV column. */
export const RISK_IMPORT_FIELDS = [
  'hazard',
  'hazardCategory',
  'sequenceOfEvents',
  'situation',
  'harm',
  'p1',
  'p2',
  'p',
  's',
  'residualP1',
  'residualP2',
  'residualP',
  'residualS',
  'controls',
  'controlType',
  'benefitRisk',
] as const;
export type RiskImportField = (typeof RISK_IMPORT_FIELDS)[number];
export type RiskImportMapping = Partial<Record<RiskImportField, string>>;

export interface RiskImportPreview {
  columns: { name: string; samples: string[] }[];
  rowCount: number;
  preview: Record<string, string>[];
  /** The mapping given, else the one last used for this header line, else one proposed from the header. */
  mapping: RiskImportMapping;
  /** True when `mapping` is the one saved by the last import of a file with the same header line. */
  savedMapping: boolean;
  /** Fields the plan needs that the mapping leaves without a column; rows are checked only once this is empty. */
  unmapped: RiskImportField[];
  /** Every row the import would refuse, by line (at most RISK_IMPORT_PROBLEM_LIMIT; `problemCount` has them all). */
  problems: RiskImportProblem[];
  problemCount: number;
  /** A workbook's sheets and the one read (choose another by passing `sheet`); empty and null for CSV. */
  sheets: string[];
  sheet: string | null;
  /** The row (1-based, as Excel numbers it) where the sheet's header was found; null for CSV. */
  headerRow: number | null;
}

export interface RiskImportProblem {
  where: string;
  message: string;
}

/** The preview lists this many faulty rows; a file wrong on every line needs fixing at the source anyway. */
export const RISK_IMPORT_PROBLEM_LIMIT = 200;

/** The risk table as a CSV file that `risk.import` reads back into the same chains. */
export interface RiskExport {
  fileName: string;
  mimeType: 'text/csv';
  base64: string;
  count: number;
}

export interface RiskImportResult {
  chains: number;
  hazards: number;
  situations: number;
  harms: number;
  controls: number;
}
