import { useState } from 'react';
import type { SoftwareKind, SoftwareNode } from '../../../../shared/api/software-types';
import type { SafetyClass } from '../../../../shared/regulatory/safety-class';
import { messageOf } from '../../api/field-errors';
import { ClassBadge } from '../../components/ClassBadge';
import { useSoftwareStore } from '../../stores/software-store';
import { ClassActions } from './ClassActions';
import { NameForm } from './NameForm';

/** What may be added under each kind, as the core allows it: items under systems and items, units under items. */
const CHILD_KINDS: Record<SoftwareKind, SoftwareKind[]> = { system: ['item'], item: ['item', 'unit'], unit: [] };

type Editing = { mode: 'rename' } | { mode: 'add'; kind: SoftwareKind } | null;

interface SoftwareNodeRowProps {
  node: SoftwareNode;
  parentClass: SafetyClass | null;
  onNotice(message: string): void;
}

/** One system, item or unit with its class and actions, then its children. */
export function SoftwareNodeRow({ node, parentClass, onNotice }: SoftwareNodeRowProps) {
  const add = useSoftwareStore((state) => state.add);
  const rename = useSoftwareStore((state) => state.rename);
  const remove = useSoftwareStore((state) => state.remove);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  const label = `${node.humanId} ${node.name}`;

  async function removeNode() {
    setError(null);
    try {
      await remove(node.id);
      onNotice(`${label} was removed.`);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  return (
    <li className="tree-node" data-testid={`node-${node.humanId}`}>
      <div className="tree-row">
        <span className="tree-id mono">{node.humanId}</span>
        <span className="tree-name">{node.name}</span>
        <ClassBadge safetyClass={node.effectiveClass} source={node.classSource} />
        <span className="tree-actions">
          <ClassActions node={node} parentClass={parentClass} onNotice={onNotice} onError={setError} />
          {CHILD_KINDS[node.kind].map((kind) => (
            <button key={kind} type="button" className="button button-small" aria-label={`Add ${kind} to ${label}`} onClick={() => setEditing({ mode: 'add', kind })}>
              Add {kind}
            </button>
          ))}
          <button type="button" className="button button-small" aria-label={`Rename ${label}`} onClick={() => setEditing({ mode: 'rename' })}>
            Rename
          </button>
          <button type="button" className="button button-small button-quiet" aria-label={`Remove ${label}`} onClick={() => void removeNode()}>
            Remove
          </button>
        </span>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {editing?.mode === 'rename' && (
        <NameForm
          label={`New name for ${node.humanId}`}
          submitLabel="Rename"
          initial={node.name}
          onCancel={() => setEditing(null)}
          onSubmit={async (name) => {
            await rename(node.id, name);
            setEditing(null);
            onNotice(`${node.humanId} renamed to ${name}.`);
          }}
        />
      )}
      {editing?.mode === 'add' && (
        <NameForm
          label={`Name of the new ${editing.kind} in ${node.humanId}`}
          submitLabel={`Add ${editing.kind}`}
          onCancel={() => setEditing(null)}
          onSubmit={async (name) => {
            await add(node.id, editing.kind, name);
            setEditing(null);
            onNotice(`${name} was added to ${node.humanId}.`);
          }}
        />
      )}
      {node.children.length > 0 && (
        <ul className="tree">
          {node.children.map((child) => (
            <SoftwareNodeRow key={child.id} node={child} parentClass={node.effectiveClass} onNotice={onNotice} />
          ))}
        </ul>
      )}
    </li>
  );
}
