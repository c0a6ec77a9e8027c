import { useState } from 'react';
import type { RecentProject } from '../../../../shared/api/recent-types';
import { messageOf } from '../../api/field-errors';
import { localDate } from '../../forms/format';
import { useRecentStore } from '../../stores/recent-store';
import { useSessionStore } from '../../stores/session-store';

/** Projects opened on this computer; a file that has moved or gone is shown as missing, not hidden. */
export function RecentProjectsCard() {
  const items = useRecentStore((state) => state.items);
  const forget = useRecentStore((state) => state.forget);
  const open = useSessionStore((state) => state.open);
  const [error, setError] = useState<string | null>(null);
  const [busyPath, setBusyPath] = useState<string | null>(null);

  async function run(path: string, action: () => Promise<void>) {
    setError(null);
    setBusyPath(path);
    try {
      await action();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusyPath(null);
    }
  }

  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent projects</h2>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      {items === null ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted">Projects you open or create on this computer will be listed here.</p>
      ) : (
        <ul className="plain-list" aria-label="Recent projects">
          {items.map((item) => (
            <RecentItem
              key={item.path}
              item={item}
              busy={busyPath === item.path}
              onOpen={() => void run(item.path, () => open(item.path))}
              onForget={() => void run(item.path, () => forget(item.path))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RecentItemProps {
  item: RecentProject;
  busy: boolean;
  onOpen: () => void;
  onForget: () => void;
}

function RecentItem({ item, busy, onOpen, onForget }: RecentItemProps) {
  return (
    <li className="recent-item">
      <div className="recent-item-text">
        <strong>{item.productName}</strong> {!item.exists && <span className="badge badge-danger">Missing</span>}
        <p className="recent-path">{item.path}</p>
        <p className="recent-path">Last opened {localDate(item.openedAt)}</p>
      </div>
      {item.exists && (
        <button type="button" className="button button-small" onClick={onOpen} aria-label={`Open ${item.productName}`} aria-disabled={busy || undefined}>
          {busy ? 'Opening…' : 'Open'}
        </button>
      )}
      <button type="button" className="button button-small button-quiet" onClick={onForget} aria-label={`Forget ${item.productName}`}>
        Forget
      </button>
    </li>
  );
}
