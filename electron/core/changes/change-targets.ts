import type { ChangeTargetView } from '../../../shared/api/changes-types';
import type { TraceRef } from '../../../shared/api/trace-types';
import type { OpenProject } from '../projects/open-project';
import { labelRefs, refKey } from '../trace/record-labels';

/** The record_signature entity type of an approval, and the audit entity of change requests. */
export const CHANGE_ENTITY = 'change_request';

/** The targets with their labels; a target whose record has gone shows as such rather than vanishing. */
export function targetViews(project: OpenProject, targets: readonly TraceRef[]): ChangeTargetView[] {
  const labels = labelRefs(
    project,
    targets.filter((t) => t.type !== 'test_case'),
  );
  const tests = project.changes.liveTestCases(targets.filter((t) => t.type === 'test_case').map((t) => t.id));
  return targets.map((t) => {
    const label = t.type === 'test_case' ? tests.get(t.id) : labels.get(refKey(t));
    return { ...t, humanId: label?.humanId ?? `${t.type} ${t.id}`, title: label?.title ?? '(no longer on record)' };
  });
}
