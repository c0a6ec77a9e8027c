import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import type { SoftwareRow } from '../software/software-repo';

/** A prose record kept per software node (a segregation measure, a unit design) and how to write it. */
export interface NodeProse<K extends string> {
  entity: string;
  node: SoftwareRow;
  /** How the record is named in audit summaries: "Segregation", "Detailed design". */
  title: string;
  /** The past tense for a first save: "recorded", "written". */
  firstVerb: string;
  fields: Record<K, string>;
  before: Record<K, string> | null;
  /** The refusal for fields that cannot be saved as they are (something required is empty), or null. */
  refuse(fields: Record<K, string>): CairnError | null;
  save(fields: Record<K, string>): void;
  clear(): void;
}

const pick = <K extends string>(keys: K[], from: Record<K, string>): Record<string, string> => Object.fromEntries(keys.map((k) => [k, from[k]]));

/**
 * Saves a node's prose record, or clears it when every field is empty, with one audit row either way.
 * Refuses clearing what is not there, incomplete fields and saving what is already on record.
 */
export function saveOrClear<K extends string>(ctx: HandlerContext, r: NodeProse<K>): void {
  const keys = Object.keys(r.fields) as K[];
  const label = `${r.title} of ${r.node.humanId}`;
  const firstField = String(keys[0] ?? '');
  if (keys.every((k) => !r.fields[k])) {
    if (!r.before) throw new CairnError('invalid_input', `${r.node.humanId} has no ${r.title.toLowerCase()} recorded; there is nothing to clear.`, firstField);
    r.clear();
    ctx.audit({ action: 'delete', entity: r.entity, entityId: r.node.humanId, summary: `${label} cleared`, before: pick(keys, r.before) });
    return;
  }
  const refusal = r.refuse(r.fields);
  if (refusal) throw refusal;
  const before = r.before;
  if (before && keys.every((k) => before[k] === r.fields[k])) throw new CairnError('invalid_input', 'Nothing to change.');
  r.save(r.fields);
  ctx.audit({
    action: before ? 'update' : 'create',
    entity: r.entity,
    entityId: r.node.humanId,
    summary: `${label} "${r.node.name}" ${before ? 'changed' : r.firstVerb}`,
    before: before ? pick(keys, before) : undefined,
    after: r.fields,
  });
}
