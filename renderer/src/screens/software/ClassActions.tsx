import { useState } from 'react';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { SafetyClass } from '../../../../shared/regulatory/safety-class';
import { messageOf } from '../../api/field-errors';
import { useClassificationStore } from '../../stores/classification-store';
import { useSoftwareStore } from '../../stores/software-store';
import { ClassifySystemDialog } from './ClassifySystemDialog';
import { LowerItemClassDialog, lowerClasses } from './LowerItemClassDialog';

interface ClassActionsProps {
  node: SoftwareNode;
  /** The parent's effective class; null for systems. */
  parentClass: SafetyClass | null;
  onNotice(message: string): void;
  onError(message: string): void;
}

/** Classify a system, or lower an item's class on segregation and return it to inheriting. */
export function ClassActions({ node, parentClass, onNotice, onError }: ClassActionsProps) {
  const setItemClass = useClassificationStore((state) => state.setItemClass);
  const loadTree = useSoftwareStore((state) => state.load);
  const [open, setOpen] = useState(false);
  const label = `${node.humanId} ${node.name}`;

  async function saved(message: string) {
    setOpen(false);
    await loadTree();
    onNotice(message);
  }

  async function inherit() {
    try {
      await setItemClass({ itemId: node.id, itemClass: null });
      await saved(`${node.humanId} inherits its parent's class again.`);
    } catch (caught) {
      onError(messageOf(caught));
    }
  }

  if (node.kind === 'system') {
    return (
      <>
        <button type="button" className="button button-small" aria-label={`Classify ${label}`} onClick={() => setOpen(true)}>
          Classify
        </button>
        {open && <ClassifySystemDialog system={node} onClose={() => setOpen(false)} onSaved={saved} />}
      </>
    );
  }
  if (node.kind !== 'item' || parentClass === null) return null;
  return (
    <>
      {node.classSource === 'segregated' ? (
        <button type="button" className="button button-small" aria-label={`Inherit from parent: ${label}`} onClick={() => void inherit()}>
          Inherit from parent
        </button>
      ) : (
        lowerClasses(parentClass).length > 0 && (
          <button type="button" className="button button-small" aria-label={`Lower the class of ${label}`} onClick={() => setOpen(true)}>
            Lower class
          </button>
        )
      )}
      {open && <LowerItemClassDialog item={node} parentClass={parentClass} onClose={() => setOpen(false)} onSaved={saved} />}
    </>
  );
}
