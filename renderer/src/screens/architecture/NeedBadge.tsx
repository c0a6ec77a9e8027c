import type { Need } from '../../../../shared/api/architecture-types';
import { NEED_LABELS } from '../../../../shared/architecture/class-rules';

/** Whether the class requires a record, advises it, or leaves it to the team. */
export function NeedBadge({ need }: { need: Need }) {
  return <span className={`badge need-badge need-${need}`}>{NEED_LABELS[need]}</span>;
}
