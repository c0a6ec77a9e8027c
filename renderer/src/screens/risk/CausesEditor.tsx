import { useState } from 'react';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { Option } from '../../components/SelectField';

export interface CauseDraft {
  itemId: number;
  itemLabel: string;
  category: string;
  description: string;
}

function flatten(nodes: SoftwareNode[], depth = 0): { node: SoftwareNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)]);
}

/** The software items that can contribute to the situation (IEC 62304 7.1.1) and through what cause (7.1.2). */
export function CausesEditor({
  tree,
  causes,
  categories,
  onChange,
}: {
  tree: SoftwareNode[];
  causes: CauseDraft[];
  categories: Option[];
  onChange: (causes: CauseDraft[]) => void;
}) {
  const items = flatten(tree);
  const [itemId, setItemId] = useState('');
  const [category, setCategory] = useState(categories[0]?.value ?? '');
  const [description, setDescription] = useState('');
  function add() {
    const found = items.find((i) => String(i.node.id) === itemId);
    if (!found) return;
    onChange([...causes, { itemId: found.node.id, itemLabel: `${found.node.humanId} ${found.node.name}`, category, description: description.trim() }]);
    setDescription('');
  }
  return (
    <fieldset className="fieldset">
      <legend>Software items that can contribute, and how</legend>
      {causes.length > 0 && (
        <ul className="risk-causes">
          {causes.map((c, i) => (
            <li key={`${c.itemId}-${i}`}>
              {c.itemLabel}: {categories.find((o) => o.value === c.category)?.label}
              {c.description && ` — ${c.description}`}{' '}
              <button type="button" className="button button-quiet button-small" onClick={() => onChange(causes.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> cause {c.itemLabel}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="soup-filters">
        <label className="field">
          <span className="field-label">Software item</span>
          <select className="select" value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">Choose…</option>
            {items.map(({ node, depth }) => (
              <option key={node.id} value={node.id}>
                {'  '.repeat(depth)}
                {node.humanId} {node.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Cause</span>
          <select className="select" value={category} onChange={(e) => setCategory(e.target.value)}>
            {categories.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Cause details</span>
          <input className="input" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <button type="button" className="button button-small" onClick={add} disabled={!itemId}>
          Add cause
        </button>
      </div>
    </fieldset>
  );
}
