import type { RiskImportMapping, RiskImportResult, RiskRecordKind } from '../../../shared/api/risk-types';
import { residualProblem, type ControlType } from '../../../shared/risk/controls';
import { evaluateRisk } from '../../../shared/risk/evaluate';
import { requiredImportFields, RISK_IMPORT_LABELS, rowToChain, type ImportedChain } from '../../../shared/risk/import-rows';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { ImportSource } from '../requirements/import-source';
import { normalEstimate } from './risk-lookups';

/** Every row checked against the mapping and the plan's scales; the first fault, named by line, stops the import. */
function checkedRows(ctx: HandlerContext, fileName: string, source: ImportSource, mapping: RiskImportMapping): ImportedChain[] {
  const { scales } = ctx.project.risk.plan.get();
  const columns = new Set(source.columns.map((c) => c.name));
  const missing = requiredImportFields(scales).filter((f) => mapping[f] === undefined || !columns.has(mapping[f]));
  if (missing.length > 0) {
    throw new CairnError('invalid_input', `${fileName}: no column for ${missing.map((f) => RISK_IMPORT_LABELS[f]).join(', ')}; map ${missing.length === 1 ? 'it' : 'them'} before importing.`, 'mapping');
  }
  const knownControls = new Map(ctx.project.risk.controls.all().map((c) => [c.name.toLowerCase(), c.type]));
  const fail = (message: string) => new CairnError('invalid_input', `${fileName}: ${message}`, 'file');
  const chains: ImportedChain[] = [];
  for (const row of source.rows) {
    const result = rowToChain(row.where, row.cells, mapping, scales);
    if (!result.ok) throw fail(result.message);
    const chain = result.chain;
    const initial = evaluateRisk(scales, chain.initial);
    if (!initial.ok) throw fail(`${chain.line}: ${initial.problem.message}`);
    const types: ControlType[] = [];
    for (const name of chain.controls) {
      const type = knownControls.get(name.toLowerCase()) ?? chain.controlType;
      if (!type) throw fail(`${chain.line}: risk control "${name}" is new; give its type in the ${RISK_IMPORT_LABELS.controlType} column.`);
      knownControls.set(name.toLowerCase(), type);
      types.push(type);
    }
    if (chain.residual) {
      const residual = evaluateRisk(scales, chain.residual, 'residual ');
      if (!residual.ok) throw fail(`${chain.line}: ${residual.problem.message.replace(/^/, 'residual ')}`);
      const earned = residualProblem(initial.value, residual.value, types.map((type) => ({ type })));
      if (!earned.ok) throw fail(`${chain.line}: ${earned.problem.message}`);
    }
    chains.push(chain);
  }
  if (chains.length === 0) throw fail('the file has a header but no rows.');
  return chains;
}

/** Imports a checked risk table in the caller's transaction: records are reused by name, chains always added. */
export function applyRiskImport(ctx: HandlerContext, fileName: string, source: ImportSource, mapping: RiskImportMapping): RiskImportResult {
  const chains = checkedRows(ctx, fileName, source, mapping);
  const { records, controls } = ctx.project.risk;
  const counts: RiskImportResult = { chains: 0, hazards: 0, situations: 0, harms: 0, controls: 0 };
  const COUNT_KEY = { hazard: 'hazards', situation: 'situations', harm: 'harms' } as const;
  const recordId = (kind: RiskRecordKind, name: string, category: string) => {
    const found = records.byName(kind, name);
    if (found) return found.id;
    counts[COUNT_KEY[kind]] += 1;
    return records.insert(kind, { name, description: '', category: kind === 'hazard' ? category : '' }, ctx.now()).id;
  };
  const controlIds = new Map(controls.all().map((c) => [c.name.toLowerCase(), c.id]));
  for (const chain of chains) {
    const row = ctx.project.risk.chains.insert(
      {
        hazardId: recordId('hazard', chain.hazard, chain.hazardCategory ?? 'other'),
        sequenceOfEvents: chain.sequenceOfEvents,
        situationId: recordId('situation', chain.situation, ''),
        harmId: recordId('harm', chain.harm, ''),
        initial: normalEstimate(chain.initial),
        residual: chain.residual && normalEstimate(chain.residual),
        benefitRisk: chain.benefitRisk,
      },
      ctx.now(),
    );
    counts.chains += 1;
    for (const name of chain.controls) {
      let id = controlIds.get(name.toLowerCase());
      if (id === undefined) {
        const type = chain.controlType ?? 'protective-measure';
        id = controls.insert({ type, name, description: '', implementationVerification: '', effectivenessVerification: '', introducesHazard: false, newHazardId: null }, ctx.now()).id;
        controlIds.set(name.toLowerCase(), id);
        counts.controls += 1;
      }
      controls.setChains(id, [...new Set([...controls.chainIdsOf(id), row.id])]);
    }
  }
  ctx.audit({
    action: 'import',
    entity: 'risk_chain',
    entityId: fileName,
    summary: `${counts.chains} risk chain(s) imported from ${fileName} (new: ${counts.hazards} hazard(s), ${counts.situations} situation(s), ${counts.harms} harm(s), ${counts.controls} control(s))`,
    after: { mapping, ...counts },
  });
  return counts;
}
