import type { RiskRow } from '../../../../shared/api/risk-types';
import type { RiskColumn } from './risk-columns';
import { verdictClass, verdictText } from './risk-format';

/** What a cell of the risk grid shows when it is not being edited; verdicts in words as well as colour. */
export function RiskCellContent({ column, row, selected, onOpen }: { column: RiskColumn; row: RiskRow; selected: boolean; onOpen: () => void }) {
  switch (column.kind) {
    case 'id':
      // Not a tab stop of its own: the grid's cell is; Enter on it opens the chain as this click does.
      return (
        <button type="button" className="link-button" tabIndex={-1} aria-pressed={selected} onClick={onOpen}>
          {row.humanId}
        </button>
      );
    case 'verdict': {
      const estimate = column.id === 'initial' ? row.initial : row.residual;
      return (
        <span className={verdictClass(estimate)} title={estimate ? `${estimate.cell}: ${verdictText(estimate)}` : undefined}>
          {verdictText(estimate)}
        </span>
      );
    }
    case 'open':
      return <span title={row.open.join(' ')}>{row.open.length ? <span className="soup-missing">{row.open.length} open</span> : <span className="muted">none</span>}</span>;
    default: {
      const text = column.text(row);
      if (column.id === 'controls' && !text) return <span className="muted">none</span>;
      return <span title={text.length > 20 ? text : undefined}>{text}</span>;
    }
  }
}
