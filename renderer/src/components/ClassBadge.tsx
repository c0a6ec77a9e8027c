import type { ClassSource } from '../../../shared/api/software-types';
import type { SafetyClass } from '../../../shared/regulatory/safety-class';

const SOURCE_TEXT: Record<ClassSource, string> = {
  classified: 'classified',
  inherited: 'inherited from its parent',
  segregated: 'lowered by segregation',
  unclassified: 'not classified — treated as class C until classified',
};

interface ClassBadgeProps {
  safetyClass: SafetyClass;
  source: ClassSource;
}

/** The IEC 62304 safety class a node follows and how it got it. */
export function ClassBadge({ safetyClass, source }: ClassBadgeProps) {
  return (
    <span className="class-badge-group">
      <span className={`badge class-badge class-${safetyClass.toLowerCase()}${source === 'unclassified' ? ' badge-muted' : ''}`}>Class {safetyClass}</span>
      <span className="muted small">{SOURCE_TEXT[source]}</span>
    </span>
  );
}
