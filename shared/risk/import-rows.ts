import { plural } from '../domain/words';
import type { RiskImportField, RiskImportMapping } from '../api/risk-types';
import { LIMITS } from '../domain/limits';
import { hasUnsafeNameChars, UNSAFE_NAME_MESSAGE } from '../domain/safe-text';
import { RISK_IMPORT_FIELDS } from '../api/risk-types';
import { HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS, type HazardCategory } from './catalogue';
import { CONTROL_TYPES, CONTROL_TYPE_LABELS, type ControlType } from './controls';
import type { RiskInput } from './evaluate';
import type { RiskScales } from './scales';

// A risk table from a spreadsheet, row by row: which column feeds which field, and each row turned into
// a chain or a message naming its line. Pure, so the whole file is checked before anything is written.

export const RISK_IMPORT_LABELS: Record<RiskImportField, string> = {
  hazard: 'Hazard',
  hazardCategory: 'Hazard category',
  sequenceOfEvents: 'Sequence of events',
  situation: 'Hazardous situation',
  harm: 'Harm',
  p1: 'P1',
  p2: 'P2',
  p: 'P',
  s: 'Severity',
  residualP1: 'Residual P1',
  residualP2: 'Residual P2',
  residualP: 'Residual P',
  residualS: 'Residual severity',
  controls: 'Risk controls',
  controlType: 'Control type',
  benefitRisk: 'Benefit-risk',
};

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const SYNONYMS: Record<RiskImportField, string[]> = {
  hazard: ['hazard', 'hazards', 'hazardname', 'source'],
  hazardCategory: ['hazardcategory', 'category', 'hazardtype'],
  sequenceOfEvents: ['sequenceofevents', 'sequence', 'events', 'foreseeablesequence', 'failuremode', 'cause'],
  situation: ['hazardoussituation', 'situation', 'hs'],
  harm: ['harm', 'harms', 'injury', 'effect'],
  p1: ['p1', 'probability1', 'initialp1'],
  p2: ['p2', 'probability2', 'initialp2'],
  p: ['p', 'probability', 'initialp', 'initialprobability', 'occurrence'],
  s: ['s', 'severity', 'initials', 'initialseverity', 'sev'],
  residualP1: ['residualp1', 'p1residual', 'p1after'],
  residualP2: ['residualp2', 'p2residual', 'p2after'],
  residualP: ['residualp', 'residualprobability', 'pafter', 'probabilityafter'],
  residualS: ['residuals', 'residualseverity', 'safter', 'severityafter'],
  controls: ['controls', 'riskcontrols', 'riskcontrol', 'control', 'mitigation', 'mitigations', 'riskcontrolmeasures'],
  controlType: ['controltype', 'typeofcontrol', 'mitigationtype'],
  benefitRisk: ['benefitrisk', 'benefitriskanalysis', 'benefitriskjustification'],
};

/** Proposes a mapping from the header alone; each column feeds at most one field. */
export function proposeRiskMapping(columns: readonly string[]): RiskImportMapping {
  const mapping: RiskImportMapping = {};
  const taken = new Set<string>();
  for (const field of RISK_IMPORT_FIELDS) {
    const column = columns.find((c) => !taken.has(c) && SYNONYMS[field].includes(squash(c)));
    if (column === undefined) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}

/** Fields the plan's scales need a column for. */
export function requiredImportFields(scales: RiskScales): RiskImportField[] {
  return ['hazard', 'situation', 'harm', ...(scales.probabilityMode === 'p1p2' ? (['p1', 'p2'] as const) : (['p'] as const)), 's'];
}

export interface ImportedChain {
  line: string;
  hazard: string;
  hazardCategory: HazardCategory | null;
  sequenceOfEvents: string;
  situation: string;
  harm: string;
  initial: RiskInput;
  residual: RiskInput | null;
  controls: string[];
  /** One type for every new control, or one per control in the same order; empty when the file gives none. */
  controlTypes: ControlType[];
  benefitRisk: string;
}

/** The type the row gives the control at `index`, or null when it gives none for it. */
export function controlTypeAt(chain: ImportedChain, index: number): ControlType | null {
  return (chain.controlTypes.length === 1 ? chain.controlTypes[0] : chain.controlTypes[index]) ?? null;
}

/** A cell holding a list: semicolons or line breaks separate entries, as the export writes them. */
function listOf(raw: string): string[] {
  return raw
    .split(/[;\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

export type ImportRowResult = { ok: true; chain: ImportedChain } | { ok: false; message: string };

/** A level from "3", "S3", "P3" or the level's name. */
function levelOf(raw: string, names: readonly string[]): number | null {
  const text = raw.trim();
  const numeric = /^[A-Za-z]{0,2}(\d+)$/.exec(text);
  if (numeric) return Number(numeric[1]);
  const index = names.findIndex((n) => squash(n) === squash(text));
  return index >= 0 ? index + 1 : null;
}

function pick<T extends string>(raw: string, keys: readonly T[], labels: Record<T, string>): T | null {
  const wanted = squash(raw);
  if (!wanted) return null;
  return keys.find((k) => squash(k) === wanted || squash(labels[k]) === wanted || squash(labels[k]).startsWith(wanted)) ?? null;
}

/** One CSV row as a chain, or a message naming the line and column at fault. */
export function rowToChain(where: string, cells: Record<string, string>, mapping: RiskImportMapping, scales: RiskScales): ImportRowResult {
  const cell = (f: RiskImportField) => (mapping[f] === undefined ? '' : (cells[mapping[f]] ?? '').trim());
  const bad = (f: RiskImportField, message: string): ImportRowResult => ({ ok: false, message: `${where}, ${RISK_IMPORT_LABELS[f]} ("${mapping[f] ?? ''}"): ${message}` });
  for (const f of ['hazard', 'situation', 'harm'] as const) if (!cell(f)) return bad(f, 'empty; every chain needs one.');
  // The same bounds the contract puts on these fields when they are typed in the app.
  for (const f of ['hazard', 'situation', 'harm', 'controls'] as const) {
    for (const name of f === 'controls' ? listOf(cell(f)) : [cell(f)]) {
      if (name.length > LIMITS.name) return bad(f, `"${name.slice(0, 40)}…" is ${name.length} characters; a name holds at most ${LIMITS.name}.`);
      if (hasUnsafeNameChars(name)) return bad(f, UNSAFE_NAME_MESSAGE);
    }
  }
  for (const f of ['sequenceOfEvents', 'benefitRisk'] as const) {
    const text = cell(f);
    if (text.length > LIMITS.text) return bad(f, `${text.length} characters; at most ${LIMITS.text}.`);
  }
  const levels: Partial<Record<RiskImportField, number | null>> = {};
  const scaleNames: Partial<Record<RiskImportField, string[]>> = {
    p1: scales.p1.map((l) => l.name),
    p2: scales.p2.map((l) => l.name),
    p: scales.probability.map((l) => l.name),
    s: scales.severity.map((l) => l.name),
  };
  for (const f of ['p1', 'p2', 'p', 's', 'residualP1', 'residualP2', 'residualP', 'residualS'] as const) {
    const raw = cell(f);
    if (!raw) continue;
    const base = (f.startsWith('residual') ? f.slice(8, 9).toLowerCase() + f.slice(9) : f) as 'p1' | 'p2' | 'p' | 's';
    const value = levelOf(raw, scaleNames[base] ?? []);
    if (value === null) return bad(f, `"${raw.slice(0, 40)}" is neither a level number nor the name of a level.`);
    levels[f] = value;
  }
  const residualGiven = levels.residualS !== undefined || levels.residualP !== undefined || levels.residualP1 !== undefined || levels.residualP2 !== undefined;
  const categoryRaw = cell('hazardCategory');
  const hazardCategory = categoryRaw ? pick(categoryRaw, HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS) : null;
  if (categoryRaw && !hazardCategory) return bad('hazardCategory', `"${categoryRaw.slice(0, 40)}" is not one of ${HAZARD_CATEGORIES.join(', ')}.`);
  const controls = listOf(cell('controls'));
  const controlTypes: ControlType[] = [];
  for (const typeRaw of listOf(cell('controlType'))) {
    const type = pick(typeRaw, CONTROL_TYPES, CONTROL_TYPE_LABELS);
    if (!type) return bad('controlType', `"${typeRaw.slice(0, 40)}" is not one of ${CONTROL_TYPES.join(', ')}.`);
    controlTypes.push(type);
  }
  if (controlTypes.length > 1 && controlTypes.length !== controls.length) {
    return bad('controlType', `${controlTypes.length} types for ${plural(controls.length, 'control')}; give one type for all, or one per control in the same order.`);
  }
  return {
    ok: true,
    chain: {
      line: where,
      hazard: cell('hazard'),
      hazardCategory,
      sequenceOfEvents: cell('sequenceOfEvents'),
      situation: cell('situation'),
      harm: cell('harm'),
      initial: { p1: levels.p1 ?? null, p2: levels.p2 ?? null, p: levels.p ?? null, s: levels.s ?? null },
      residual: residualGiven ? { p1: levels.residualP1 ?? null, p2: levels.residualP2 ?? null, p: levels.residualP ?? null, s: levels.residualS ?? null } : null,
      controls,
      controlTypes,
      benefitRisk: cell('benefitRisk'),
    },
  };
}
