import { useState } from 'react';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { useSoftwareStore } from '../../stores/software-store';
import { NameForm } from './NameForm';
import { SoftwareNodeRow } from './SoftwareNodeRow';
import { ScreenMessages } from '../../components/ScreenMessages';

/** The software systems, their items and units, each with the safety class it follows and how it got it. */
export function SoftwareScreen() {
  const tree = useSoftwareStore((state) => state.tree);
  const load = useSoftwareStore((state) => state.load);
  const add = useSoftwareStore((state) => state.add);
  const [error] = useScreenLoad(load);
  const [notice, setNotice] = useState('');

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Software</h1>
        <span className="muted small">Systems split into items and units; an unclassified system counts as class C.</span>
      </div>
      <ScreenMessages error={error} notice={notice} />
      <div className="stack">
        <section className="card" aria-labelledby="tree-title">
          <h2 id="tree-title">Software tree</h2>
          {!tree ? (
            <p className="muted">Loading…</p>
          ) : tree.length === 0 ? (
            <p className="muted">No software system yet. Add the first one below.</p>
          ) : (
            <ul className="tree tree-root">
              {tree.map((node) => (
                <SoftwareNodeRow key={node.id} node={node} parentClass={null} onNotice={setNotice} />
              ))}
            </ul>
          )}
        </section>
        <section className="card narrow-card" aria-labelledby="add-system-title">
          <h2 id="add-system-title">Add a software system</h2>
          <NameForm
            label="System name"
            submitLabel="Add system"
            onSubmit={async (name) => {
              await add(null, 'system', name);
              setNotice(`${name} was added.`);
            }}
          />
        </section>
      </div>
    </>
  );
}
