import { useEffect, useState } from 'react';
import type { ChangeView } from '../../../../shared/api/changes-types';
import type { TraceEntity, TraceRef } from '../../../../shared/api/trace-types';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useChangesStore } from '../../stores/changes-store';

interface Choice {
  type: TraceEntity;
  id: number;
  label: string;
}

const flatten = (nodes: SoftwareNode[]): SoftwareNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
const keyOf = (r: TraceRef) => `${r.type}:${r.id}`;
const GROUPS: [TraceEntity, string][] = [
  ['software_item', 'Software items'],
  ['requirement', 'Requirements'],
  ['soup', 'SOUP'],
];

/** Chooses the records a change starts from; the impact is worked out from them. */
export function TargetsDialog({ change, onClose }: { change: ChangeView; onClose: () => void }) {
  const setTargets = useChangesStore((s) => s.setTargets);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [chosen, setChosen] = useState(() => new Set(change.targets.map(keyOf)));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api('software.tree', {}), api('requirements.list', {}), api('soup.list', {})]).then(
      ([tree, requirements, soup]) =>
        setChoices([
          ...flatten(tree).map((n) => ({ type: 'software_item' as const, id: n.id, label: `${n.humanId} ${n.name}` })),
          ...requirements.rows.map((r) => ({ type: 'requirement' as const, id: r.id, label: `${r.humanId} ${r.title || r.text.slice(0, 60)}` })),
          ...soup.items.map((s) => ({ type: 'soup' as const, id: s.id, label: `${s.humanId} ${s.name} ${s.version}` })),
        ]),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  const toggle = (k: string) => setChosen((s) => (s.has(k) ? new Set([...s].filter((x) => x !== k)) : new Set([...s, k])));

  async function save() {
    setError(null);
    try {
      const targets = choices.filter((c) => chosen.has(keyOf(c))).map(({ type, id }) => ({ type, id }));
      await setTargets({ id: change.id, targets });
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Dialog title={`What ${change.humanId} changes`} description="Tick the records the change starts from. Cairn follows the trace links outward from them." onClose={onClose} wide>
      <div className="targets-groups">
        {GROUPS.map(([type, title]) => (
          <fieldset key={type} className="fieldset">
            <legend>{title}</legend>
            {choices
              .filter((c) => c.type === type)
              .map((c) => (
                <label key={keyOf(c)} className="checkbox">
                  <input type="checkbox" checked={chosen.has(keyOf(c))} onChange={() => toggle(keyOf(c))} />
                  {c.label}
                </label>
              ))}
          </fieldset>
        ))}
      </div>
      <ScreenMessages error={error} notice={null} />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void save()}>
          Save targets
        </button>
      </div>
    </Dialog>
  );
}
