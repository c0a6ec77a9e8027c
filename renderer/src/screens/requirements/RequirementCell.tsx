import type { Requirement } from '../../../../shared/api/requirements-types';
import { REQUIREMENT_FIELD_LABELS } from '../../../../shared/requirements/fields';
import { RichText } from '../../components/RichText';
import type { RequirementColumn } from './requirement-columns';

interface RequirementCellProps {
  column: RequirementColumn;
  requirement: Requirement;
  selected: boolean;
  onToggle: () => void;
}

/** What a cell shows when it is not being edited; a field the item's class needs and lacks says so. */
export function RequirementCell({ column, requirement, selected, onToggle }: RequirementCellProps) {
  if (column.id === 'select') {
    return <input type="checkbox" tabIndex={-1} checked={selected} onChange={onToggle} aria-label={`Select ${requirement.humanId}`} />;
  }
  if (column.id === 'class') {
    const { safetyClass, missing } = requirement;
    return (
      <span title={missing.length ? `Class ${safetyClass ?? 'A'} needs: ${missing.map((m) => REQUIREMENT_FIELD_LABELS[m]).join(', ')}` : undefined}>
        {safetyClass ? <span className={`badge class-badge class-${safetyClass.toLowerCase()}`}>{safetyClass}</span> : <span className="muted">—</span>}
        {missing.length > 0 && (
          <span className="req-missing">
            {' '}
            ⚠ {missing.length}
            <span className="visually-hidden"> fields missing</span>
          </span>
        )}
      </span>
    );
  }
  const text = column.display(requirement);
  const missing = column.field !== undefined && requirement.missing.includes(column.field);
  const suspect = column.id === 'items' && requirement.items.some((i) => i.suspect);
  return (
    <>
      <span title={text.length > 40 ? text : undefined}>
        {missing ? (
          <span className="req-needed">Needed</span>
        ) : column.id === 'text' && requirement.textXhtml ? (
          <RichText xhtml={requirement.textXhtml} text={requirement.text} inline />
        ) : (
          text
        )}
      </span>
      {/* Beside the text, not inside it: a long list of items is cut short, the marker never is. */}
      {suspect && <span className="badge badge-warning req-suspect">suspect</span>}
    </>
  );
}
