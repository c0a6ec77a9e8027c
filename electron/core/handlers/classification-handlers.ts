import type { ClassificationHistory } from '../../../shared/api/classification-types';
import { decideSafetyClass } from '../../../shared/regulatory/classification';
import { decideItemClass } from '../../../shared/regulatory/item-class';
import type { HandlerContext, Handlers } from '../context';
import { creditedControlsText } from '../../../shared/regulatory/classification-rationale';
import { CairnError } from '../errors';
import { classificationHistory } from '../classification/classification-history';
import { resolveControls, resolveSituations, syncSituationLinks } from '../classification/classification-links';
import { classificationRiskFile } from '../classification/classification-risk-file';
import { findNode, softwareTree } from '../software/software-tree';
import { requireAuthor } from './require-author';
import { nodeOrThrow } from '../software/software-lookup';

type ClassificationHandlers = Pick<Handlers, 'classification.classifySystem' | 'classification.riskFile' | 'classification.setItemClass' | 'classification.history'>;

export function historyOf(ctx: HandlerContext, id: number): ClassificationHistory {
  const node = findNode(softwareTree(ctx.project.software), id);
  if (!node) throw new CairnError('not_found', `There is no software system, item or unit with id ${id}.`, 'id');
  return classificationHistory(ctx.project, node);
}

export const classificationHandlers: ClassificationHandlers = {
  'classification.classifySystem': (input, ctx) => {
    requireAuthor(ctx, 'classify software');
    const system = nodeOrThrow(ctx, input.systemId, 'systemId');
    if (system.kind !== 'system')
      throw new CairnError(
        'invalid_input',
        `${system.humanId} is a ${system.kind}: only software systems are classified by the questions; items inherit or are segregated.`,
        'systemId',
      );
    const decision = decideSafetyClass(input.answers);
    if (!decision.ok) throw new CairnError('invalid_input', decision.problem.message, `answers.${decision.problem.field ?? ''}`);
    const situations = resolveSituations(ctx, input.situationIds);
    const externalControls = resolveControls(ctx, system.id, input.externalControls);
    const previous = ctx.project.software.systemClassifications(system.id).at(-1);
    ctx.project.software.insertSystemClassification({
      systemId: system.id,
      answers: input.answers,
      externalControls,
      situations,
      class: decision.value.class,
      // What was credited is stated from the record, so the rationale never claims controls nobody recorded.
      rationale: input.answers.contributesToHazardousSituation ? `${decision.value.rationale} ${creditedControlsText(externalControls)}` : decision.value.rationale,
      rationaleExtra: input.rationaleExtra,
      decidedAt: ctx.now(),
      decidedBy: ctx.user.id,
    });
    const links = syncSituationLinks(ctx, system.id, situations);
    const change = previous ? `${previous.class} → ${decision.value.class}` : `class ${decision.value.class}`;
    const linkNote = [links.added.length ? `linked to ${links.added.join(', ')}` : '', links.removed.length ? `links to ${links.removed.join(', ')} removed` : '']
      .filter(Boolean)
      .join('; ');
    ctx.audit({
      action: 'classify',
      entity: 'system_classification',
      entityId: system.humanId,
      summary: `${system.humanId} classified: ${change}${linkNote ? ` (${linkNote})` : ''}`,
      before: previous ? { class: previous.class, answers: previous.answers, situations: previous.situations.map((s) => s.humanId) } : undefined,
      after: { class: decision.value.class, answers: input.answers, situations: situations.map((s) => s.humanId), externalControls },
    });
    return historyOf(ctx, system.id);
  },

  'classification.riskFile': (input, ctx) => {
    const system = nodeOrThrow(ctx, input.systemId, 'systemId');
    if (system.kind !== 'system')
      throw new CairnError('invalid_input', `${system.humanId} is a ${system.kind}: the risk file is linked when a software system is classified.`, 'systemId');
    return classificationRiskFile(ctx.project, system.id);
  },

  'classification.setItemClass': (input, ctx) => {
    requireAuthor(ctx, 'classify software');
    const item = nodeOrThrow(ctx, input.itemId, 'itemId');
    if (item.kind === 'system') throw new CairnError('invalid_input', `${item.humanId} is a software system: classify it by answering the questions.`, 'itemId');
    const parent = findNode(softwareTree(ctx.project.software), item.parentId ?? 0);
    if (!parent) throw new Error(`${item.humanId} has no parent in the tree.`);
    const decision = decideItemClass({
      parentClass: parent.classSource === 'unclassified' ? null : parent.effectiveClass,
      ...(input.itemClass ? { itemClass: input.itemClass } : {}),
      ...(input.segregation ? { segregation: input.segregation } : {}),
    });
    if (!decision.ok) throw new CairnError('invalid_input', decision.problem.message, decision.problem.field);
    const ownClass = decision.value.differsFromParent ? decision.value.class : null;
    ctx.project.software.insertItemClassification({
      itemId: item.id,
      class: ownClass,
      segregationRationale: ownClass ? (input.segregation?.rationale ?? '').trim() : '',
      segregationVerification: ownClass ? (input.segregation?.verification ?? '').trim() : '',
      rationale: decision.value.rationale,
      decidedAt: ctx.now(),
      decidedBy: ctx.user.id,
    });
    ctx.audit({
      action: 'classify',
      entity: 'item_classification',
      entityId: item.humanId,
      summary: ownClass
        ? `${item.humanId} given class ${ownClass} on segregation (parent ${parent.effectiveClass})`
        : `${item.humanId} inherits class ${parent.effectiveClass} from ${parent.humanId}`,
      after: { class: ownClass, segregation: input.segregation ?? null },
    });
    return historyOf(ctx, item.id);
  },

  'classification.history': (input, ctx) => historyOf(ctx, input.id),
};
