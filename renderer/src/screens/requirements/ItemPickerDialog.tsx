import { useState } from 'react';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { Requirement } from '../../../../shared/api/requirements-types';
import { Dialog, DialogCancel } from '../../components/Dialog';

interface ItemPickerProps {
  /** The requirement being allocated, or null when choosing for a new one. */
  requirement: Requirement | null;
  tree: SoftwareNode[];
  initial: number[];
  onSave: (itemIds: number[]) => void;
  onClose: () => void;
}

function NodeChoices({ nodes, chosen, toggle }: { nodes: SoftwareNode[]; chosen: Set<number>; toggle: (id: number) => void }) {
  return (
    <ul className="req-item-tree">
      {nodes.map((node) => (
        <li key={node.id}>
          <label className="check-option">
            <input type="checkbox" checked={chosen.has(node.id)} onChange={() => toggle(node.id)} />
            <span>
              {node.humanId} {node.name} <span className="muted small">class {node.effectiveClass}</span>
            </span>
          </label>
          {node.children.length > 0 && <NodeChoices nodes={node.children} chosen={chosen} toggle={toggle} />}
        </li>
      ))}
    </ul>
  );
}

/** Chooses the software systems, items or units a requirement is allocated to (IEC 62304 5.3.1 traces them). */
export function ItemPickerDialog({ requirement, tree, initial, onSave, onClose }: ItemPickerProps) {
  const [chosen, setChosen] = useState(() => new Set(initial));
  const toggle = (id: number) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <Dialog
      title={requirement ? `Software items of ${requirement.humanId}` : 'Software items'}
      description="The highest class among the chosen items decides what the requirement must state."
      onClose={onClose}
    >
      {tree.length === 0 ? <p className="muted">No software systems yet: add them on the Software screen first.</p> : <NodeChoices nodes={tree} chosen={chosen} toggle={toggle} />}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => onSave([...chosen])}>
          Save items
        </button>
        <DialogCancel />
      </div>
    </Dialog>
  );
}
