import type { RecordLabel, TraceEntity, TraceRef } from '../../../shared/api/trace-types';
import type { OpenProject } from '../projects/open-project';
import type { LabelSource } from './label-source';

/**
 * Which repository names each kind of record. A kind whose area has no records yet (interfaces)
 * has no source, so no link to it can be made: "there is no such record" is then simply true.
 */
function sourceOf(project: OpenProject, type: TraceEntity): LabelSource | null {
  switch (type) {
    case 'software_item':
      return project.software;
    case 'requirement':
      return project.requirements;
    case 'soup':
      return project.soup;
    case 'risk_control':
      return project.risk.controls;
    case 'hazardous_situation':
      return project.risk.situations;
    case 'test_case':
      return project.tests.cases;
    default:
      return null;
  }
}

/** Labels for every ref, looked up once per kind; a ref missing from the result does not exist. */
export function labelRefs(project: OpenProject, refs: readonly TraceRef[]): Map<string, RecordLabel> {
  const byType = new Map<TraceEntity, number[]>();
  for (const ref of refs) {
    const ids = byType.get(ref.type);
    if (ids) ids.push(ref.id);
    else byType.set(ref.type, [ref.id]);
  }
  const out = new Map<string, RecordLabel>();
  for (const [type, ids] of byType) {
    const labels = sourceOf(project, type)?.labels([...new Set(ids)]) ?? new Map<number, RecordLabel>();
    for (const [id, label] of labels) out.set(refKey({ type, id }), label);
  }
  return out;
}

export function refKey(ref: TraceRef): string {
  return `${ref.type}:${ref.id}`;
}
