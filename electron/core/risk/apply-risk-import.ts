import type { RiskImportMapping, RiskImportResult, RiskRecordKind } from '../../../shared/api/risk-types';
import { RISK_IMPORT_LABELS } from '../../../shared/risk/import-rows';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { ImportSource } from '../requirements/import-source';
import { checkRiskImport, riskSourceKey, type CheckedChain } from './check-risk-import';
import { normalEstimate } from './risk-lookups';

/** Every row checked before the first write; any fault refuses the whole file, naming the first faulty line. */
function checkedChains(ctx: HandlerContext, fileName: string, source: ImportSource, mapping: RiskImportMapping): CheckedChain[] {
  const columns = new Set(source.columns.map((c) => c.name));
  const stray = Object.entries(mapping).find(([, column]) => column !== undefined && !columns.has(column));
  const checked = checkRiskImport(ctx, source, mapping);
  const missing = checked.unmapped;
  if (missing.length > 0) {
    throw new CairnError(
      'invalid_input',
      `${fileName}: no column for ${missing.map((f) => RISK_IMPORT_LABELS[f]).join(', ')}; map ${missing.length === 1 ? 'it' : 'them'} before importing.`,
      'mapping',
    );
  }
  if (stray) throw new CairnError('invalid_input', `${fileName}: the mapping names a column "${stray[1]}" that the file does not have.`, 'mapping');
  const [first] = checked.problems;
  if (first) {
    const more = checked.problemCount - 1;
    throw new CairnError('invalid_input', `${fileName}: ${first.message}${more > 0 ? ` (${more} more row(s) with problems; preview the file to see them all)` : ''}`, 'file');
  }
  return checked.chains;
}

/** Imports a checked risk table in the caller's transaction: records are reused by name, chains always added. */
export function applyRiskImport(ctx: HandlerContext, fileName: string, source: ImportSource, mapping: RiskImportMapping): RiskImportResult {
  const chains = checkedChains(ctx, fileName, source, mapping);
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
  for (const { chain, types } of chains) {
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
    chain.controls.forEach((name, index) => {
      let id = controlIds.get(name.toLowerCase());
      if (id === undefined) {
        const type = types[index] ?? 'protective-measure';
        id = controls.insert(
          { type, name, description: '', implementationVerification: '', effectivenessVerification: '', introducesHazard: false, newHazardId: null },
          ctx.now(),
        ).id;
        controlIds.set(name.toLowerCase(), id);
        counts.controls += 1;
      }
      controls.setChains(id, [...new Set([...controls.chainIdsOf(id), row.id])]);
    });
  }
  ctx.project.requirements.saveMapping(riskSourceKey(source), source.format, mapping, ctx.now(), ctx.user.id);
  ctx.audit({
    action: 'import',
    entity: 'risk_chain',
    entityId: fileName,
    summary: `${counts.chains} risk chain(s) imported from ${fileName} (new: ${counts.hazards} hazard(s), ${counts.situations} situation(s), ${counts.harms} harm(s), ${counts.controls} control(s))`,
    after: { mapping, ...counts },
  });
  return counts;
}
