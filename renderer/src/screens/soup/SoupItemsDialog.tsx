import { useEffect, useState } from 'react';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import type { SoupView } from '../../../../shared/api/soup-types';
import { messageOf } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useSoftwareStore } from '../../stores/software-store';
import { useSoupStore } from '../../stores/soup-store';

/** Systems and items (units sit inside items, so SOUP is traced to the item that contains them). */
function systemsAndItems(nodes: SoftwareNode[], depth = 0): { node: SoftwareNode; depth: number }[] {
  return nodes.filter((n) => n.kind !== 'unit').flatMap((node) => [{ node, depth }, ...systemsAndItems(node.children, depth + 1)]);
}

/** Picks the software items that use a SOUP item; its class follows the highest of them. */
export function SoupItemsDialog({ soup, onClose }: { soup: SoupView; onClose: () => void }) {
  const tree = useSoftwareStore((s) => s.tree);
  const loadTree = useSoftwareStore((s) => s.load);
  const setItems = useSoupStore((s) => s.setItems);
  const [chosen, setChosen] = useState(() => new Set(soup.usedBy.map((u) => u.itemId)));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!tree) void loadTree();
  }, [tree, loadTree]);

  async function save() {
    try {
      await setItems(soup.id, [...chosen]);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Dialog title={`Software items using ${soup.humanId}`} description="The SOUP item is held to the highest safety class among the items you choose." onClose={onClose}>
      <ul className="soup-item-choices">
        {systemsAndItems(tree ?? []).map(({ node, depth }) => (
          <li key={node.id} style={{ paddingLeft: `${depth * 1.5}rem` }}>
            <label className="check-option">
              <input
                type="checkbox"
                checked={chosen.has(node.id)}
                onChange={() =>
                  setChosen((prev) => {
                    const next = new Set(prev);
                    if (!next.delete(node.id)) next.add(node.id);
                    return next;
                  })
                }
              />
              <span>
                {node.humanId} {node.name} <span className="muted small">class {node.effectiveClass}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ScreenMessages error={error} notice={null} />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void save()}>
          Save items
        </button>
        <DialogCancel />
      </div>
    </Dialog>
  );
}
